import { describe, expect, it } from 'vitest';
import { canonicalize, checkCommand, proposedRating } from '../../../lib/srs';

/** Pairs that mean the same command: the checker must call them equivalent (or exact). */
const EQUIVALENT: [typed: string, answer: string][] = [
  ['kubectl get po', 'kubectl get pods'],
  ['kubectl get pod', 'kubectl get pods'],
  ['k get pods', 'kubectl get pods'],
  ['kubectl get deploy', 'kubectl get deployments'],
  ['kubectl get deployments.apps', 'kubectl get deployment'],
  ['kubectl get svc', 'kubectl get services'],
  ['kubectl get cm', 'kubectl get configmaps'],
  ['kubectl get ns', 'kubectl get namespaces'],
  ['kubectl get sts', 'kubectl get statefulsets'],
  ['kubectl get ds -A', 'kubectl get daemonsets --all-namespaces'],
  ['kubectl get cj', 'kubectl get cronjobs'],
  ['kubectl get ing', 'kubectl get ingresses'],
  ['kubectl get pvc', 'kubectl get persistentvolumeclaims'],
  ['kubectl get no', 'kubectl get nodes'],
  ['kubectl get netpol', 'kubectl get networkpolicies'],
  ['kubectl get sa', 'kubectl get serviceaccounts'],
  ['kubectl get crd', 'kubectl get customresourcedefinitions'],
  ['kubectl get hpa', 'kubectl get horizontalpodautoscalers'],
  ['kubectl get pods,svc', 'kubectl get svc,po'],
  ['kubectl get pod web', 'kubectl get pod/web'],
  ['kubectl describe deploy/web', 'kubectl describe deployment web'],
  ['kubectl get pods -n kube-system', 'kubectl get pods --namespace kube-system'],
  ['kubectl get pods --namespace=kube-system', 'kubectl get pods -n kube-system'],
  ['kubectl get pods -nkube-system', 'kubectl get pods -n kube-system'],
  ['kubectl -n kube-system get pods', 'kubectl get pods -n kube-system'],
  ['kubectl get pods -o wide', 'kubectl get pods --output=wide'],
  ['kubectl get pods -o=yaml', 'kubectl get pods -o yaml'],
  ['kubectl get pods -l app=web', 'kubectl get pods --selector=app=web'],
  ['kubectl get pods -A', 'kubectl get pods --all-namespaces'],
  ['kubectl get pods -A -o wide', 'kubectl get pods -o wide -A'],
  ['kubectl exec -it web -- sh', 'kubectl exec -i -t web -- sh'],
  ['kubectl exec -ti web -- sh', 'kubectl exec web -it -- sh'],
  ['kubectl exec pod/web -it -- sh', 'kubectl exec -it web -- sh'],
  ['kubectl logs web -p', 'kubectl logs web --previous'],
  ['kubectl logs pod/web -c app', 'kubectl logs web --container=app'],
  ['kubectl logs web --tail 100', 'kubectl logs web --tail=100'],
  ['kubectl rollout undo deploy/web --to-revision=2', 'kubectl rollout undo deployment web --to-revision 2'],
  ['kubectl rollout status deploy web', 'kubectl rollout status deployment/web'],
  ['kubectl scale deploy web --replicas=3', 'kubectl scale --replicas 3 deployment/web'],
  ['kubectl set image deploy/web nginx=nginx:1.27', 'kubectl set image deployment web nginx=nginx:1.27'],
  ['kubectl create deploy web --image=nginx', 'kubectl create deployment web --image nginx'],
  ['kubectl create ns dev', 'kubectl create namespace dev'],
  ['kubectl expose deploy web --port=80 --target-port=8080', 'kubectl expose deployment/web --target-port 8080 --port 80'],
  ['kubectl run web --image=nginx --restart=Never', 'kubectl run web --restart Never --image nginx'],
  ['kubectl delete pod web --grace-period=0 --force', 'kubectl delete po/web --force --grace-period 0'],
  ['kubectl get pods -o jsonpath="{.items[*].metadata.name}"', "kubectl get pods -o jsonpath='{.items[*].metadata.name}'"],
  ['kubectl drain node1 --delete-emptydir-data --ignore-daemonsets', 'kubectl drain node1 --ignore-daemonsets --delete-emptydir-data'],
  [
    'kubectl auth can-i list pods -n dev --as=system:serviceaccount:dev:app',
    'kubectl auth can-i list pods --as system:serviceaccount:dev:app --namespace dev',
  ],
  ['kubectl top po --containers', 'kubectl top pods --containers'],
  ['$ kubectl get nodes', 'kubectl get nodes'],
  ['  kubectl   get   nodes  ', 'kubectl get nodes'],
  ['kubectl get pods --show-labels=true', 'kubectl get pods --show-labels'],
  ['sudo etcdutl -w table snapshot status /b.db', 'etcdutl snapshot status /b.db --write-out=table'],
  ['etcdutl snapshot status /b.db -w table', 'etcdutl --write-out table snapshot status /b.db'],
  ['helm install web bitnami/nginx -n web', 'helm install web bitnami/nginx --namespace web'],
  ['kubectl get pods | grep web', 'kubectl get po | grep web'],
];

