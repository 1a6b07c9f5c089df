import { useId, useMemo, useRef } from 'react';
import { useI18n } from '../../i18n';
import { enExercise } from '../../i18n/enExercise';
import { withExtraStrings } from '../../i18n/WithExtraStrings';
import type { DiagnoseCard, Lang } from '../../model';
import type { DiagnoseCheck } from '../../srs/diagnose';
import { choiceOrder, type DiagnoseAnswer, emptyDiagnoseAnswer } from '../../srs/exercise';
import { InlineMarkdown } from '../InlineMarkdown';
import { CommandOutcome } from './CommandDiff';
import { CommandField } from './CommandField';
import type { ExerciseInputs } from './exerciseInputs';
import { useDigitKeys } from './useDigitKeys';

/** Choice 0 is the right answer, choice i ≥ 1 the distractor i - 1. */
const choiceText = (card: DiagnoseCard, lang: Lang, choice: number) =>
  choice === 0 ? card.content[lang].answer : card.content[lang].distractors[choice - 1];

/** The output verbatim, in a box that scrolls sideways (focusable, so keyboards can scroll it too). */
function Output({ text }: { text: string }) {
  const { t } = useI18n();
  return (
    <figure className="output-figure">
      <figcaption className="prompt">{t('card.output')}</figcaption>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region */}
      <pre className="output" tabIndex={0}>
        <code>{text}</code>
      </pre>
    </figure>
  );
}

/**
 * Front: the question, the output, and the shuffled causes: as large radio buttons with a field for the fix while
 * answering, as a plain list where nothing is answered (notes), not at all once the back lists them.
 */
function DiagnoseFrontFace({ card, inputs, revealed }: { card: DiagnoseCard; inputs?: ExerciseInputs; revealed: boolean }) {
  const { t, lang } = useI18n();
  const order = useMemo(() => choiceOrder(card), [card]);
  return (
    <>
      <p className="prompt">{t('card.diagnosePrompt')}</p>
      <InlineMarkdown text={card.content[lang].task} />
      <Output text={card.output} />
      {revealed ? null : inputs ? (
        <ChoicePicker card={card} inputs={inputs} />
      ) : (
        <ol className="choices-checked">
          {order.map((choice) => (
            <li key={choice} className="choice">
              <InlineMarkdown text={choiceText(card, lang, choice)} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

function ChoicePicker({ card, inputs }: { card: DiagnoseCard; inputs: ExerciseInputs }) {
  const { t, lang } = useI18n();
  const name = useId();
  const order = useMemo(() => choiceOrder(card), [card]);
  const answer: DiagnoseAnswer = inputs.answer?.kind === 'diagnose' ? inputs.answer : emptyDiagnoseAnswer();
  const pick = (choice: number) => inputs.onChange({ ...answer, choice });
  const group = useRef<HTMLFieldSetElement>(null);
  useDigitKeys({
    count: order.length,
    pick: (index) => {
      pick(order[index]);
      // Focus follows the pick inside the group, as arrow keys do: Tab then leaves the group from the picked choice.
      if (group.current?.contains(document.activeElement)) group.current.querySelectorAll('input')[index]?.focus();
    },
  });
  return (
    <>
      <fieldset className="choices" ref={group}>
        <legend>{t('card.pickCause', { n: order.length })}</legend>
        {order.map((choice, index) => (
          <label key={choice} className={`choice${answer.choice === choice ? ' choice-picked' : ''}`}>
            <input
              type="radio"
              name={name}
              checked={answer.choice === choice}
              onChange={() => pick(choice)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  inputs.onSubmit();
                }
              }}
              aria-keyshortcuts={`${index + 1}`}
            />
            <span className="step-badge" aria-hidden="true">
              {index + 1}
            </span>
            <span>
              <InlineMarkdown text={choiceText(card, lang, choice)} />
            </span>
          </label>
        ))}
      </fieldset>
      {card.fix && (
        <CommandField
          label={t('card.typeFix')}
          value={answer.typed}
          onChange={(typed) => inputs.onChange({ ...answer, typed })}
          onSubmit={inputs.onSubmit}
        />
      )}
    </>
  );
}

/** Back: every choice in the order offered, the right one highlighted and the learner's marked; the typed fix checked. */
function DiagnoseBackFace({ card, answer, check }: { card: DiagnoseCard; answer?: DiagnoseAnswer; check?: DiagnoseCheck | null }) {
  const { t, lang } = useI18n();
  const order = useMemo(() => choiceOrder(card), [card]);
  const picked = answer?.choice ?? null;
  const explain = card.content[lang].explain;
  return (
    <>
      {check && (
        <p className={`verdict-title ${check.correct ? 'verdict-ok' : 'verdict-bad'}`}>
          {picked === null ? t('card.noChoice') : check.correct ? t('card.diagnoseRight') : t('card.diagnoseWrong')}
        </p>
      )}
      <ul className="choices-checked">
        {order.map((choice) => {
          const classes = ['choice', choice === 0 ? 'choice-right' : '', choice === picked ? 'choice-picked' : ''];
          return (
            <li key={choice} className={classes.filter(Boolean).join(' ')}>
              <InlineMarkdown text={choiceText(card, lang, choice)} />
              {(choice === 0 || choice === picked) && (
                <span className="choice-tags">
                  {choice === 0 && <span className="choice-tag tag-right">✓ {t('card.rightChoice')}</span>}
                  {choice === picked && <span className="choice-tag">{t('card.yourChoice')}</span>}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {card.fix && <CommandOutcome typed={answer?.typed ?? ''} check={check?.command} expected={card.fix.command} />}
      {explain && (
        <p>
          <InlineMarkdown text={explain} />
        </p>
      )}
    </>
  );
}

/** This screen's part of the English catalog travels with the faces (a module constant: the same array every render). */
const STRINGS = [enExercise];
export const DiagnoseFront = withExtraStrings(STRINGS, DiagnoseFrontFace);
export const DiagnoseBack = withExtraStrings(STRINGS, DiagnoseBackFace);
