import { describe, expect, it } from 'vitest';
import { compileDeck, compileNoteFile, type NoteSource } from '../../../lib/notes';
import { GLOSSARY } from '../../../lib/notes/glossary';
import { checkTerms, usesVariant, withoutCode } from '../../../lib/notes/terms';

/** A zh note with drift on the marked lines and the same words where they are allowed (gloss, code, neutral fields). */
const TRAP = `---
chapter: 1
topic: 1.1
title: 命名空间
k8s: 1.35
area: api
sources:
  - docs/x.md
---

# 名字空间（Namespace，也常译作命名空间）

每个请求都先到 API server，再由 API 服务器（API server）写入 etcd。

\`\`\`bash
kubectl get ns  # 命名空间
\`\`\`

\`\`\`card basic id=trap
front: 哪个特性开关控制它？
back: 看 \`命名空间\` 和 \`kube-apiserver --feature-gates\`，以及 kube-apiserver 的 apiserver.crt。
\`\`\`

\`\`\`card command id=trap-cmd
task: 列出 kube-system 名字空间中的 Pod。
answer: kubectl get pods -n kube-system # 命名空间
explain: |
  第一行没问题。
  这里写成了命名空间。
\`\`\`
`;
const DRIFT_LINES = [4, 13, 20, 29];

const errorsOf = (text: string) => checkTerms(text, compileNoteFile(text, 'trap.md').notes, 'trap.md');

describe('official zh terms (lib/notes/glossary.ts)', () => {
  it('flags 命名空间, API server and 特性开关 in prose, at their lines, naming the term to use', () => {
    const errors = errorsOf(TRAP);
    expect(errors.map((e) => e.line)).toEqual(DRIFT_LINES);
    for (const error of errors) expect(error).toEqual(expect.objectContaining({ path: 'trap.md', code: 'terminology' }));
    expect(errors[0].message).toContain('"名字空间"');
    expect(errors[1].message).toContain('"API 服务器"');
    expect(errors[2].message).toContain('"特性门控"');
  });

  it('allows the parenthesised gloss right after the official term, and only there', () => {
    expect(usesVariant('名字空间（Namespace，也常译作命名空间）把集群分区。', '命名空间', '名字空间')).toBe(false);
    expect(usesVariant('API 服务器（API server）', 'API server', 'API 服务器')).toBe(false);
    expect(usesVariant('名字空间就是命名空间。', '命名空间', '名字空间')).toBe(true);
    expect(usesVariant('（也常译作命名空间）', '命名空间', '名字空间')).toBe(true);
  });

  it('matches a Latin variant only as a whole word, and an official term that contains a variant is not drift', () => {
    expect(usesVariant('kube-apiserver 与 apiserver-etcd-client.crt', 'apiserver', 'API 服务器')).toBe(false);
    expect(usesVariant('不能比 apiserver 新', 'apiserver', 'API 服务器')).toBe(true);
    expect(usesVariant('等待宽限期限结束', '宽限期', '宽限期限')).toBe(false);
    expect(usesVariant('等待宽限期结束', '宽限期', '宽限期限')).toBe(true);
  });

  it('reads through emphasis marks and skips inline code, link targets and URLs', () => {
    expect(usesVariant(withoutCode('限制因*自愿*中断而不可用的 Pod'), '自愿中断', '自愿干扰')).toBe(true);
    expect(
      usesVariant(
        withoutCode('见 `命名空间`、[文档](https://example.com/命名空间) 和 https://example.com/命名空间'),
        '命名空间',
        '名字空间',
      ),
    ).toBe(false);
  });

  it('is part of the build for zh notes only', () => {
    const source = (lang: 'en' | 'zh'): NoteSource => ({ lang, path: `cards/${lang}/trap.md`, mirror: 'trap.md', text: TRAP });
    const terminology = (lang: 'en' | 'zh') =>
      compileDeck([source('en'), { ...source('zh'), lang }], { deckId: 't', name: { en: 't', zh: 't' } }).errors.filter(
        (e) => e.code === 'terminology',
      );
    expect(terminology('zh').map((e) => `${e.path}:${e.line}`)).toEqual(DRIFT_LINES.map((line) => `cards/zh/trap.md:${line}`));
    expect(terminology('en')).toEqual([]);
  });

  it('names a kubernetes/website source for every term, and no variant of one term is another term', () => {
    for (const term of GLOSSARY) {
      expect(term.source).toMatch(/^content\/zh-cn\/docs\/(reference\/glossary\/[a-z-]+|contribute\/localization_zh)\.md$/);
      expect(term.avoid.length).toBeGreaterThan(0);
      for (const variant of term.avoid) expect(GLOSSARY.map((t) => t.zh)).not.toContain(variant);
    }
  });
});
