/** A deck name as typed, cleaned: `Parent :: Child` nests as in Anki (`Parent::Child`); null when a part is empty. */
export function cleanDeckName(name: string): string | null {
  const parts = name.split('::').map((part) => part.trim());
  return parts.some((part) => part === '') ? null : parts.join('::');
}
