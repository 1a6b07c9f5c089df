import { Fragment } from 'react';
import type { HighlightLine } from '../../model';

/** A part longer than this may break anywhere (a long word typed by the learner must not widen the page). */
const LONGEST_UNBROKEN = 24;

/**
 * The command cut into parts that end after a space, `/`, `=`, `,` or `:`: a command wraps only there, never after
 * the dashes of a flag (`--` / `cacert`) or inside a name.
 */
export function commandParts(line: HighlightLine): HighlightLine[] {
  const parts: HighlightLine[] = [[]];
  for (const [cls, text] of line) {
    for (const piece of text.split(/(?<=[\s/=,:])/)) {
      if (piece === '') continue;
      parts[parts.length - 1].push([cls, piece]);
      if (/[\s/=,:]$/.test(piece)) parts.push([]);
    }
  }
  return parts.filter((part) => part.length > 0);
}

/** A command (coloured or plain) that wraps at sensible points on a narrow screen. */
export function CommandText({ line, text = '' }: { line?: HighlightLine; text?: string }) {
  return (
    <>
      {commandParts(line ?? [['', text]]).map((part, i) => {
        const length = part.reduce((sum, [, piece]) => sum + piece.length, 0);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of an immutable command
          <Fragment key={i}>
            <span className={length <= LONGEST_UNBROKEN ? 'command-part' : undefined}>
              {part.map(([cls, piece], j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <span key={j} className={cls ? `hl-${cls}` : undefined}>
                  {piece}
                </span>
              ))}
            </span>
            <wbr />
          </Fragment>
        );
      })}
    </>
  );
}
