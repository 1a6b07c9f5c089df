/**
 * Writes tests/fixtures/db/v<N>.json: a small but complete database of the current schema version N (two decks, answers
 * with a lapse, card actions, settings, media, daily totals), dumped as IndexedDB holds it; and the same collection as a
 * backup file of the current backup format, tests/fixtures/backup/v<M>.json.
 *
 * Run once when a schema version is released: `npx tsx tests/unit/db/makeSchemaFixture.mts`. Never regenerate an
 * older fixture: it stands for databases already on learners' devices, which every later version must upgrade.
 */
import 'fake-indexeddb/auto';
import { existsSync, writeFileSync } from 'node:fs';
import { answerCard, applyCardAction, cardKey, openDb, setSetting, syncDeck, writeImport } from '../../../lib/db';
import { BACKUP_VERSION, createBackup } from '../../../lib/export';
import { parseImport } from '../../../lib/import';
import { createScheduler } from '../../../lib/srs';
import { artifact, basicCard } from './helpers';
import { dumpDatabase } from './rawDatabase';

const name = 'schema-fixture';
const db = openDb(name);
const day = 86_400_000;
const start = Date.UTC(2026, 10, 1, 8);
const scheduler = createScheduler();

await syncDeck(db, artifact(['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => basicCard(`${id}#1`, i))), start);
const csv = new TextEncoder().encode('front,back\nWhat runs Pods?,the kubelet\nDefault NodePort range?,30000-32767\n');
const parsed = await parseImport({ name: 'mine.csv', bytes: csv }, {}, () => Promise.reject(new Error('no apkg here')));
if (!parsed.ok) throw new Error(`fixture CSV did not parse: ${parsed.error.code}`);
await writeImport(db, parsed.deck, { now: start, fileName: 'mine.csv' });

// Answers over a few days, with a lapse: the log must replay to the stored schedule after any upgrade.
const answers: [string, number, 1 | 2 | 3 | 4][] = [
  ['a#1', 0, 3],
  ['b#1', 0, 1],
  ['b#1', 0.01, 3],
  ['a#1', 1, 3],
  ['a#1', 4, 1],
  ['c#1', 4, 4],
];
for (const [id, offsetDays, rating] of answers) {
  const key = cardKey('k8s', id);
  const now = start + offsetDays * day;
  const row = await db.schedule.get(key);
  if (!row) throw new Error(`no card ${key}`);
  await answerCard(db, scheduler, {
    cardKey: key,
    shownVersion: row.version,
    rating,
    now,
    durationMs: 4_000,
    day: new Date(now).toISOString().slice(0, 10),
  });
}
const actOn = async (id: string, action: Parameters<typeof applyCardAction>[3]) => {
  const key = cardKey('k8s', id);
  const row = await db.schedule.get(key);
  await applyCardAction(db, key, row?.version ?? 0, action, start + 5 * day);
};
await actOn('d#1', { type: 'suspend' });
await actOn('e#1', { type: 'flag', flag: 2 });
await actOn('c#1', { type: 'reschedule', days: 3 });
await setSetting(db, 'study', { desiredRetention: 0.85, newPerDay: 15 });
await setSetting(db, 'lastBackupAt', start + 2 * day);
await db.media.put({ name: 'diagram.png', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255]) });
/** An existing fixture stands for data already on devices: it is never rewritten. */
function writeOnce(path: string, value: unknown) {
  if (existsSync(path)) return console.log(`kept ${path}`);
  writeFileSync(path, `${JSON.stringify(value, null, 1)}\n`);
  console.log(`wrote ${path}`);
}
writeOnce(`tests/fixtures/backup/v${BACKUP_VERSION}.json`, await createBackup(db, start + 6 * day));
db.close();
writeOnce(`tests/fixtures/db/v${db.verno}.json`, await dumpDatabase(name, db.verno));
