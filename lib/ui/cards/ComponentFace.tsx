import { useI18n } from '../../i18n';
import type { ComponentCard } from '../../model';
import { InlineMarkdown } from '../InlineMarkdown';
import { ClusterDiagram } from './ClusterDiagram';

/** Front: the role (→ which component?) or the name (→ what does it do, where?). */
export function ComponentFront({ card }: { card: ComponentCard }) {
  const { t, lang } = useI18n();
  if (card.facet === 'name') {
    return (
      <>
        <p className="prompt">{t('card.whichComponent')}</p>
        <InlineMarkdown text={card.content[lang].role} />
      </>
    );
  }
  return (
    <>
      <p className="prompt">{t('card.whatComponent')}</p>
      <p className="subject">
        <code>{card.name}</code>
      </p>
    </>
  );
}

export function ComponentBack({ card }: { card: ComponentCard }) {
  const { t, lang } = useI18n();
  const { role, details } = card.content[lang];
  return (
    <>
      {card.facet === 'name' ? (
        <p className="subject">
          <code>{card.name}</code>
        </p>
      ) : (
        <p>
          <InlineMarkdown text={role} />
        </p>
      )}
      <dl className="facts">
        <dt>{t('card.runsOn')}</dt>
        <dd>{t(`card.plane.${card.plane}`)}</dd>
        {card.ports.length > 0 && (
          <>
            <dt>{t('card.ports')}</dt>
            <dd>
              <code>{card.ports.join(', ')}</code>
            </dd>
          </>
        )}
      </dl>
      {details && (
        <p>
          <InlineMarkdown text={details} />
        </p>
      )}
      <ClusterDiagram name={card.name} plane={card.plane} />
    </>
  );
}
