import type { HighlightLine } from '../../model';

/** One line coloured at build time: spans with classes, no highlighter in the bundle. */
export function Highlighted({ line }: { line: HighlightLine }) {
  return (
    <>
      {line.map(([cls, text], i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: pieces of an immutable line
        <span key={i} className={cls ? `hl-${cls}` : undefined}>
          {text}
        </span>
      ))}
    </>
  );
}
