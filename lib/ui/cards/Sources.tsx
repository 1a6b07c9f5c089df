import { useI18n } from '../../i18n';
import { enFaces } from '../../i18n/enFaces';
import { withExtraStrings } from '../../i18n/WithExtraStrings';
import type { SourceRef } from '../../model';

/** kubernetes/website content paths → their kubernetes.io page; URLs stay as they are. */
export function sourceUrl(source: string): string {
  if (/^https?:\/\//.test(source)) return source;
  const path = source.replace(/^content\/en\//, '').replace(/(\/_index|\/index)?\.md$/, '/');
  return `https://kubernetes.io/${path.replace(/^\//, '')}`;
}

/** Where the card's facts come from, and where it is written in the notes. */
function SourcesView({ sources, source }: { sources: string[]; source: SourceRef }) {
  const { t, lang } = useI18n();
  const at = source[lang];
  return (
    <footer className="sources muted small">
      {sources.length > 0 && (
        <details>
          <summary>{t('card.sourcesCount', { count: sources.length })}</summary>
          <ul>
            {sources.map((s) => (
              <li key={s}>
                <a href={sourceUrl(s)} target="_blank" rel="noopener noreferrer">
                  {s.replace(/^https?:\/\//, '')}
                </a>
              </li>
            ))}
          </ul>
        </details>
      )}
      {/* An imported card names its file, with a line only where the format has lines (not in an Anki package). */}
      {at.path && <p>{t('review.sourceLink', { path: at.line > 0 ? `${at.path}:${at.line}` : at.path })}</p>}
    </footer>
  );
}

/** This part's English strings travel with it (a module constant: the same array every render). */
const STRINGS = [enFaces];
export const Sources = withExtraStrings(STRINGS, SourcesView);
