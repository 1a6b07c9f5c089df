import { describe, expect, it } from 'vitest';
import { type CardRecord, findInSearchText, searchTextsOf } from '../../../lib/db';
import { deckToAnkiText, deckToMarkdown } from '../../../lib/export';
import { type ImportedCard, parseImport } from '../../../lib/import';
import { parseText } from '../../../lib/import/text/parseText';
import type { DiagnoseCard, ProcedureCard } from '../../../lib/model';
import { loadSql } from './fixtures';

const parse = (name: string, text: string) => parseImport({ name, bytes: new TextEncoder().encode(text) }, {}, loadSql);

const PROCEDURE = {
  id: 'etcd-restore',
  kind: 'procedure',
  task: 'Restore etcd from `/backup/etcd.db`.',
  steps: [
    {
      step: 'Restore the snapshot into a new data directory.',
      command: 'etcdutl snapshot restore /backup/etcd.db --data-dir /var/lib/etcd-restore',
    },
    { step: 'Point the etcd-data hostPath at the new directory.' },
    { step: 'Check that the API answers.', command: 'kubectl get pods -A', accept: ['kubectl get po -A'] },
  ],
  explain: 'The kubelet restarts etcd.',
  tags: ['etcd'],
};
const DIAGNOSE = {
  id: 'wrong-target-port',
  kind: 'diagnose',
  task: 'Why does `curl web:80` time out?',
  output: '$ kubectl get endpointslices\nNAME        PORTS   ENDPOINTS\nweb-7xk2p   8080    10.0.1.12 <none>',
  answer: 'The targetPort is 8080 but the container listens on 80.',
  distractors: ['The selector matches no Pod.', 'A NetworkPolicy blocks port 80.'],
  command: 'kubectl edit service web',
  accept: ['kubectl edit svc web'],
};
const deckJson = (...notes: object[]) => JSON.stringify({ format: 'kubecards-cards', version: 1, name: 'Runbooks', notes }, null, 2);

/** What the import writer stores, enough for the exports. */
const records = (cards: { guid: string; card: ImportedCard }[]): CardRecord[] =>
  cards.map(({ guid, card: { facet: _f, history: _h, ...card } }, ord) => {
    const source = { en: { path: 'x.json', line: 1 }, zh: { path: 'x.json', line: 1 } };
    return {
      ...card,
      key: `d/${guid}`,
      deckId: 'd',
      id: guid,
      noteId: guid,
      ord,
      topic: '',
      tags: ['mine'],
      source,
      sources: [],
      retired: 0,
    } as CardRecord;
  });

async function importedCards(name: string, text: string) {
  const result = await parse(name, text);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return {
    deck: result.deck,
    cards: result.deck.notes.flatMap((n) => n.cards.map((card) => ({ guid: n.guid.replace(/^md:/, ''), card }))),
  };
}

describe('procedure and diagnose notes in Kubecards JSON', () => {
  it('import through the notes compiler: one card each, with steps, commands, output and choices', async () => {
    const { cards } = await importedCards('runbooks.json', deckJson(PROCEDURE, DIAGNOSE));
    const [procedure, diagnose] = cards.map((c) => c.card) as unknown as [ProcedureCard, DiagnoseCard];
    expect(procedure.commands).toEqual([
      { command: PROCEDURE.steps[0].command, accept: [] },
      null,
      { command: 'kubectl get pods -A', accept: ['kubectl get po -A'] },
    ]);
    expect(procedure.content.en.steps).toEqual(PROCEDURE.steps.map((s) => s.step));
    expect(diagnose).toMatchObject({ output: DIAGNOSE.output, fix: { command: DIAGNOSE.command, accept: DIAGNOSE.accept } });
    expect(diagnose.content.zh.distractors).toEqual(DIAGNOSE.distractors);
  });

  it('a note that breaks a rule of cards/ is skipped with every problem and its line; the others are imported', async () => {
    const twoSteps = { ...PROCEDURE, id: 'short', steps: PROCEDURE.steps.slice(0, 2) };
    const acceptAlone = { ...DIAGNOSE, id: 'no-command', command: undefined };
    const result = await parse('runbooks.json', deckJson(twoSteps, acceptAlone, { ...DIAGNOSE, distractors: 'one' }, DIAGNOSE));
    if (!result.ok) throw new Error(result.error.code);
    expect(result.deck.notes.map((n) => n.guid)).toEqual(['wrong-target-port']);
    expect(result.deck.problems).toEqual([
      {
        where: 'line 6',
        code: 'invalid-card',
        detail: 'runbooks.json:6: procedure card "short" has 2 `step` lines; it needs 3 to 8 [invalid-field]',
      },
      { where: 'line 24', code: 'invalid-card', detail: expect.stringContaining('`accept` must come right below the `command`') },
      { where: 'line 38', code: 'invalid-card', detail: '"distractors" and "accept" are lists of strings, "command" a string' },
    ]);
  });
});

describe('round trips and exports', () => {
  it('Kubecards Markdown export reads back to the same procedure and diagnose cards', async () => {
    const first = await importedCards('runbooks.json', deckJson(PROCEDURE, DIAGNOSE));
    const markdown = deckToMarkdown('Runbooks', records(first.cards), 'en');
    const again = await importedCards('runbooks.md', markdown);
    expect(again.cards.map((c) => c.guid)).toEqual(['etcd-restore', 'wrong-target-port']);
    expect(again.cards.map((c) => c.card)).toEqual(first.cards.map((c) => c.card));
    expect(again.deck.notes[0].tags).toEqual(['mine']);
  });

  it('Anki text: a procedure is its task → the steps in order with commands; a diagnose card shows output and choices', () => {
    return importedCards('runbooks.json', deckJson(PROCEDURE, DIAGNOSE)).then(({ cards }) => {
      const parsed = parseText(deckToAnkiText('Runbooks', records(cards), 'en'), 'export.txt');
      if (!parsed.ok) throw new Error(parsed.error.code);
      const [procedure, diagnose] = parsed.deck.notes.map((n) => n.cards[0].content.en as { front: string; back: string });
      expect(procedure.front).toBe('Restore etcd from `/backup/etcd.db`.');
      expect(procedure.back).toMatch(/^<ol><li>Restore the snapshot into a new data directory\.<br><code>etcdutl snapshot restore /);
      expect(procedure.back).toContain('<li>Point the etcd-data hostPath at the new directory.</li>');
      expect(diagnose.front).toContain(
        '<pre>$ kubectl get endpointslices\nNAME        PORTS   ENDPOINTS\nweb-7xk2p   8080    10.0.1.12 &lt;none&gt;</pre>',
      );
      expect(diagnose.front).toContain('<li>The selector matches no Pod.</li>');
      expect(diagnose.back).toBe('The targetPort is 8080 but the container listens on 80.<br><code>kubectl edit service web</code>');
    });
  });

  it('the card browser finds them by step, command, distractor and output text', async () => {
    const { cards } = await importedCards('runbooks.json', deckJson(PROCEDURE, DIAGNOSE));
    const [record] = searchTextsOf(records(cards));
    const found = (query: string) => findInSearchText(record, query).map((i) => record.keys[i]);
    expect(found('hostpath at the new')).toEqual(['d/etcd-restore']);
    expect(found('kubectl get po -a')).toEqual(['d/etcd-restore']);
    expect(found('networkpolicy blocks')).toEqual(['d/wrong-target-port']);
    expect(found('web-7xk2p')).toEqual(['d/wrong-target-port']);
    expect(found('kubectl edit svc')).toEqual(['d/wrong-target-port']);
  });
});
