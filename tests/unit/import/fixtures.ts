import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import initSqlJs from 'sql.js';

/** Real files from Anki, Quizlet and others live beside the repo (../shared/fixtures), never copied into it. */
export const FIXTURES = join(process.cwd(), '..', 'shared', 'fixtures');
export const HAVE_FIXTURES = existsSync(FIXTURES);
/** Shown in the test name, so a run without the folder says why these tests did not run. */
export const NEEDS_FIXTURES = HAVE_FIXTURES ? '' : ' [skipped: ../shared/fixtures is absent in this checkout]';

export const fixtureBytes = (path: string) => new Uint8Array(readFileSync(join(FIXTURES, path)));
export const fixtureText = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');

let sql: ReturnType<typeof initSqlJs> | null = null;
export const loadSql = () => {
  sql ??= initSqlJs();
  return sql;
};
