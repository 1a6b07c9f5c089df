/** Anki's "Notes in Plain Text" header lines (`#key:value` at the top). Unknown keys are ignored, as Anki does. */
export interface AnkiHeaders {
  separator?: string;
  html?: boolean;
  columns?: string[];
  /** 1-based column numbers. */
  guidColumn?: number;
  notetypeColumn?: number;
  deckColumn?: number;
  tagsColumn?: number;
  deck?: string;
  tags?: string[];
  /** True when at least one known header was present. */
  present: boolean;
}

const SEPARATORS: Record<string, string> = { tab: '\t', comma: ',', semicolon: ';', pipe: '|', space: ' ', colon: ':' };

export function readAnkiHeaders(text: string): AnkiHeaders {
  const headers: AnkiHeaders = { present: false };
  for (const line of text.split(/\r?\n/)) {
    const m = /^#([a-z ]+):(.*)$/i.exec(line);
    if (!m) break;
    const key = m[1].trim().toLowerCase();
    const value = m[2].trim();
    const column = Number.parseInt(value, 10);
    switch (key) {
      case 'separator':
        headers.separator = SEPARATORS[value.toLowerCase()] ?? value[0];
        break;
      case 'html':
        headers.html = value.toLowerCase() === 'true';
        break;
      case 'columns':
        headers.columns = value.split(headers.separator ?? '\t');
        break;
      case 'guid column':
        headers.guidColumn = column;
        break;
      case 'notetype column':
        headers.notetypeColumn = column;
        break;
      case 'deck column':
        headers.deckColumn = column;
        break;
      case 'tags column':
        headers.tagsColumn = column;
        break;
      case 'deck':
        headers.deck = value;
        break;
      case 'tags':
        headers.tags = value.split(/\s+/).filter(Boolean);
        break;
      default:
        continue;
    }
    headers.present = true;
  }
  return headers;
}
