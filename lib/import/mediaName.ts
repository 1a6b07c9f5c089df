/**
 * A media name as a field writes it, decoded when it is URL-encoded (`my%20pic.png`) and taken as it is when it is not
 * (`100%.png` is a legal file name, and `decodeURIComponent` throws on its bare `%`).
 */
export function decodeMediaName(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

const SOUNDS = /\[sound:([^\]]+)\]/g;
const IMG_SRC = /<img[^>]+src=["']?([^"'>\s]+)/gi;

/** Media names a field refers to, to look up in the deck's stored media (and to send along when a note syncs). */
export function mediaNames(html: string): string[] {
  const names = new Set<string>();
  for (const m of html.matchAll(SOUNDS)) names.add(m[1] as string);
  for (const m of html.matchAll(IMG_SRC)) names.add(decodeMediaName(m[1] as string));
  return [...names];
}
