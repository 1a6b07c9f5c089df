import { API_OBJECTS } from './apiObjects';
import type { CompileError } from './errors';
import { type AuthoredNote, noteFields } from './kinds';

interface Rule {
  pattern: RegExp;
  /** What to say instead, for the author. */
  message: string;
  /** Only in commands and manifests (a prose mention of the tool is fine). */
  codeOnly?: true;
  /** The card is fine when any of its fields also matches this (e.g. "master" next to "control plane"). */
  unless?: RegExp;
}

/**
 * Outdated claims the deck must never state as current (k8s-facts.md §3). A card that is explicitly about the change
 * carries the tag `history` and is exempt.
 */
export const LINT_RULES: Rule[] = [
  { pattern: /\bextensions\/v1beta1\b/, message: '`extensions/v1beta1` was removed (1.16/1.22): use apps/v1 or networking.k8s.io/v1' },
  { pattern: /\bapps\/v1beta[12]\b/, message: '`apps/v1beta1|2` were removed in 1.16: use apps/v1' },
  { pattern: /\bpolicy\/v1beta1\b/, message: '`policy/v1beta1` (PDB, PodSecurityPolicy) was removed in 1.25: use policy/v1' },
  { pattern: /\bbatch\/v1beta1\b/, message: '`batch/v1beta1` CronJob was removed in 1.25: use batch/v1' },
  { pattern: /\bautoscaling\/v2beta[12]\b/, message: '`autoscaling/v2beta1|2` were removed: use autoscaling/v2' },
  {
    pattern: /\bnetworking\.k8s\.io\/v1beta1\b/,
    message: '`networking.k8s.io/v1beta1` Ingress was removed in 1.22: use networking.k8s.io/v1',
  },
  { pattern: /\brbac\.authorization\.k8s\.io\/v1beta1\b/, message: 'RBAC v1beta1 was removed in 1.22: use rbac.authorization.k8s.io/v1' },
  { pattern: /\bapiextensions\.k8s\.io\/v1beta1\b/, message: 'CRD v1beta1 was removed in 1.22: use apiextensions.k8s.io/v1' },
  {
    pattern: /\bflowcontrol\.apiserver\.k8s\.io\/v1beta[123]\b/,
    message: 'flowcontrol v1beta* are removed: use flowcontrol.apiserver.k8s.io/v1',
  },
  { pattern: /\bkubeadm\.k8s\.io\/v1beta3\b/, message: 'kubeadm config v1beta3 is superseded by v1beta4 (1.31)' },
  { pattern: /\bPodSecurityPolicy\b|\bPSP\b/, message: 'PodSecurityPolicy was removed in 1.25: use Pod Security Admission' },
  {
    pattern: /\betcdctl\s+snapshot\s+(restore|status)\b/,
    message: '`etcdctl snapshot restore|status` are gone in etcd 3.6: use `etcdutl snapshot restore|status`',
  },
  {
    pattern: /(?<!system:)\bmasters?\b/i,
    message: 'say "control plane"; "master" only as the legacy name next to "control plane"',
    unless: /control[- ]plane|控制平面/i,
  },
  { pattern: /\bdockershim\b/i, message: 'dockershim was removed in 1.24: containerd / CRI-O, or cri-dockerd for Docker Engine' },
  { pattern: /--insecure-port\b|--insecure-bind-address\b/, message: 'insecure serving was removed (1.20, flags deleted in 1.24)' },
  { pattern: /node-role\.kubernetes\.io\/master\b/, message: 'the label and taint are node-role.kubernetes.io/control-plane' },
  { pattern: /\bapt\.kubernetes\.io\b|\bpackages\.cloud\.google\.com\b/, message: 'the legacy package repos are gone: use pkgs.k8s.io' },
  { pattern: /\bk8s\.gcr\.io\b/, message: 'images come from registry.k8s.io' },
  { pattern: /--pod-eviction-timeout\b/, message: '--pod-eviction-timeout was removed in 1.27: eviction is taint-based' },
  { pattern: /\btopologyKeys\b/, message: 'Service topologyKeys was removed in 1.22: use trafficDistribution' },
  { pattern: /\bPreferClose\b/, message: 'trafficDistribution PreferClose is deprecated (1.34): PreferSameZone / PreferSameNode' },
  { pattern: /failure-domain\.beta\.kubernetes\.io/, message: 'use topology.kubernetes.io/zone and /region' },
  { pattern: /kubernetes\.io\/ingress\.class/, message: 'the ingress.class annotation is replaced by spec.ingressClassName' },
  {
    pattern: /seccomp\.security\.alpha|container\.apparmor\.security\.beta/,
    message: 'use securityContext.seccompProfile / appArmorProfile fields',
  },
  { pattern: /\bTiller\b/, message: 'Tiller was removed in Helm 3' },
  { pattern: /recommended\.yaml/, message: 'the Dashboard is archived and its recommended.yaml install obsolete: Headlamp' },
  { pattern: /\bgitRepo\b/, message: 'the gitRepo volume is disabled (1.33) and removed (1.36): use an init container or git-sync' },
  { pattern: /--record\b/, message: '--record is deprecated: annotate kubernetes.io/change-cause', codeOnly: true },
  { pattern: /--delete-local-data\b/, message: 'the drain flag is --delete-emptydir-data', codeOnly: true },
  { pattern: /--cpu-percent\b/, message: '--cpu-percent is deprecated (kubectl 1.34): use --cpu=80%', codeOnly: true },
  { pattern: /--generator\b/, message: 'kubectl run --generator is gone: kubectl run only creates a Pod', codeOnly: true },
  { pattern: /--dry-run(?!=(client|server|none)\b)/, message: 'boolean --dry-run is gone: --dry-run=client|server', codeOnly: true },
  { pattern: /\bkubectl\s+convert\b/, message: 'kubectl convert was removed in 1.20: the kubectl-convert plugin', codeOnly: true },
  {
    pattern: /\bkubectl\s+(get\s+)?(componentstatuses|cs)\b/,
    message: 'componentstatuses is deprecated: kubectl get --raw=/readyz?verbose',
    codeOnly: true,
  },
  { pattern: /\bkubectl\s+exec\b(?!.*\s--(\s|$))/, message: 'kubectl exec needs `--` before the command', codeOnly: true },
  {
    pattern: /\bweights?\b[^.。\n]*\b(must|have to|need to)\s+(add up|sum)\s+to\s+100\b|权重[^。\n]*之和必须(为|是|等于)\s?100/i,
    message: 'Istio route weights are relative (weight ÷ sum of all weights): they need not add up to 100',
  },
  {
    pattern: /timeout\.reconciliation`?[^.。\n]{0,40}\b180\b/,
    message: "Argo CD's `timeout.reconciliation` defaults to 120s, plus up to 60s of `timeout.reconciliation.jitter`",
  },
  {
    pattern: /--prefix\b.*\s\/registry\/\S*[^/\s]($|\s)|\s\/registry\/\S*[^/\s]\s.*--prefix\b/,
    message: 'end an etcd key prefix with "/" (`/registry/pods/default/`): `--prefix` also matches `default-2`',
    codeOnly: true,
  },
];

const CODE_FIELDS = new Set(['answer', 'accept', 'command', 'yaml']);

/** Every rule a note breaks, at the line of the field that breaks it. */
export function lintNote(note: AuthoredNote, path: string): CompileError[] {
  if (note.tags.includes('history')) return [];
  const fields = noteFields(note);
  const errors: CompileError[] = [];
  for (const rule of LINT_RULES) {
    const { unless } = rule;
    if (unless && fields.some(({ value }) => unless.test(value))) continue;
    for (const { key, value, line } of fields) {
      if (rule.codeOnly && !CODE_FIELDS.has(key) && !hasInlineCodeMatch(value, rule.pattern)) continue;
      if (!rule.pattern.test(value)) continue;
      errors.push({
        path,
        line,
        code: 'content-lint',
        message: `card "${note.id}": ${rule.message} (tag the card \`history\` if it is about the change)`,
      });
      break;
    }
  }
  return errors;
}

