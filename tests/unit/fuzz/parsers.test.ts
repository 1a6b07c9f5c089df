import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type KubecardsDb, openDb } from '../../../lib/db';
import { readBackup, restoreBackup } from '../../../lib/export';
import { parseImport } from '../../../lib/import';
import { compileNoteFile } from '../../../lib/notes';
import { freshName } from '../db/helpers';
import { FIXTURES, HAVE_FIXTURES, loadSql, NEEDS_FIXTURES } from '../import/fixtures';
import { prng } from '../prng';
import { mutateBytes, mutateText } from './mutate';

/**
 * Every parser on many mutated inputs: each returns a result or an error value — never throws. (A hang fails the test
 * by its timeout; how fast the parsers are is the bench's business.)
 */
const ROUNDS = Number(process.env.FUZZ_ROUNDS ?? 400);

async function survives(label: string, run: () => unknown) {
  try {
    await run();
  } catch (error) {
    throw new Error(`${label}: threw ${String(error)}`);
  }
}

const note = readFileSync('cards/en/01-basics/02-etcd.md', 'utf8');

describe('fuzzing the parsers with mutated real inputs', () => {
  it(`the notes compiler (${ROUNDS} mutations of a real note)`, async () => {
    const random = prng(1);
    for (let i = 0; i < ROUNDS; i++) {
      let text = note;
      for (let m = 0; m < 1 + Math.floor(random() * 4); m++) text = mutateText(text, random);
      await survives(`note #${i}`, () => compileNoteFile(text, 'fuzz.md'));
    }
  });

  it(`Kubecards JSON, Markdown and backups (${ROUNDS} mutations each)`, async () => {
    const random = prng(2);
    const json = JSON.stringify(
      {
        format: 'kubecards-cards',
        version: 1,
        name: 'x',
        notes: [
          { kind: 'basic', front: 'a', back: 'b' },
          { kind: 'cloze', text: '{{c1::x}}' },
        ],
      },
      null,
      2,
    );
    for (let i = 0; i < ROUNDS; i++) {
      const j = mutateText(json, random);
      await survives(`json #${i}`, () => parseImport({ name: 'x.json', bytes: new TextEncoder().encode(j) }, {}, loadSql));
      const m = mutateText(note, random);
      await survives(`markdown #${i}`, () => parseImport({ name: 'x.md', bytes: new TextEncoder().encode(m) }, {}, loadSql));
    }
  });

  it(`backup restore (${ROUNDS} mutations of a real backup): all of it or nothing`, async () => {
    const random = prng(5);
    const backup = readFileSync('tests/fixtures/backup/v1.json', 'utf8');
    const original = readBackup(backup);
    if (!('backup' in original)) throw new Error('the backup fixture does not read');
    const db = openDb(freshName());
    await restoreBackup(db, original.backup);
    const before = await snapshot(db);
    let restored = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const mutated = mutateText(backup, random);
      await survives(`backup #${i}`, async () => {
        const read = readBackup(mutated);
        if (!('backup' in read)) return;
        try {
          await restoreBackup(db, read.backup);
        } catch {
          // A refused restore leaves the database exactly as it was.
          expect(await snapshot(db), `backup #${i}`).toEqual(before);
          return;
        }
        restored++;
        // An accepted one replaced it whole; put the original back for the next round.
        expect(await db.reviewLog.count()).toBe(read.backup.reviewLog.length);
        await restoreBackup(db, original.backup);
      });
    }
    expect(restored).toBeGreaterThan(0);
    db.close();
  });
});

/** Every row of every table, for comparing a database before and after. */
const snapshot = async (db: KubecardsDb) => Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()])));

describe.skipIf(!HAVE_FIXTURES)(`fuzzing with the real fixtures${NEEDS_FIXTURES}`, () => {
  it(`CSV, TSV, Anki and Quizlet text (${ROUNDS} mutations of each file)`, async () => {
    const random = prng(3);
    for (const file of readdirSync(join(FIXTURES, 'text'))) {
      const text = readFileSync(join(FIXTURES, 'text', file), 'utf8');
      for (let i = 0; i < ROUNDS; i++) {
        const mutated = mutateText(text, random);
        const options = i % 5 === 0 ? { quizlet: { term: ' - ', card: ';' } } : i % 3 === 0 ? { separator: ',', header: true } : {};
        await survives(`${file} #${i}`, () => parseImport({ name: file, bytes: new TextEncoder().encode(mutated) }, options, loadSql));
      }
    }
  });

  it('Anki packages: flipped, truncated and spliced bytes (60 mutations of each package)', async () => {
    const random = prng(4);
    let errors = 0;
    for (const file of readdirSync(join(FIXTURES, 'apkg'))) {
      const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'apkg', file)));
      for (let i = 0; i < 60; i++) {
        const mutated = mutateBytes(bytes, random);
        await survives(`${file} #${i}`, async () => {
          const result = await parseImport({ name: file, bytes: mutated }, {}, loadSql);
          if (!result.ok) errors++;
        });
      }
    }
    // Most mutations must be caught as errors (a damaged zip or database), not silently accepted.
    expect(errors).toBeGreaterThan(0);
  }, 120_000);
});
