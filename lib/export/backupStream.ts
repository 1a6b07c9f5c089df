// A backup file read as a stream of text: its top-level fields and each row of its top-level lists, one at a time, so
// that no file needs to fit in one string (V8 holds ~512 MB) or in memory. Only the outer object is scanned here;
// every field and row is handed to JSON.parse (fast, native, and the judge of what JSON is).

/** One piece of the backup: a top-level field that is not a list, the start of a top-level list, or one of its rows. */
export type BackupEntry =
  | { kind: 'field'; key: string; value: unknown }
  | { kind: 'list'; key: string }
  | { kind: 'row'; key: string; index: number; row: unknown };

/** The text is not JSON (or not a JSON object). */
export class BackupSyntaxError extends Error {
  override name = 'BackupSyntaxError';
}

/** One field or row is longer than `maxChars`: more than one string can hold, or than a tab should take in. */
export class BackupEntryTooLarge extends Error {
  override name = 'BackupEntryTooLarge';
  constructor(
    readonly key: string,
    readonly index: number | null,
  ) {
    super(`${key}${index === null ? '' : `[${index}]`} is too large to read`);
  }
}

/** Characters one field or row may have: a media file of ~280 MB as base64, well below V8's string limit. */
export const MAX_ENTRY_CHARS = 384 * 2 ** 20;

type Where = 'start' | 'key' | 'colon' | 'value' | 'afterValue' | 'row' | 'afterRow' | 'end';

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xfeff;
const QUOTE_OR_BACKSLASH = /["\\]/g;

/**
 * Splits backup text, pushed in pieces of any size, into entries. `push` returns the entries completed by this piece;
 * `finish` checks the text ended where a JSON object ends. Throws BackupSyntaxError or BackupEntryTooLarge.
 */
export class BackupSplitter {
  private where: Where = 'start';
  private key = '';
  private index = 0;
  /** The value being read: its text so far (pieces of earlier chunks), nesting depth and string state. */
  private parts: string[] = [];
  private chars = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private reading: 'key' | 'value' | null = null;
  private out: BackupEntry[] = [];

  constructor(private readonly maxChars = MAX_ENTRY_CHARS) {}

  push(text: string): BackupEntry[] {
    this.out = [];
    let at = 0;
    while (at < text.length) {
      if (this.reading) {
        at = this.scanValue(text, at);
        continue;
      }
      const c = text.charCodeAt(at);
      if (isSpace(c)) {
        at++;
        continue;
      }
      this.step(c);
      // A value starts at this character: `step` began reading it, and `scanValue` takes it from here.
      if (!this.reading) at++;
    }
    return this.out;
  }

  finish(): BackupEntry[] {
    this.out = [];
    // A number at the very end of a list or object has no delimiter after it yet; the text ended, so it ends here.
    if (this.reading === 'value' && this.depth === 0 && !this.inString) this.endValue();
    if (this.where !== 'end' || this.reading) throw new BackupSyntaxError('the file ends in the middle of the backup');
    return this.out;
  }

  /** One structural character outside any value. */
  private step(c: number) {
    const char = String.fromCharCode(c);
    switch (this.where) {
      case 'start':
        if (char !== '{') throw new BackupSyntaxError(`the file starts with “${char}”, not “{”`);
        this.where = 'key';
        return;
      case 'key':
        if (char === '}') {
          this.where = 'end';
          return;
        }
        if (char !== '"') throw this.unexpected(char);
        this.begin('key');
        return;
      case 'colon':
        if (char !== ':') throw this.unexpected(char);
        this.where = 'value';
        return;
      case 'value':
        if (char === '[') {
          this.out.push({ kind: 'list', key: this.key });
          this.index = 0;
          this.where = 'row';
          return;
        }
        this.begin('value');
        return;
      case 'afterValue':
        if (char === ',') this.where = 'key';
        else if (char === '}') this.where = 'end';
        else throw this.unexpected(char);
        return;
      case 'row':
        if (char === ']' && this.index === 0) {
          this.where = 'afterValue';
          return;
        }
        this.begin('value');
        return;
      case 'afterRow':
        if (char === ',') this.where = 'row';
        else if (char === ']') this.where = 'afterValue';
        else throw this.unexpected(char);
        return;
      case 'end':
        throw this.unexpected(char);
    }
  }

  private unexpected(char: string) {
    return new BackupSyntaxError(`unexpected “${char}” ${this.key ? `after “${this.key}”` : 'at the start'}`);
  }

  private begin(what: 'key' | 'value') {
    this.reading = what;
    this.parts = [];
    this.chars = 0;
    this.depth = 0;
    this.inString = false;
    this.escaped = false;
  }

  /** Reads the current value from `at` on; returns where it stopped (the end of the text, or just after the value). */
  private scanValue(text: string, at: number): number {
    const start = at;
    let i = at;
    let done = false;
    while (i < text.length && !done) {
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
          i++;
          continue;
        }
        QUOTE_OR_BACKSLASH.lastIndex = i;
        const found = QUOTE_OR_BACKSLASH.exec(text);
        if (!found) {
          i = text.length;
          break;
        }
        i = found.index + 1;
        if (found[0] === '\\') this.escaped = true;
        else {
          this.inString = false;
          done = this.depth === 0;
        }
        continue;
      }
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        this.inString = true;
        i++;
      } else if (c === 0x7b || c === 0x5b) {
        this.depth++;
        i++;
      } else if (c === 0x7d || c === 0x5d) {
        // A closing bracket at depth 0 ends a number or word before it, and is not part of the value.
        if (this.depth === 0) done = true;
        else {
          this.depth--;
          i++;
          done = this.depth === 0;
        }
      } else if (this.depth === 0 && (c === 0x2c || isSpace(c))) done = true;
      else i++;
    }
    this.chars += i - start;
    if (this.chars > this.maxChars) throw new BackupEntryTooLarge(this.key, this.where === 'row' ? this.index : null);
    this.parts.push(text.slice(start, i));
    if (done) this.endValue();
    return i;
  }

  private endValue() {
    const text = this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join('');
    const what = this.reading;
    this.reading = null;
    this.parts = [];
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new BackupSyntaxError(`${this.key || 'a key'}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (what === 'key') {
      this.key = value as string;
      this.where = 'colon';
    } else if (this.where === 'row') {
      this.out.push({ kind: 'row', key: this.key, index: this.index++, row: value });
      this.where = 'afterRow';
    } else {
      this.out.push({ kind: 'field', key: this.key, value });
      this.where = 'afterValue';
    }
  }
}

/**
 * A file's entries as it is read, a piece at a time, with how many of its bytes were read so far. Its text is UTF-8
 * (a byte order mark is skipped).
 */
export async function* fileEntries(file: Blob, maxChars = MAX_ENTRY_CHARS): AsyncGenerator<{ entries: BackupEntry[]; read: number }> {
  const splitter = new BackupSplitter(maxChars);
  const decoder = new TextDecoder();
  const reader = file.stream().getReader();
  let read = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      read += value.byteLength;
      yield { entries: splitter.push(decoder.decode(value, { stream: true })), read };
    }
    yield { entries: [...splitter.push(decoder.decode()), ...splitter.finish()], read };
  } finally {
    reader.releaseLock();
  }
}
