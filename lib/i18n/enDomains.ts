/** English names of the CKA/CKAD domains: shipped with the screens that name them (statistics, notes, a domain's study). */
export const enDomains = {
  'review.domainSession': 'Studying one exam domain: {domain}',
  'review.unknownDomain': '“{domain}” is not a CKA or CKAD domain: studying the whole deck.',
  'domain.cka-troubleshooting': 'CKA · Troubleshooting',
  'domain.cka-architecture': 'CKA · Cluster architecture, installation and configuration',
  'domain.cka-networking': 'CKA · Services and networking',
  'domain.cka-workloads': 'CKA · Workloads and scheduling',
  'domain.cka-storage': 'CKA · Storage',
  'domain.ckad-config-security': 'CKAD · Application environment, configuration and security',
  'domain.ckad-design': 'CKAD · Application design and build',
  'domain.ckad-deployment': 'CKAD · Application deployment',
  'domain.ckad-networking': 'CKAD · Services and networking',
  'domain.ckad-observability': 'CKAD · Application observability and maintenance',
} as const;
