import { Fragment } from 'react';
import { useI18n } from '../../i18n';
import { enFaces } from '../../i18n/enFaces';
import { withExtraStrings } from '../../i18n/WithExtraStrings';
import type { HighlightLine } from '../../model';
import type { CommandCheck } from '../../srs';
import { CommandText } from './CommandText';

/**
 * One compact verdict: what was wrong (unknown flags, then the token diff: missing underlined, extra struck through),
 * and the expected command once.
 */
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
  const differs = check.verdict === 'close' || check.verdict === 'wrong';
  const nothingTyped = typed.trim() === '';
  return (
    <div className={`verdict verdict-${check.verdict}`}>
      <p className="verdict-title">
        {t(`review.verdict.${check.verdict}`)}
        {nothingTyped && ` ${t('review.nothingTyped')}`}
      </p>
      {check.unknownFlags.length > 0 && (
        <p>{t('review.unknownFlags', { flags: check.unknownFlags.join(' '), count: check.unknownFlags.length })}</p>
      )}
      {differs && !nothingTyped && (
        <>
          <p className="diff">
            {check.diff.map((token, i) => {
              const text = <CommandText text={token.text} />;
              const shown = token.op === 'missing' ? <ins>{text}</ins> : token.op === 'extra' ? <del>{text}</del> : text;
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: tokens of an immutable diff
                <Fragment key={i}>
                  {i > 0 && ' '}
                  {shown}
                </Fragment>
              );
            })}
          </p>
          <p className="muted small">{t('review.diffLegend')}</p>
        </>
      )}
      <p className="verdict-expected">
        <span className="muted small">{t('review.expected')}</span>{' '}
        <code>
          {answerLine && answerLine.text === check.expected ? (
            <CommandText line={answerLine.line} />
          ) : (
            <CommandText text={check.expected} />
          )}
        </code>
      </p>
    </div>
  );
}

/** This part's English strings travel with it (a module constant: the same array every render). */
const STRINGS = [enFaces];
export const CommandDiff = withExtraStrings(STRINGS, CommandDiffView);

/** The verdict on a typed command, or just the expected command when nothing was checked (the back of an exercise). */
export function CommandOutcome({ typed, check, expected }: { typed: string; check: CommandCheck | null | undefined; expected: string }) {
  return check ? (
    <CommandDiff typed={typed} check={check} />
  ) : (
    <p>
      <code>{expected}</code>
    </p>
  );
}
