import type { Lang } from '../../model';
import type { ApkgSource } from '../apkg';

/** What the page sends the export worker: the rows it read, in the language of the export. */
export interface ExportRequest {
  source: ApkgSource;
  lang: Lang;
  now: number;
}

/** The package's bytes, or why it could not be written. */
export type ExportResponse = { ok: true; bytes: Uint8Array } | { ok: false; detail: string };
