/**
 * Anki note types as a schema-11 collection stores them (`col.models` JSON), with the fields Anki's serde reader
 * requires (rslib/src/notetype/schema11.rs). Ids are fixed so that a second export updates the same note types.
 */

export type NotetypeShape =
  | { kind: 'basic' }
  | { kind: 'reversed' }
  | { kind: 'type-in' }
  | { kind: 'cloze' }
  /** One note with several unrelated sides (a Kubernetes component or object, or a multi-template Anki note). */
  | { kind: 'sides'; count: number };

export interface AnkiModel {
  id: number;
  name: string;
  /** Field names in order. */
  fields: string[];
  json: Record<string, unknown>;
}

const CSS = `.card { font-family: arial; font-size: 20px; text-align: center; color: black; background-color: white; }
pre { text-align: left; white-space: pre-wrap; }
.prompt { color: #555; font-size: 16px; }`;

const ANSWER = '{{FrontSide}}\n\n<hr id=answer>\n\n';

const template = (name: string, ord: number, qfmt: string, afmt: string) => ({
  name,
  ord,
  qfmt,
  afmt,
  bqfmt: '',
  bafmt: '',
  did: null,
  bfont: '',
  bsize: 0,
});

const field = (name: string, ord: number) => ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] });

function definition(shape: NotetypeShape): { name: string; cloze: boolean; fields: string[]; templates: ReturnType<typeof template>[] } {
  switch (shape.kind) {
    case 'basic':
      return {
        name: 'Basic',
        cloze: false,
        fields: ['Front', 'Back'],
        templates: [template('Card 1', 0, '{{Front}}', `${ANSWER}{{Back}}`)],
      };
    case 'reversed':
      return {
        name: 'Basic (and reversed card)',
        cloze: false,
        fields: ['Front', 'Back'],
        templates: [template('Card 1', 0, '{{Front}}', `${ANSWER}{{Back}}`), template('Card 2', 1, '{{Back}}', `${ANSWER}{{Front}}`)],
      };
    case 'type-in':
      return {
        name: 'Basic (type in the answer)',
        cloze: false,
        fields: ['Front', 'Back'],
        templates: [template('Card 1', 0, '{{Front}}\n\n{{type:Back}}', '{{Front}}\n\n<hr id=answer>\n\n{{type:Back}}')],
      };
    case 'cloze':
      return {
        name: 'Cloze',
        cloze: true,
        fields: ['Text', 'Back Extra'],
        templates: [template('Cloze', 0, '{{cloze:Text}}', '{{cloze:Text}}<br>\n{{Back Extra}}')],
      };
    case 'sides': {
      const numbers = Array.from({ length: shape.count }, (_, i) => i + 1);
      return {
        name: `Kubecards (${shape.count} cards)`,
        cloze: false,
        fields: numbers.flatMap((n) => [`Front ${n}`, `Back ${n}`]),
        // A side whose front is empty makes no card (Anki's rule), so notes with fewer sides fit too.
        templates: numbers.map((n) =>
          template(`Card ${n}`, n - 1, `{{#Front ${n}}}{{Front ${n}}}{{/Front ${n}}}`, `${ANSWER}{{Back ${n}}}`),
        ),
      };
    }
  }
}

const BASE_ID = 1_700_000_000_000;
const idOf = (shape: NotetypeShape) =>
  BASE_ID + ({ basic: 1, reversed: 2, 'type-in': 3, cloze: 4, sides: 100 }[shape.kind] + (shape.kind === 'sides' ? shape.count : 0));

export const shapeKey = (shape: NotetypeShape) => (shape.kind === 'sides' ? `sides-${shape.count}` : shape.kind);

/** The note type for a shape; `deckId` is the deck it last added to (Anki keeps one), `mod` in seconds. */
export function ankiModel(shape: NotetypeShape, deckId: number, mod: number): AnkiModel {
  const { name, cloze, fields, templates } = definition(shape);
  const id = idOf(shape);
  // Which fields a template needs to make a card (Anki recomputes these; older clients read them).
  const req = cloze ? [] : templates.map((t, ord) => [ord, 'any', fields.flatMap((f, i) => (t.qfmt.includes(`${f}}}`) ? [i] : []))]);
  return {
    id,
    name,
    fields,
    json: {
      id,
      name,
      type: cloze ? 1 : 0,
      mod,
      usn: 0,
      sortf: 0,
      did: deckId,
      tmpls: templates,
      flds: fields.map(field),
      css: CSS,
      latexPre:
        '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
      latexPost: '\\end{document}',
      latexsvg: false,
      req,
      tags: [],
      vers: [],
    },
  };
}
