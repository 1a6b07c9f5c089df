import { describe, expect, it } from 'vitest';
import type { ComponentCard, ManifestCard, ObjectCard } from '../../../lib/model';
import { compileDeck, compileNoteFile } from '../../../lib/notes';

const FRONT = (lang = 'en') => `---
chapter: 1
topic: 1.1
title: ${lang === 'en' ? 'Test' : '测试'}
k8s: 1.35
area: api
sources:
  - docs/x.md
---
`;
const block = (kind: string, id: string, body: string) => `\n\`\`\`card ${kind} id=${id}\n${body}\n\`\`\`\n`;
const compileOne = (body: string) => compileNoteFile(FRONT() + body, 'x.md');
const deckOf = (en: string, zh = en) =>
  compileDeck(
    [
      { lang: 'en', path: 'en/x.md', mirror: 'x.md', text: FRONT('en') + en },
      { lang: 'zh', path: 'zh/x.md', mirror: 'x.md', text: FRONT('zh') + zh },
    ],
    { deckId: 't', name: { en: 'T', zh: 'T' } },
  );

const COMPONENT = block(
  'component',
  'c-etcd',
  'name: etcd\nplane: control-plane\nports: 2379 2380/TCP\nrole: Stores the cluster state.\ndetails: Raft.',
);
const OBJECT = block(
  'object',
  'o-deploy',
  'kind: Deployment\napi-version: apps/v1\nshort-names: deploy\nnamespaced: yes\npurpose: Runs stateless Pods.\nyaml: |\n  apiVersion: {{c1::apps/v1}}\n  kind: Deployment',
);
const MANIFEST = block(
  'manifest',
  'm-replicas',
  'task: Three replicas.\nyaml: |\n  spec:\n    replicas: {{c1::3}}\n    selector: {{c2::[a, b]}}',
);

describe('component cards', () => {
  it('yield a by-role and a by-name card with plane and ports', () => {
    const cards = (deckOf(COMPONENT).deck?.cards ?? []) as ComponentCard[];
    expect(cards.map((c) => [c.id, c.facet])).toEqual([
      ['c-etcd#name', 'name'],
      ['c-etcd#role', 'role'],
    ]);
    expect(cards[0]).toMatchObject({
      name: 'etcd',
      plane: 'control-plane',
      ports: ['2379', '2380/TCP'],
      content: { en: { role: 'Stores the cluster state.', details: 'Raft.' } },
    });
  });

  it('reject an unknown plane and a malformed port', () => {
    const { errors } = compileOne(block('component', 'c', 'name: x\nplane: worker\nports: http\nrole: r'));
    expect(errors.map((e) => [e.code, e.line])).toEqual([
      ['invalid-field', 13],
      ['invalid-field', 14],
    ]);
  });

  it('require name, plane and role', () => {
    expect(compileOne(block('component', 'c', 'details: d')).errors.map((e) => e.message)).toEqual([
      'component card "c" lacks `name`',
      'component card "c" lacks `plane`',
      'component card "c" lacks `role`',
    ]);
  });
});

