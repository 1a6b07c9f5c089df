/** What a card template shows: the fields its question and answer refer to, and a type-in field if any. */
export interface TemplateRefs {
  question: string[];
  answer: string[];
  typeIn?: string;
  clozeField?: string;
}

const TAG = /\{\{([^{}]+)\}\}/g;

/** Field references of one template side: `{{Front}}`, `{{text:Back}}`, `{{type:Back}}`; not `{{#…}}`/`{{/…}}` sections. */
function refs(format: string): { fields: string[]; typeIn?: string; cloze?: string } {
  const fields: string[] = [];
  let typeIn: string | undefined;
  let cloze: string | undefined;
  for (const m of format.matchAll(TAG)) {
    const tag = m[1].trim();
    if (/^[#^/!]/.test(tag) || tag === 'FrontSide') continue;
    const parts = tag.split(':');
    const field = parts[parts.length - 1].trim();
    if (parts[0] === 'type') typeIn = field;
    else if (parts[0] === 'cloze') cloze = field;
    else if (!fields.includes(field)) fields.push(field);
  }
  return { fields, typeIn, cloze };
}

export function templateRefs(qfmt: string, afmt: string): TemplateRefs {
  const q = refs(qfmt);
  const a = refs(afmt);
  return {
    question: q.fields,
    answer: a.fields.filter((f) => !q.fields.includes(f)),
    ...(q.typeIn ? { typeIn: q.typeIn } : {}),
    ...(q.cloze ? { clozeField: q.cloze } : {}),
  };
}
