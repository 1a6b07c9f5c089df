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