/** Pairs that differ in meaning: never equivalent. */
const DIFFERENT: [typed: string, answer: string][] = [
  ['kubectl get pods', 'kubectl get services'],
  ['kubectl get deploy', 'kubectl get rs'],
  ['kubectl get pod web', 'kubectl get pod api'],
  ['kubectl get pods -n default', 'kubectl get pods -n kube-system'],
  ['kubectl get pods', 'kubectl get pods -n kube-system'],
  ['kubectl get pods', 'kubectl get pods -A'],
  ['kubectl get pods -o yaml', 'kubectl get pods -o json'],
  ['kubectl get pods -l app=web', 'kubectl get pods -l app=api'],
  ['kubectl scale deploy web --replicas=3', 'kubectl scale deploy web --replicas=5'],
  ['kubectl drain node1 --ignore-daemonsets', 'kubectl drain node1 --ignore-daemonsets --delete-emptydir-data'],
  ['kubectl drain node1', 'kubectl cordon node1'],
  ['kubectl logs web', 'kubectl logs web --previous'],
  ['kubectl logs web -c app', 'kubectl logs web -c sidecar'],
  ['kubectl exec -it web -- sh', 'kubectl exec -it web -- bash'],
  ['kubectl exec web -- ls /', 'kubectl exec web -- ls /tmp'],
  ['kubectl rollout undo deploy/web', 'kubectl rollout undo deploy/web --to-revision=2'],
  ['kubectl rollout undo deploy/web', 'kubectl rollout status deploy/web'],
  ['kubectl delete pod web', 'kubectl delete deploy web'],
  ['kubectl create deployment web --image=nginx', 'kubectl create deployment web --image=httpd'],
  ['kubectl expose deploy web --port=80', 'kubectl expose deploy web --port=8080'],
  ['kubectl get pods -A', 'kubectl get pods -a'],
  ['etcdutl snapshot status /a.db', 'etcdutl snapshot status /b.db'],
  ['etcdctl snapshot save /b.db', 'etcdutl snapshot save /b.db'],
  ['helm install web bitnami/nginx', 'helm upgrade web bitnami/nginx'],
  ['kubectl get pods | grep web', 'kubectl get pods | grep api'],
  ['kubectl taint nodes node1 key=value:NoSchedule', 'kubectl taint nodes node1 key=value:NoSchedule-'],
];

describe('command answers checked by meaning', () => {
  it.each(EQUIVALENT)('"%s" ≡ "%s"', (typed, answer) => {
    expect(['exact', 'equivalent']).toContain(checkCommand(typed, answer).verdict);
  });

  it.each(DIFFERENT)('"%s" ≢ "%s"', (typed, answer) => {
    expect(['close', 'wrong']).toContain(checkCommand(typed, answer).verdict);
  });

  it('has at least 60 cases', () => expect(EQUIVALENT.length + DIFFERENT.length).toBeGreaterThanOrEqual(60));
});

describe('verdicts, diffs and proposed ratings', () => {
  it('exact when the text is the same (whitespace aside)', () => {
    expect(checkCommand(' kubectl get pods ', 'kubectl get pods')).toMatchObject({ verdict: 'exact', expected: 'kubectl get pods' });
  });

  it('matches an accepted variant from the card and names it', () => {
    const check = checkCommand('kubectl get po -n kube-system', 'kubectl get pods -n kube-system', ['kubectl get pods -A']);
    expect(check.verdict).toBe('equivalent');
  });

  it('close, with the missing flag in the diff, when one flag is missing', () => {
    const check = checkCommand('kubectl get pod', 'kubectl get pod -n kube-system');
    expect(check.verdict).toBe('close');
    expect(check.diff.filter((t) => t.op !== 'same')).toEqual([{ text: '--namespace=kube-system', op: 'missing' }]);
    expect(proposedRating(check)).toBe(2);
  });

  it('close when one value differs: the wrong one extra, the right one missing', () => {
    const check = checkCommand('kubectl scale deploy web --replicas=5', 'kubectl scale deployment web --replicas=3');
    expect(check.verdict).toBe('close');
    expect(
      check.diff
        .filter((t) => t.op !== 'same')
        .map((t) => `${t.op} ${t.text}`)
        .sort(),
    ).toEqual(['extra --replicas=5', 'missing --replicas=3']);
  });

  it('wrong for another command entirely, proposing Again', () => {
    const check = checkCommand('kubectl describe node node1', 'kubectl drain node1 --ignore-daemonsets');
    expect(check.verdict).toBe('wrong');
    expect(proposedRating(check)).toBe(1);
  });

  it('proposes Good for exact and equivalent answers', () => {
    expect(proposedRating(checkCommand('kubectl get po', 'kubectl get pods'))).toBe(3);
  });

  it('an unterminated quote is not a crash: it is compared as plain words', () => {
    expect(canonicalize('kubectl get pods -l "app=web')).toBeNull();
    expect(checkCommand('kubectl get pods -l "app=web', 'kubectl get pods -l app=web').verdict).not.toBe('equivalent');
  });

  it('keeps the command after -- literal and in order', () => {
    expect(canonicalize('kubectl exec -it web -- sh -c "echo hi"')).toEqual([
      'kubectl',
      'exec',
      'pod/web',
      '--stdin',
      '--tty',
      '--',
      'sh',
      '-c',
      'echo hi',
    ]);
  });
});
