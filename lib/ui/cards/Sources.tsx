import { useI18n } from '../../i18n';
import { enFaces } from '../../i18n/enFaces';
import { withExtraStrings } from '../../i18n/WithExtraStrings';

/** kubernetes/website content paths → their kubernetes.io page; URLs stay as they are. */
export function sourceUrl(source: string): string {
  if (/^https?:\/\//.test(source)) return source;
  const path = source.replace(/^content\/en\//, '').replace(/(\/_index|\/index)?\.md$/, '/');
  return `https://kubernetes.io/${path.replace(/^\//, '')}`;
}

/** Source links named by the page the learner opens (kubernetes.io/docs/…), never the kubernetes/website file. */
export function SourceList({ sources }: { sources: string[] }) {
  return (
    <ul>
      {sources.map((s) => (
        <li key={s}>
          <a href={sourceUrl(s)} target="_blank" rel="noopener noreferrer">
            {sourceUrl(s).replace(/^https?:\/\//, '')}
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * Where the card's facts come from: the kubernetes.io pages (or a project's docs), never the file the card is written
 * in. An imported card has none, and shows nothing.
 */
function SourcesView({ sources }: { sources: string[] }) {
  const { t } = useI18n();
  if (sources.length === 0) return null;
  return (
    <footer className="sources muted small">
      <details>
        <summary>{t('card.sourcesCount', { count: sources.length })}</summary>
        <SourceList sources={sources} />
      </details>
    </footer>
  );
}

/** This part's English strings travel with it (a module constant: the same array every render). */
const STRINGS = [enFaces];
export const Sources = withExtraStrings(STRINGS, SourcesView);
