import { Fragment, type ReactNode } from 'react';

const INLINE = /(`[^`]+`|\*\*[^*]+\*\*|\*[^*\s][^*]*\*|\[[^\]]+\]\([^)\s]+\))/g;
/** Only web links and in-app paths; anything else (javascript:, data:) stays text. */
const SAFE_HREF = /^(https?:\/\/|\/(?!\/)|#)/;

/** `code`, **bold**, *italic*, [links](https://…) and line breaks as React elements: text is never injected as HTML. */
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
      const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(piece);
      if (link && SAFE_HREF.test(link[2])) {
        const external = link[2].startsWith('http');
        return (
          <a key={key} href={link[2]} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
            {link[1]}
          </a>
        );
      }
      return <Fragment key={key}>{piece}</Fragment>;
    });
}
