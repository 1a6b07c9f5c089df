const SPECIAL = [
  '"',
  '\t',
  ',',
  ';',
  '\n',
  '\r\n',
  '#',
  '{',
  '}',
  '[',
  ']',
  ':',
  '{{c1::',
  '}}',
  '```',
  '---',
  '\\',
  '\u0000',
  '\uFEFF',
  '<script>',
  '💥',
];

/** One mutation of a text: flip, insert, delete, duplicate or truncate, with characters parsers care about. */
export function mutateText(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1));
  const pick = SPECIAL[Math.floor(random() * SPECIAL.length)];
  switch (Math.floor(random() * 6)) {
    case 0:
      return text.slice(0, at) + pick + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 20));
    case 2:
      return text.slice(0, at);
    case 3:
      return text.slice(0, at) + text.slice(Math.max(0, at - 50), at) + text.slice(at);
    case 4:
      return text.slice(0, at) + pick.repeat(1 + Math.floor(random() * 50)) + text.slice(at);
    default:
      return text.slice(0, at) + String.fromCharCode(Math.floor(random() * 0xffff)) + text.slice(at + 1);
  }
}

/** One mutation of bytes: flip bytes, truncate, or splice. */
export function mutateBytes(bytes: Uint8Array, random: () => number): Uint8Array {
  const out = bytes.slice();
  const kind = Math.floor(random() * 3);
  if (kind === 0) {
    for (let i = 0; i < 1 + Math.floor(random() * 8); i++) out[Math.floor(random() * out.length)] = Math.floor(random() * 256);
    return out;
  }
  if (kind === 1) return out.slice(0, Math.floor(random() * out.length));
  const at = Math.floor(random() * out.length);
  const len = Math.floor(random() * 512);
  out.copyWithin(at, Math.floor(random() * out.length), Math.floor(random() * out.length) + len);
  return out;
}
