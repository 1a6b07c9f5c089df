import { describe, expect, it } from 'vitest';
import type { DiagnoseCard, ProcedureCard } from '../../../lib/model';
import { compileDeck, compileNoteFile, formatError } from '../../../lib/notes';

const FRONT = (lang: string) => `---
chapter: 1
topic: 1.1
title: ${lang === 'en' ? 'Test' : '测试'}
k8s: 1.35
area: operations
sources:
  - docs/x.md
---
`;
// The fence is on line 11 of the file, the first field on line 12.
const block = (kind: string, id: string, lines: string[]) => `\n\`\`\`card ${kind} id=${id}\n${lines.join('\n')}\n\`\`\`\n`;
const errorsOf = (body: string) => compileNoteFile(FRONT('en') + body, 'cards/en/x.md').errors.map(formatError);
const deckOf = (en: string, zh: string) =>
  compileDeck(
    [
      { lang: 'en', path: 'cards/en/x.md', mirror: 'x.md', text: FRONT('en') + en },
      { lang: 'zh', path: 'cards/zh/x.md', mirror: 'x.md', text: FRONT('zh') + zh },
    ],
    { deckId: 't', name: { en: 'T', zh: 'T' } },
  );

const PROCEDURE = [
  'task: Restore etcd from `/backup/etcd.db`.',
  'step: Restore the snapshot into a new data directory.',
  'command: etcdutl snapshot restore /backup/etcd.db --data-dir /var/lib/etcd-restore',
  'step: Point the etcd-data hostPath at the new directory.',
  'step: Wait for the static Pods to come back.',
  'step: Check that the API answers.',
  'command: kubectl get pods -A',
  'accept: kubectl get po -A',
  'accept: kubectl get pod --all-namespaces',
  'explain: The kubelet restarts etcd on its own.',
];
const PROCEDURE_ZH = [
  'task: 从 `/backup/etcd.db` 恢复 etcd。',
  'step: 把快照恢复到新的数据目录。',
  'command: etcdutl snapshot restore /backup/etcd.db --data-dir /var/lib/etcd-restore',
  'step: 把 etcd-data hostPath 指向新目录。',
  'step: 等待静态 Pod 重新运行。',
  'step: 检查 API 是否响应。',
  'command: kubectl get pods -A',
  'accept: kubectl get po -A',
  'accept: kubectl get pod --all-namespaces',
  'explain: kubelet 会自行重启 etcd。',
];
const DIAGNOSE = [
  'task: `curl web:80` times out. Why?',
  'output: |',
  '  $ kubectl get endpointslices -l kubernetes.io/service-name=web',
  '  NAME        ADDRESSTYPE   PORTS   ENDPOINTS',
  '  web-7xk2p   IPv4          8080    10.0.1.12',
  'answer: The targetPort is 8080 but the container listens on 80.',
  'distractor: The selector matches no Pod.',
  'distractor: A NetworkPolicy blocks port 80.',
  'distractor: kube-proxy is down.',
  'command: kubectl patch service web -p \'{"spec":{"ports":[{"port":80,"targetPort":80}]}}\'',
  'explain: The EndpointSlice lists the Pods.',
];
const DIAGNOSE_ZH = [
  'task: `curl web:80` 超时。为什么？',
  ...DIAGNOSE.slice(1, 5),
  'answer: targetPort 是 8080，但容器监听 80。',
  'distractor: 选择算符没有匹配任何 Pod。',
  'distractor: NetworkPolicy 阻止了 80 端口。',
  'distractor: kube-proxy 停止了。',
  DIAGNOSE[9],
  'explain: EndpointSlice 列出了这些 Pod。',
];
const edit = (lines: string[], at: number, ...replacement: string[]) => [...lines.slice(0, at), ...replacement, ...lines.slice(at + 1)];

