import type { ExamDomain, Localized } from './card';

export type Exam = 'cka' | 'ckad';

/** One line of the CKA or CKAD curriculum: what the exam expects a candidate to be able to do. */
export interface Competency {
  /** Stable: notes and cards name it in `competencies:`. */
  id: string;
  exam: Exam;
  domain: ExamDomain;
  /** English as the curriculum words it; Chinese with the zh-cn Kubernetes docs' terms. */
  title: Localized<string>;
}

/** The curriculum documents (CC-BY 4.0) the list below is copied from. */
export const CURRICULUM_SOURCES: Record<Exam, string> = {
  cka: 'https://github.com/cncf/curriculum/blob/master/CKA_Curriculum_v1.35.pdf',
  ckad: 'https://github.com/cncf/curriculum/blob/master/CKAD_Curriculum_v1.35.pdf',
};

const c = (id: string, domain: ExamDomain, en: string, zh: string): Competency => ({
  id,
  exam: id.startsWith('ckad-') ? 'ckad' : 'cka',
  domain,
  title: { en, zh },
});

/** CKA and CKAD v1.35 competencies, in the curriculum's order, by domain. */
export const COMPETENCIES: readonly Competency[] = [
  // CKA — Cluster Architecture, Installation and Configuration (25%)
  c('cka-rbac', 'cka-architecture', 'Manage role based access control (RBAC)', '管理基于角色的访问控制（RBAC）'),
  c(
    'cka-prepare-infrastructure',
    'cka-architecture',
    'Prepare underlying infrastructure for installing a Kubernetes cluster',
    '为安装 Kubernetes 集群准备底层基础设施',
  ),
  c('cka-kubeadm', 'cka-architecture', 'Create and manage Kubernetes clusters using kubeadm', '使用 kubeadm 创建和管理 Kubernetes 集群'),
  c('cka-cluster-lifecycle', 'cka-architecture', 'Manage the lifecycle of Kubernetes clusters', '管理 Kubernetes 集群的生命周期'),
  c('cka-ha-control-plane', 'cka-architecture', 'Implement and configure a highly-available control plane', '实现和配置高可用的控制平面'),
  c(
    'cka-helm-kustomize',
    'cka-architecture',
    'Use Helm and Kustomize to install cluster components',
    '使用 Helm 和 Kustomize 安装集群组件',
  ),
  c(
    'cka-extension-interfaces',
    'cka-architecture',
    'Understand extension interfaces (CNI, CSI, CRI, etc.)',
    '理解扩展接口（CNI、CSI、CRI 等）',
  ),
  c('cka-crds-operators', 'cka-architecture', 'Understand CRDs, install and configure operators', '理解 CRD，安装和配置 Operator'),
  // CKA — Workloads and Scheduling (15%)
  c(
    'cka-rollouts',
    'cka-workloads',
    'Understand application deployments and how to perform rolling update and rollbacks',
    '理解应用部署，以及如何执行滚动更新和回滚',
  ),
  c('cka-configmaps-secrets', 'cka-workloads', 'Use ConfigMaps and Secrets to configure applications', '使用 ConfigMap 和 Secret 配置应用'),
  c('cka-autoscaling', 'cka-workloads', 'Configure workload autoscaling', '配置工作负载自动扩缩'),
  c(
    'cka-self-healing',
    'cka-workloads',
    'Understand the primitives used to create robust, self-healing, application deployments',
    '理解用于创建健壮、可自我修复的应用部署的原语',
  ),
  c(
    'cka-admission-scheduling',
    'cka-workloads',
    'Configure Pod admission and scheduling (limits, node affinity, etc.)',
    '配置 Pod 准入与调度（限制、节点亲和性等）',
  ),
  // CKA — Services and Networking (20%)
  c('cka-pod-connectivity', 'cka-networking', 'Understand connectivity between Pods', '理解 Pod 之间的连通性'),
  c('cka-network-policies', 'cka-networking', 'Define and enforce Network Policies', '定义和实施网络策略'),
  c(
    'cka-service-types',
    'cka-networking',
    'Use ClusterIP, NodePort, LoadBalancer service types and endpoints',
    '使用 ClusterIP、NodePort、LoadBalancer 类型的 Service 及端点',
  ),
  c('cka-gateway-api', 'cka-networking', 'Use the Gateway API to manage Ingress traffic', '使用 Gateway API 管理入站流量'),
  c(
    'cka-ingress',
    'cka-networking',
    'Know how to use Ingress controllers and Ingress resources',
    '了解如何使用 Ingress 控制器和 Ingress 资源',
  ),
  c('cka-coredns', 'cka-networking', 'Understand and use CoreDNS', '理解和使用 CoreDNS'),
  // CKA — Storage (10%)
  c('cka-storage-classes', 'cka-storage', 'Implement storage classes and dynamic volume provisioning', '实现存储类和卷的动态制备'),
  c('cka-volume-modes', 'cka-storage', 'Configure volume types, access modes and reclaim policies', '配置卷类型、访问模式和回收策略'),
  c('cka-pv-pvc', 'cka-storage', 'Manage persistent volumes and persistent volume claims', '管理持久卷和持久卷申领'),
  // CKA — Troubleshooting (30%)
  c('cka-troubleshoot-nodes', 'cka-troubleshooting', 'Troubleshoot clusters and nodes', '排查集群和节点故障'),
  c('cka-troubleshoot-components', 'cka-troubleshooting', 'Troubleshoot cluster components', '排查集群组件故障'),
  c('cka-monitor-usage', 'cka-troubleshooting', 'Monitor cluster and application resource usage', '监控集群和应用的资源用量'),
  c('cka-container-output', 'cka-troubleshooting', 'Manage and evaluate container output streams', '管理和分析容器输出流'),
  c('cka-troubleshoot-networking', 'cka-troubleshooting', 'Troubleshoot services and networking', '排查 Service 和网络故障'),

  // CKAD — Application Design and Build (20%)
  c('ckad-container-images', 'ckad-design', 'Define, build and modify container images', '定义、构建和修改容器镜像'),
  c(
    'ckad-workload-resources',
    'ckad-design',
    'Choose and use the right workload resource (Deployment, DaemonSet, CronJob, etc.)',
    '选择并使用合适的工作负载资源（Deployment、DaemonSet、CronJob 等）',
  ),
  c(
    'ckad-multi-container',
    'ckad-design',
    'Understand multi-container Pod design patterns (e.g. sidecar, init and others)',
    '理解多容器 Pod 的设计模式（如边车、Init 容器等）',
  ),
  c('ckad-volumes', 'ckad-design', 'Utilize persistent and ephemeral volumes', '使用持久卷和临时卷'),
  // CKAD — Application Deployment (20%)
  c(
    'ckad-deployment-strategies',
    'ckad-deployment',
    'Use Kubernetes primitives to implement common deployment strategies (e.g. blue/green or canary)',
    '使用 Kubernetes 原语实现常见的部署策略（如蓝绿部署或金丝雀部署）',
  ),
  c(
    'ckad-rolling-updates',
    'ckad-deployment',
    'Understand Deployments and how to perform rolling updates',
    '理解 Deployment 以及如何执行滚动更新',
  ),
  c('ckad-helm', 'ckad-deployment', 'Use the Helm package manager to deploy existing packages', '使用 Helm 包管理器部署现有的包'),
  c('ckad-kustomize', 'ckad-deployment', 'Kustomize', 'Kustomize'),
  // CKAD — Application Observability and Maintenance (15%)
  // The curriculum PDF spells it "depreciations"; the meaning is API deprecations.
  c('ckad-api-deprecations', 'ckad-observability', 'Understand API deprecations', '理解 API 弃用'),
  c('ckad-probes', 'ckad-observability', 'Implement probes and health checks', '实现探针和健康检查'),
  c(
    'ckad-cli-monitoring',
    'ckad-observability',
    'Use built-in CLI tools to monitor Kubernetes applications',
    '使用内置的命令行工具监控 Kubernetes 应用',
  ),
  c('ckad-container-logs', 'ckad-observability', 'Utilize container logs', '使用容器日志'),
  c('ckad-debugging', 'ckad-observability', 'Debugging in Kubernetes', '在 Kubernetes 中调试'),
  // CKAD — Application Environment, Configuration and Security (25%)
  c(
    'ckad-extend-kubernetes',
    'ckad-config-security',
    'Discover and use resources that extend Kubernetes (CRD, Operators)',
    '发现并使用扩展 Kubernetes 的资源（CRD、Operator）',
  ),
  c(
    'ckad-authn-authz-admission',
    'ckad-config-security',
    'Understand authentication, authorization and admission control',
    '理解身份认证、鉴权和准入控制',
  ),
  c('ckad-requests-limits-quotas', 'ckad-config-security', 'Understand requests, limits, quotas', '理解请求、限制和配额'),
  c('ckad-resource-requirements', 'ckad-config-security', 'Define resource requirements', '定义资源需求'),
  c('ckad-configmaps', 'ckad-config-security', 'Understand ConfigMaps', '理解 ConfigMap'),
  c('ckad-secrets', 'ckad-config-security', 'Create & consume Secrets', '创建和使用 Secret'),
  c('ckad-service-accounts', 'ckad-config-security', 'Understand ServiceAccounts', '理解服务账号'),
  c(
    'ckad-security-contexts',
    'ckad-config-security',
    'Understand Application Security (SecurityContexts, Capabilities, etc.)',
    '理解应用安全（安全上下文、权能等）',
  ),
  // CKAD — Services and Networking (20%)
  c('ckad-network-policies', 'ckad-networking', 'Demonstrate basic understanding of NetworkPolicies', '展示对网络策略的基本理解'),
  c(
    'ckad-services',
    'ckad-networking',
    'Provide and troubleshoot access to applications via services',
    '通过 Service 提供对应用的访问并排查其故障',
  ),
  c('ckad-ingress', 'ckad-networking', 'Use Ingress rules to expose applications', '使用 Ingress 规则暴露应用'),
];

const BY_ID = new Map(COMPETENCIES.map((competency) => [competency.id, competency]));

export function findCompetency(id: string): Competency | undefined {
  return BY_ID.get(id);
}
