import { Fragment, type ReactNode } from 'react';

const INLINE = /(`[^`]+`|\*\*[^*]+\*\*|\*[^*\s][^*]*\*)/g;

/** `code`, **bold**, *italic* and line breaks as React elements: card text is never injected as HTML. */
export function InlineMarkdown({ text }: { text: string }) {
  const lines = text.split('\n');
  return (
    <>
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines of one immutable text
        <Fragment key={i}>
          {i > 0 && <br />}
          {renderLine(line)}
        </Fragment>
      ))}
    </>
  );
}

function renderLine(line: string): ReactNode[] {
  return line
    .split(INLINE)
    .filter(Boolean)
    .map((piece, i) => {
      const key = `${i}:${piece}`;
      if (piece.startsWith('`') && piece.endsWith('`') && piece.length > 1) return <code key={key}>{piece.slice(1, -1)}</code>;
      if (piece.startsWith('**') && piece.endsWith('**') && piece.length > 4) return <strong key={key}>{piece.slice(2, -2)}</strong>;
      if (piece.startsWith('*') && piece.endsWith('*') && piece.length > 2) return <em key={key}>{piece.slice(1, -1)}</em>;
      return <Fragment key={key}>{piece}</Fragment>;
    });
}
