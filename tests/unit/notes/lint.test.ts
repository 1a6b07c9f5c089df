import { describe, expect, it } from 'vitest';
import { compileNoteFile } from '../../../lib/notes';
import { LINT_RULES } from '../../../lib/notes/lint';

const note = (body: string) => `---
chapter: 1
topic: 1.1
title: Test
k8s: 1.35
area: api
sources:
  - docs/x.md
---

\`\`\`card ${body}
\`\`\`
`;
const basic = (back: string, tags = '') => note(`basic id=trap\nfront: Question?\nback: ${back}${tags ? `\ntags: ${tags}` : ''}`);
const command = (answer: string) => note(`command id=trap\ntask: Do it.\nanswer: ${answer}`);

/** One trap per rule: the outdated claim as an author might write it. */
const TRAPS: [name: string, text: string][] = [
  ['extensions/v1beta1', basic('Ingress is `extensions/v1beta1`.')],
  ['apps/v1beta2', basic('Deployments live in apps/v1beta2.')],
  ['policy/v1beta1', basic('PodDisruptionBudget is policy/v1beta1.')],
  ['batch/v1beta1', basic('CronJob uses batch/v1beta1.')],
  ['autoscaling/v2beta2', basic('HPA is autoscaling/v2beta2.')],
  ['networking.k8s.io/v1beta1', basic('Use networking.k8s.io/v1beta1 for Ingress.')],
  ['rbac v1beta1', basic('Roles are rbac.authorization.k8s.io/v1beta1.')],
  ['CRD v1beta1', basic('CRDs are apiextensions.k8s.io/v1beta1.')],
  ['flowcontrol v1beta3', basic('APF uses flowcontrol.apiserver.k8s.io/v1beta3.')],
  ['kubeadm v1beta3', basic('Write kubeadm.k8s.io/v1beta3 config.')],
  ['PodSecurityPolicy', basic('Restrict Pods with a PodSecurityPolicy.')],
  ['etcdctl snapshot restore', command('etcdctl snapshot restore /backup.db')],
  ['master', basic('The master node runs the API server.')],
  ['dockershim', basic('The kubelet talks to Docker through dockershim.')],
  ['insecure port', command('kube-apiserver --insecure-port=8080')],
  ['master taint', basic('Taint `node-role.kubernetes.io/master:NoSchedule` keeps Pods off.')],
  ['legacy package repo', basic('Add the apt.kubernetes.io repository.')],
  ['k8s.gcr.io', basic('Pull images from k8s.gcr.io.')],
  ['pod-eviction-timeout', basic('Tune --pod-eviction-timeout for faster failover.')],
  ['topologyKeys', basic('Set topologyKeys on the Service.')],
  ['PreferClose', basic('Use trafficDistribution: PreferClose.')],
  ['failure-domain labels', basic('Zones are in failure-domain.beta.kubernetes.io/zone.')],
  ['ingress.class annotation', basic('Set kubernetes.io/ingress.class on the Ingress.')],
  ['seccomp annotation', basic('Annotate seccomp.security.alpha.kubernetes.io/pod.')],
  ['Tiller', basic('Helm installs charts through Tiller.')],
  ['Dashboard recommended.yaml', basic('Apply the Dashboard recommended.yaml.')],
  ['gitRepo volume', basic('Clone code with a gitRepo volume.')],
  ['--record', command('kubectl set image deploy/web app=nginx:1.27 --record')],
  ['--delete-local-data', command('kubectl drain node1 --delete-local-data')],
  ['--cpu-percent', command('kubectl autoscale deploy web --cpu-percent=80 --max=5')],
  ['--generator', command('kubectl run web --image=nginx --generator=run-pod/v1')],
  ['boolean --dry-run', command('kubectl create deploy web --image=nginx --dry-run -o yaml')],
  ['kubectl convert', command('kubectl convert -f old.yaml')],
  ['componentstatuses', command('kubectl get componentstatuses')],
  ['kubectl exec without --', command('kubectl exec web ls /')],
  ['Istio weights summing to 100', basic('The weights of one route must add up to 100.')],
  ['Istio weights summing to 100 (zh)', basic('同一条路由中各目标的权重之和必须为 100。')],
  ['Argo CD polling at 180 s', basic('About every 3 minutes (`timeout.reconciliation`, 180 s by default).')],
  ['etcd prefix without its slash', command('etcdctl get /registry/pods/default --prefix --keys-only')],
];

describe('content lint: each outdated claim fails the build', () => {
  it.each(TRAPS)('%s', (_name, text) => {
    const errors = compileNoteFile(text, 'trap.md').errors;
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(error).toEqual(expect.objectContaining({ code: 'content-lint', path: 'trap.md', line: 13 }));
  });

  it('every rule has a trap that triggers it', () => {
    const triggered = new Set(TRAPS.flatMap(([, text]) => compileNoteFile(text, 'trap.md').errors.map((e) => e.message)));
    for (const rule of LINT_RULES) expect([...triggered].some((message) => message.includes(rule.message))).toBe(true);
  });

  it('points at the line of the field that states it', () => {
    const [error] = compileNoteFile(basic('Use a PodSecurityPolicy.'), 'trap.md').errors;
    expect(error.line).toBe(13);
  });
});

describe('what the lint lets through', () => {
  it('a card tagged history may describe the change', () => {
    expect(compileNoteFile(basic('PodSecurityPolicy was removed in 1.25; use Pod Security Admission.', 'history'), 'ok.md').errors).toEqual(
      [],
    );
  });

  it('"master" next to "control plane", and the system:masters group', () => {
    expect(compileNoteFile(basic('The control plane (formerly called master) runs the API server.'), 'ok.md').errors).toEqual([]);
    expect(compileNoteFile(basic('super-admin.conf is in group `system:masters`; 控制平面 aside.'), 'ok.md').errors).toEqual([]);
    expect(compileNoteFile(basic('super-admin.conf is in group `system:masters`.'), 'ok.md').errors).toEqual([]);
  });

  it('command-only traps in prose, outside inline code: "the old record flag"', () => {
    expect(compileNoteFile(basic('The old --record flag is deprecated in favour of an annotation.'), 'ok.md').errors).toEqual([]);
    expect(compileNoteFile(command('kubectl exec -it web -- sh'), 'ok.md').errors).toEqual([]);
    expect(compileNoteFile(command('kubectl create deploy web --image=nginx --dry-run=client -o yaml'), 'ok.md').errors).toEqual([]);
    expect(compileNoteFile(command('etcdctl get /registry/pods/default/ --prefix --keys-only'), 'ok.md').errors).toEqual([]);
    expect(compileNoteFile(command('etcdctl get /registry/pods/default/nginx'), 'ok.md').errors).toEqual([]);
    expect(
      compileNoteFile(basic('Without the slash, `/registry/pods/default` with `--prefix` matches `default-2` too.'), 'ok.md').errors,
    ).toEqual([]);
  });
});
