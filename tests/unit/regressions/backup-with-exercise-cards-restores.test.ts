import { afterEach, beforeEach, expect, it } from 'vitest';
import { type KubecardsDb, openDb, syncDeck } from '../../../lib/db';
import { restoreBackup, writeBackup } from '../../../lib/export';
import type { DiagnoseCard, ProcedureCard } from '../../../lib/model';
import { artifact, basicCard, freshName } from '../db/helpers';

const now = Date.UTC(2026, 11, 1);
const procedure: ProcedureCard = {
  ...basicCard('p', 1),
  kind: 'procedure',
  commands: [{ command: 'kubectl drain node-1', accept: [] }, null],
  content: { en: { task: 'Drain a node', steps: ['drain', 'check'] }, zh: { task: '腾空节点', steps: ['腾空', '检查'] } },
};
const diagnose: DiagnoseCard = {
  ...basicCard('d', 2),
  kind: 'diagnose',
  output: 'Back-off pulling image',
  content: {
    en: { task: 'Why?', answer: 'A wrong tag', distractors: ['No node'] },
    zh: { task: '为什么？', answer: '标签错误', distractors: ['没有节点'] },
  },
};

let db: KubecardsDb;
beforeEach(() => {
  db = openDb(freshName());
});
afterEach(() => db.close());

// Found by the 100k-card bench (issue 17 §2): every backup of the built-in deck, which has procedure and diagnose
// cards since issue 16, was refused as damaged ("card 114909, “kind” is not one of basic, cloze, …").
it('a backup with procedure and diagnose cards restores', async () => {
  await syncDeck(db, artifact([basicCard('a', 0), procedure, diagnose]), now);
  const parts: string[] = [];
  await writeBackup(db, now, (part) => parts.push(part));
  const cards = await db.cards.toArray();
  await restoreBackup(db, new Blob(parts));
  expect(await db.cards.toArray()).toEqual(cards);
  expect(cards.map((card) => card.kind).sort()).toEqual(['basic', 'diagnose', 'procedure']);
});
