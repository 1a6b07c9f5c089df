import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Real files made by other tools live beside the repo (../shared/fixtures); tests that need them say so when absent. */
export const FIXTURES = join(process.cwd(), '..', 'shared', 'fixtures');
export const HAVE_FIXTURES = existsSync(FIXTURES);
export const NEEDS_FIXTURES = HAVE_FIXTURES ? '' : ' [skipped: ../shared/fixtures is absent in this checkout]';