describe('object cards', () => {
  it('yield kind, facts and a YAML cloze with the YAML highlighted at build time', () => {
    const cards = (deckOf(OBJECT).deck?.cards ?? []) as ObjectCard[];
    expect(cards.map((c) => c.facet)).toEqual(['kind', 'facts', 'yaml']);
    expect(cards[0]).toMatchObject({ objectKind: 'Deployment', apiVersion: 'apps/v1', shortNames: ['deploy'], namespaced: true });
    expect(cards[0].yaml?.[0]).toEqual([
      ['k', 'apiVersion'],
      ['p', ':'],
      ['', ' '],
      ['', '{{c1::apps/v1}}'],
    ]);
  });

  it('without deletions in the YAML, no YAML facet', () => {
    const plain = OBJECT.replace('{{c1::apps/v1}}', 'apps/v1');
    expect(((deckOf(plain).deck?.cards ?? []) as ObjectCard[]).map((c) => c.facet)).toEqual(['kind', 'facts']);
  });

  it('must match the API table: apiVersion, short names and scope', () => {
    const wrong = OBJECT.replace('api-version: apps/v1', 'api-version: apps/v1beta2')
      .replace('short-names: deploy', 'short-names: dp')
      .replace('namespaced: yes', 'namespaced: no');
    const errors = compileOne(wrong).errors.filter((e) => e.code === 'api-mismatch');
    expect(errors.map((e) => e.line)).toEqual([13, 14, 15]);
    expect(errors[0].message).toBe('Deployment: `api-version` is "apps/v1beta2" but Kubernetes 1.35 has "apps/v1"');
  });

  it('a kind missing from the API table fails', () => {
    const errors = compileOne(OBJECT.replace('kind: Deployment\napi', 'kind: VirtualService\napi')).errors;
    expect(errors).toContainEqual(
      expect.objectContaining({ code: 'api-mismatch', line: 12, message: expect.stringContaining('not in the API table') }),
    );
  });

  it('reject a malformed apiVersion and a namespaced value other than yes/no', () => {
    const errors = compileOne(
      OBJECT.replace('api-version: apps/v1', 'api-version: apps v1').replace('namespaced: yes', 'namespaced: maybe'),
    ).errors;
    expect(errors.filter((e) => e.code === 'invalid-field').map((e) => e.line)).toEqual([13, 15]);
  });
});

describe('manifest cards', () => {
  it('yield one card with the YAML and its blanks', () => {
    const [card] = (deckOf(MANIFEST).deck?.cards ?? []) as ManifestCard[];
    expect(card).toMatchObject({ id: 'm-replicas', kind: 'manifest', content: { en: { task: 'Three replicas.' } } });
    expect(card.yaml.map((line) => line.map(([, text]) => text).join(''))).toEqual([
      'spec:',
      '  replicas: {{c1::3}}',
      '  selector: {{c2::[a, b]}}',
    ]);
  });

  it('need at least one blank', () => {
    expect(compileOne(MANIFEST.replace('{{c1::3}}', '3').replace('{{c2::[a, b]}}', '[a, b]')).errors).toEqual([
      expect.objectContaining({ code: 'invalid-field', line: 13 }),
    ]);
  });

  it('must have the same YAML in both languages', () => {
    const { errors } = deckOf(MANIFEST, MANIFEST.replace('{{c1::3}}', '{{c1::4}}'));
    expect(errors).toEqual([
      expect.objectContaining({ code: 'mismatched-field', path: 'zh/x.md', message: expect.stringContaining('`yaml`') }),
    ]);
  });
});

describe('areas and exam domains', () => {
  it('tag every card with its area (front matter, or the card’s own) and the note’s domains', () => {
    const text = `${FRONT().replace('area: api', 'area: api\ndomains:\n  - cka-workloads')}${block('basic', 'b1', 'front: q\nback: a')}${block('command', 'c1', 'task: t\nanswer: kubectl get po\narea: operations')}`;
    const { deck } = compileDeck(
      [
        { lang: 'en', path: 'en/x.md', mirror: 'x.md', text },
        { lang: 'zh', path: 'zh/x.md', mirror: 'x.md', text },
      ],
      { deckId: 't', name: { en: 'T', zh: 'T' } },
    );
    expect(deck?.cards.map((c) => [c.id, c.area, c.tags])).toEqual([
      ['b1', 'api', ['chapter-1', 'topic-1.1', 'cka-workloads', 'area-api']],
      ['c1', 'operations', ['chapter-1', 'topic-1.1', 'cka-workloads', 'area-operations']],
    ]);
  });

  it('reject an unknown area or exam domain', () => {
    const text = FRONT().replace('area: api', 'area: networking\ndomains:\n  - cka-everything');
    expect(compileNoteFile(text, 'x.md').errors.map((e) => e.message)).toEqual([
      '`area` must be one of architecture, api, operations',
      expect.stringContaining('unknown exam domain "cka-everything"'),
    ]);
  });
});
