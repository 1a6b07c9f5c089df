import { Fragment, type ReactNode } from 'react';

const INLINE = /(`[^`]+`|\*\*[^*]+\*\*|\*[^*\s][^*]*\*|\[[^\]]+\]\([^)\s]+\))/g;
/**
 * Where a link of card text may go, as the browser itself reads it: parsed with `URL` against a stand-in for the
 * app's origin (the same on the server and in the page), so `/\\host` or `/\t/host` count as the other host they
 * are. An in-app path stays in the tab, normalised; a web link opens in a new tab; anything else (javascript:,
 * data:, a bare relative name) stays text.
 */
const APP = 'https://app.kubecards.invalid';
function linkOf(href: string): { href: string; external: boolean } | null {
  if (!/^(https?:|\/|#)/i.test(href)) return null;
  let url: URL;
  try {
    url = new URL(href, `${APP}/`);
  } catch {
    return null;
  }
  if (url.origin === APP) return { href: href.startsWith('#') ? url.hash : `${url.pathname}${url.search}${url.hash}`, external: false };
  return url.protocol === 'https:' || url.protocol === 'http:' ? { href: url.href, external: true } : null;
}

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
      const target = link ? linkOf(link[2]) : null;
      if (link && target) {
        return (
          <a key={key} href={target.href} {...(target.external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
            {link[1]}
          </a>
        );
      }
      return <Fragment key={key}>{piece}</Fragment>;
    });
}