describe('procedure cards', () => {
  it('yield one card with the steps in order and each step’s command and accepted spellings', () => {
    const { deck, errors } = deckOf(block('procedure', 'p', PROCEDURE), block('procedure', 'p', PROCEDURE_ZH));
    expect(errors).toEqual([]);
    const [card] = (deck?.cards ?? []) as ProcedureCard[];
    expect(card).toMatchObject({ id: 'p', kind: 'procedure' });
    expect(card.content.en.steps).toHaveLength(4);
    expect(card.content.zh.steps[1]).toBe('把 etcd-data hostPath 指向新目录。');
    expect(card.content.en.explain).toBe('The kubelet restarts etcd on its own.');
    expect(card.commands).toEqual([
      { command: 'etcdutl snapshot restore /backup/etcd.db --data-dir /var/lib/etcd-restore', accept: [] },
      null,
      null,
      { command: 'kubectl get pods -A', accept: ['kubectl get po -A', 'kubectl get pod --all-namespaces'] },
    ]);
  });

  it('need 3 to 8 steps', () => {
    const two = PROCEDURE.filter((line, i) => !line.startsWith('step:') || i < 4);
    expect(errorsOf(block('procedure', 'p', two))).toEqual([
      'cards/en/x.md:11: procedure card "p" has 2 `step` lines; it needs 3 to 8 [invalid-field]',
    ]);
    const nine = [PROCEDURE[0], ...Array.from({ length: 9 }, (_, i) => `step: Step ${i + 1}.`)];
    expect(errorsOf(block('procedure', 'p', nine))).toEqual([
      'cards/en/x.md:21: procedure card "p" has 9 `step` lines; it needs 3 to 8 [invalid-field]',
    ]);
    expect(errorsOf(block('procedure', 'p', [PROCEDURE[0]]))).toEqual([
      'cards/en/x.md:11: procedure card "p" lacks `step` [missing-field]',
    ]);
  });

  it('reject a command before any step, an accept without its command, and two commands for one step', () => {
    const commandFirst = edit(PROCEDURE, 0, PROCEDURE[0], 'command: kubectl get nodes');
    expect(errorsOf(block('procedure', 'p', commandFirst))).toEqual([
      'cards/en/x.md:13: `command` must come right below the `step` it belongs to [malformed-block]',
    ]);
    const acceptAlone = edit(PROCEDURE, 3, PROCEDURE[3], 'accept: kubectl get no');
    expect(errorsOf(block('procedure', 'p', acceptAlone))).toEqual([
      'cards/en/x.md:16: `accept` must come right below the `command` it belongs to [malformed-block]',
    ]);
    const twice = edit(PROCEDURE, 2, PROCEDURE[2], 'command: kubectl get nodes');
    expect(errorsOf(block('procedure', 'p', twice))).toEqual(['cards/en/x.md:15: `command` is given twice for step 1 [malformed-block]']);
  });

  it('reject an empty step, a repeated step and a command that breaks the content lint', () => {
    expect(errorsOf(block('procedure', 'p', edit(PROCEDURE, 3, 'step:')))).toEqual(['cards/en/x.md:15: `step` is empty [invalid-field]']);
    expect(errorsOf(block('procedure', 'p', edit(PROCEDURE, 4, PROCEDURE[1])))).toEqual([
      'cards/en/x.md:16: `step` 3 repeats `step` 1 [invalid-field]',
    ]);
    const old = edit(PROCEDURE, 2, 'command: etcdctl snapshot restore /backup/etcd.db');
    expect(errorsOf(block('procedure', 'p', old))).toEqual([expect.stringMatching(/^cards\/en\/x\.md:14: card "p": `etcdctl snapshot/)]);
  });

  it('must have as many steps and the same commands at the same steps in both languages', () => {
    const fewer = PROCEDURE_ZH.filter((line) => line !== PROCEDURE_ZH[5]);
    expect(deckOf(block('procedure', 'p', PROCEDURE), block('procedure', 'p', fewer)).errors.map(formatError)).toEqual([
      'cards/zh/x.md:13: card "p": `number of steps` must be the same in both languages (here "3", in cards/en/x.md:13 "4") [mismatched-field]',
    ]);
    // The same commands, but at another step: a positional mismatch.
    const moved = edit(edit(PROCEDURE_ZH, 2, PROCEDURE_ZH[3]), 3, PROCEDURE_ZH[2]);
    expect(deckOf(block('procedure', 'p', PROCEDURE), block('procedure', 'p', moved)).errors.map(formatError)).toEqual([
      'cards/zh/x.md:13: card "p": `commands of step 1` must be the same in both languages (here "", in cards/en/x.md:14 "etcdutl snapshot restore /backup/etcd.db --data-dir /var/lib/etcd-restore") [mismatched-field]',
      expect.stringMatching(
        /^cards\/zh\/x\.md:15: card "p": `commands of step 2` must be the same .* in cards\/en\/x\.md:15 ""\) \[mismatched-field\]$/,
      ),
    ]);
    const otherAccept = edit(PROCEDURE_ZH, 8, 'accept: kubectl get pods --all-namespaces');
    expect(deckOf(block('procedure', 'p', PROCEDURE), block('procedure', 'p', otherAccept)).errors.map(formatError)).toEqual([
      expect.stringMatching(/^cards\/zh\/x\.md:19: card "p": `accepts of step 4` must be the same/),
    ]);
  });
});

describe('diagnose cards', () => {
  it('yield one card with the verbatim output, the answer, the distractors and the typed fix', () => {
    const { deck, errors } = deckOf(block('diagnose', 'd', DIAGNOSE), block('diagnose', 'd', DIAGNOSE_ZH));
    expect(errors).toEqual([]);
    const [card] = (deck?.cards ?? []) as DiagnoseCard[];
    expect(card.output.split('\n')).toEqual(DIAGNOSE.slice(2, 5).map((line) => line.slice(2)));
    expect(card.content.en.answer).toBe('The targetPort is 8080 but the container listens on 80.');
    expect(card.content.zh.distractors).toEqual(['选择算符没有匹配任何 Pod。', 'NetworkPolicy 阻止了 80 端口。', 'kube-proxy 停止了。']);
    expect(card.fix).toEqual({ command: DIAGNOSE[9].slice('command: '.length), accept: [] });
  });

  it('a command is optional', () => {
    const { deck, errors } = deckOf(block('diagnose', 'd', edit(DIAGNOSE, 9)), block('diagnose', 'd', edit(DIAGNOSE_ZH, 9)));
    expect(errors).toEqual([]);
    expect(deck?.cards).toHaveLength(1);
    expect(((deck?.cards ?? [])[0] as DiagnoseCard).fix).toBeUndefined();
  });

  it('need 2 to 4 distractors, all different from each other and from the answer', () => {
    expect(errorsOf(block('diagnose', 'd', edit(DIAGNOSE, 7)))).toEqual([]);
    expect(errorsOf(block('diagnose', 'd', edit(edit(DIAGNOSE, 8), 7)))).toEqual([
      'cards/en/x.md:11: diagnose card "d" has 1 `distractor` lines; it needs 2 to 4 [invalid-field]',
    ]);
    const five = edit(DIAGNOSE, 8, 'distractor: a', 'distractor: b', 'distractor: c');
    expect(errorsOf(block('diagnose', 'd', five))).toEqual([
      'cards/en/x.md:22: diagnose card "d" has 5 `distractor` lines; it needs 2 to 4 [invalid-field]',
    ]);
    const same = edit(DIAGNOSE, 8, `distractor: ${DIAGNOSE[5].slice('answer: '.length)}`);
    expect(errorsOf(block('diagnose', 'd', same))).toEqual(['cards/en/x.md:20: `distractor` 3 repeats the `answer` [invalid-field]']);
  });

  it('reject an empty output, a missing answer and an accept without a command', () => {
    const noOutput = DIAGNOSE.filter((line) => !line.startsWith('  '));
    expect(errorsOf(block('diagnose', 'd', noOutput))).toEqual(['cards/en/x.md:13: `output` is empty [invalid-field]']);
    expect(errorsOf(block('diagnose', 'd', edit(DIAGNOSE, 5)))).toEqual([
      'cards/en/x.md:11: diagnose card "d" lacks `answer` [missing-field]',
    ]);
    const acceptAlone = edit(DIAGNOSE, 9, 'accept: kubectl edit service web');
    expect(errorsOf(block('diagnose', 'd', acceptAlone))).toEqual([
      'cards/en/x.md:21: `accept` must come right below the `command` it belongs to [malformed-block]',
    ]);
  });

  it('must have the same output, command and number of distractors in both languages', () => {
    const fewer = edit(DIAGNOSE_ZH, 8);
    expect(deckOf(block('diagnose', 'd', DIAGNOSE), block('diagnose', 'd', fewer)).errors.map(formatError)).toEqual([
      'cards/zh/x.md:18: card "d": `number of distractors` must be the same in both languages (here "2", in cards/en/x.md:18 "3") [mismatched-field]',
    ]);
    const otherOutput = edit(DIAGNOSE_ZH, 4, '  web-7xk2p   IPv4          80      10.0.1.12');
    expect(deckOf(block('diagnose', 'd', DIAGNOSE), block('diagnose', 'd', otherOutput)).errors.map(formatError)).toEqual([
      expect.stringMatching(/^cards\/zh\/x\.md:13: card "d": `output` must be the same/),
    ]);
  });
});