/** Commands inside `inline code` in prose count as code too. */
function hasInlineCodeMatch(value: string, pattern: RegExp): boolean {
  return [...value.matchAll(/`([^`]+)`/g)].some((m) => pattern.test(m[1]));
}

/** An object card must state the apiVersion, scope and short names of the API table. */
export function checkObject(note: AuthoredNote, path: string): CompileError[] {
  if (note.kind !== 'object') return [];
  const kind = note.neutral.kind?.[0] ?? '';
  const known = API_OBJECTS[kind];
  const at = (key: string) => note.lines[key] ?? note.line;
  if (!known) {
    return [
      {
        path,
        line: at('kind'),
        code: 'api-mismatch',
        message: `kind "${kind}" is not in the API table (lib/notes/apiObjects.ts): add it there with its source`,
      },
    ];
  }
  const errors: CompileError[] = [];
  const stated = {
    'api-version': note.neutral['api-version']?.[0] ?? '',
    'short-names': (note.neutral['short-names']?.[0] ?? '').split(/\s+/).filter(Boolean).sort().join(' '),
    namespaced: note.neutral.namespaced?.[0] ?? '',
  };
  const expected = {
    'api-version': known.apiVersion,
    'short-names': [...known.shortNames].sort().join(' '),
    namespaced: known.namespaced ? 'yes' : 'no',
  };
  for (const key of Object.keys(expected) as (keyof typeof expected)[]) {
    if (stated[key] !== expected[key]) {
      errors.push({
        path,
        line: at(key),
        code: 'api-mismatch',
        message: `${kind}: \`${key}\` is "${stated[key]}" but Kubernetes 1.35 has "${expected[key]}"`,
      });
    }
  }
  return errors;
}
