import { useI18n } from '../../i18n';
import { parseCloze } from '../../model';
import { InlineMarkdown } from '../InlineMarkdown';

/** A cloze with deletion `active` hidden (front) or highlighted (back); other deletions read as plain text. */
export function ClozeText({ text, active, revealed }: { text: string; active: number; revealed: boolean }) {
  const { t } = useI18n();
  return (
    <>
      {parseCloze(text).map((part, i) => {
        const key = `${i}`;
        if (!('cloze' in part)) return <InlineMarkdown key={key} text={part.text} />;
        if (part.cloze !== active) return <InlineMarkdown key={key} text={part.answer} />;
        if (revealed)
          return (
            <mark key={key} className="cloze">
              <InlineMarkdown text={part.answer} />
            </mark>
          );
        return (
          <span key={key} className="cloze cloze-blank">
            [{part.hint ? t('review.hint', { hint: part.hint }) : '…'}]
          </span>
        );
      })}
    </>
  );
}
