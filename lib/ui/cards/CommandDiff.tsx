import { useI18n } from '../../i18n';
import { enFaces } from '../../i18n/enFaces';
import { withExtraStrings } from '../../i18n/WithExtraStrings';
import type { HighlightLine } from '../../model';
import type { CommandCheck } from '../../srs';
import { Highlighted } from './Highlighted';

/** The checker's verdict and a token diff: what was missing (underlined) and extra (struck through). */
function CommandDiffView({
  typed,
  check,
  answerLine,
}: {
  typed: string;
  check: CommandCheck;
  answerLine?: { text: string; line: HighlightLine };
}) {
  const { t } = useI18n();
  return (
    <div className={`verdict verdict-${check.verdict}`}>
      <p className="verdict-title">{t(`review.verdict.${check.verdict}`)}</p>
      <dl>
        <dt>{t('review.yourAnswer')}</dt>
        <dd>
          <code>{typed.trim() === '' ? t('review.nothingTyped') : typed}</code>
        </dd>
        <dt>{t('review.expected')}</dt>
        <dd>
          <code>{answerLine && answerLine.text === check.expected ? <Highlighted line={answerLine.line} /> : check.expected}</code>
        </dd>
      </dl>
      {(check.verdict === 'close' || check.verdict === 'wrong') && (
        <>
          <p className="diff" aria-hidden="true">
            {check.diff.map((token, i) => {
              const key = `${i}`;
              if (token.op === 'missing') return <ins key={key}>{token.text}</ins>;
              if (token.op === 'extra') return <del key={key}>{token.text}</del>;
              return <span key={key}>{token.text}</span>;
            })}
          </p>
          <p className="muted small">{t('review.diffLegend')}</p>
        </>
      )}
    </div>
  );
}

/** This part's English strings travel with it (a module constant: the same array every render). */
const STRINGS = [enFaces];
export const CommandDiff = withExtraStrings(STRINGS, CommandDiffView);
