import { useI18n } from '../../i18n';
import type { ObjectCard } from '../../model';
import { InlineMarkdown } from '../InlineMarkdown';
import { YamlBlock } from './YamlBlock';

export function ObjectFront({ card }: { card: ObjectCard }) {
  const { t, lang } = useI18n();
  switch (card.facet) {
    case 'kind':
      return (
        <>
          <p className="prompt">{t('card.whichKind')}</p>
          <InlineMarkdown text={card.content[lang].purpose} />
        </>
      );
    case 'facts':
      return (
        <>
          <p className="prompt">{t('card.kindFacts')}</p>
          <p className="subject">
            <code>{card.objectKind}</code>
          </p>
        </>
      );
    case 'yaml':
      return (
        <>
          <p className="prompt">{t('card.recallBlanks', { kind: card.objectKind })}</p>
          <YamlBlock lines={card.yaml ?? []} mode="hidden" />
        </>
      );
  }
}

/** The facts every facet teaches: apiVersion, scope, short names; then the purpose, fields and example. */
export function ObjectBack({ card }: { card: ObjectCard }) {
  const { t, lang } = useI18n();
  const { purpose, fields } = card.content[lang];
  return (
    <>
      {card.facet !== 'facts' && (
        <p className="subject">
          <code>{card.objectKind}</code>
        </p>
      )}
      <dl className="facts">
        <dt>apiVersion</dt>
        <dd>
          <code>{card.apiVersion}</code>
        </dd>
        <dt>{t('card.scope')}</dt>
        <dd>{card.namespaced ? t('card.namespaced') : t('card.clusterScoped')}</dd>
        <dt>{t('card.shortNames')}</dt>
        <dd>{card.shortNames.length > 0 ? <code>{card.shortNames.join(', ')}</code> : t('card.none')}</dd>
      </dl>
      {card.facet !== 'kind' && (
        <p>
          <InlineMarkdown text={purpose} />
        </p>
      )}
      {fields && (
        <p>
          <InlineMarkdown text={fields} />
        </p>
      )}
      {card.yaml && <YamlBlock lines={card.yaml} mode="revealed" />}
    </>
  );
}
