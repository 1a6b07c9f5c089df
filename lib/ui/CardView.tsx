import type { CardRecord } from '../db';
import { useI18n } from '../i18n';
import type { CommandCheck } from '../srs';
import { ClozeText } from './ClozeText';
import { CommandDiff } from './CommandDiff';
import { InlineMarkdown } from './InlineMarkdown';

interface Props {
  card: CardRecord;
  revealed: boolean;
  /** For command cards: what the learner typed and the checker's verdict, once revealed. */
  typed?: string;
  check?: CommandCheck | null;
}

/** Renders one card, front or back, by kind. The back keeps the front visible, as learners expect. */
export function CardView({ card, revealed, typed = '', check = null }: Props) {
  const { t, lang } = useI18n();
  const source = card.source[lang];
  const back = (() => {
    switch (card.kind) {
      case 'basic':
        return <InlineMarkdown text={card.content[lang].back} />;
      case 'cloze':
        return card.content[lang].extra ? <InlineMarkdown text={card.content[lang].extra ?? ''} /> : null;
      case 'command':
        return (
          <>
            {check && <CommandDiff typed={typed} check={check} />}
            {card.content[lang].explain && <InlineMarkdown text={card.content[lang].explain ?? ''} />}
          </>
        );
    }
  })();
  return (
    <article className={`card card-${card.kind}`} aria-label={t('review.cardOf', { id: card.id })}>
      <section className="card-front" aria-label={t('review.question')}>
        {card.kind === 'basic' && <InlineMarkdown text={card.content[lang].front} />}
        {card.kind === 'cloze' && <ClozeText text={card.content[lang].text} active={card.cloze} revealed={revealed} />}
        {card.kind === 'command' && <InlineMarkdown text={card.content[lang].task} />}
      </section>
      <section className="card-back" aria-label={t('review.answer')} aria-live="polite" hidden={!revealed}>
        {revealed && (
          <>
            <hr />
            {back}
            <p className="source muted small">{t('review.sourceLink', { path: `${source.path}:${source.line}` })}</p>
          </>
        )}
      </section>
    </article>
  );
}
