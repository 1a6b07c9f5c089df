import { useId, useMemo } from 'react';
import { useI18n } from '../../i18n';
import { enExercise } from '../../i18n/enExercise';
import { withExtraStrings } from '../../i18n/WithExtraStrings';
import type { ProcedureCard } from '../../model';
import { emptyProcedureAnswer, type ProcedureAnswer, stepOrder, toggleStep } from '../../srs/exercise';
import type { ProcedureCheck } from '../../srs/procedure';
import { InlineMarkdown } from '../InlineMarkdown';
import { CommandOutcome } from './CommandDiff';
import { CommandField } from './CommandField';
import type { ExerciseInputs } from './exerciseInputs';
import { useDigitKeys } from './useDigitKeys';

/** Front: the task, the shuffled steps to tap in order, and the order built so far with a field per command. */
function ProcedureFrontFace({ card, inputs }: { card: ProcedureCard; inputs?: ExerciseInputs }) {
  const { t, lang } = useI18n();
  const offered = useMemo(() => stepOrder(card), [card]);
  const steps = card.content[lang].steps;
  return (
    <>
      <p className="prompt">{t('card.orderSteps', { n: offered.length })}</p>
      <InlineMarkdown text={card.content[lang].task} />
      {inputs ? (
        <StepPicker card={card} offered={offered} inputs={inputs} />
      ) : (
        <ul className="step-pool">
          {offered.map((step) => (
            <li key={step}>
              <InlineMarkdown text={steps[step]} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function StepPicker({ card, offered, inputs }: { card: ProcedureCard; offered: number[]; inputs: ExerciseInputs }) {
  const { t, lang } = useI18n();
  const steps = card.content[lang].steps;
  const answer: ProcedureAnswer = inputs.answer?.kind === 'procedure' ? inputs.answer : emptyProcedureAnswer();
  const titleId = useId();
  const tap = (step: number) => inputs.onChange(toggleStep(answer, step));
  useDigitKeys({
    count: offered.length,
    pick: (index) => tap(offered[index]),
    undo: () => inputs.onChange({ ...answer, order: answer.order.slice(0, -1) }),
  });
  return (
    <>
      <ul className="step-pool" aria-label={t('card.steps')}>
        {offered.map((step, index) => {
          const placed = answer.order.indexOf(step);
          return (
            <li key={step}>
              <button
                type="button"
                className="step-choice"
                aria-pressed={placed >= 0}
                aria-keyshortcuts={`${index + 1}`}
                onClick={() => tap(step)}
              >
                <span className="step-badge" aria-hidden="true">
                  {placed >= 0 ? placed + 1 : index + 1}
                </span>
                <span>
                  <InlineMarkdown text={steps[step]} />
                  {placed >= 0 && <span className="visually-hidden"> ({t('card.placedAs', { n: placed + 1 })})</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <p className="step-order-title" id={titleId}>
        {t('card.yourOrder')}
      </p>
      {answer.order.length === 0 ? (
        <p className="muted small">{t('card.noStepsYet')}</p>
      ) : (
        <ol className="step-order" aria-labelledby={titleId}>
          {answer.order.map((step, position) => (
            <li key={step}>
              <InlineMarkdown text={steps[step]} />
              {card.commands[step] && (
                <CommandField
                  label={t('card.stepCommand', { n: position + 1 })}
                  value={answer.typed[step] ?? ''}
                  onChange={(value) => inputs.onChange({ ...answer, typed: { ...answer.typed, [step]: value } })}
                  onSubmit={inputs.onSubmit}
                />
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

/** Back: the steps in the right order, each marked in or out of order, with its command and what was typed. */
function ProcedureBackFace({ card, answer, check }: { card: ProcedureCard; answer?: ProcedureAnswer; check?: ProcedureCheck | null }) {
  const { t, lang } = useI18n();
  const { steps, explain } = card.content[lang];
  const inOrder = check?.steps.filter((s) => s.inOrder).length ?? 0;
  const commandChecks = check?.steps.flatMap((s) => (s.command ? [s.command] : [])) ?? [];
  const commandsRight = commandChecks.filter((c) => c.verdict === 'exact' || c.verdict === 'equivalent').length;
  return (
    <>
      {check && (
        <p className={`verdict-title ${check.score === 1 ? 'verdict-ok' : 'verdict-bad'}`}>
          {t('card.stepsInOrder', { right: inOrder, total: steps.length })}
          {commandChecks.length > 0 && ` · ${t('card.commandsRight', { right: commandsRight, total: commandChecks.length })}`}
        </p>
      )}
      <ol className="steps-checked">
        {steps.map((text, step) => {
          const result = check?.steps[step];
          const command = card.commands[step];
          const placed = result?.placed ?? null;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the steps of an immutable card, in their right order
            <li key={step} className={result ? (result.inOrder ? 'step-ok' : 'step-bad') : undefined}>
              {result && (
                <span className="step-mark">
                  <span aria-hidden="true">{result.inOrder ? '✓ ' : '✗ '}</span>
                  <span className="visually-hidden">{result.inOrder ? t('card.stepOk') : t('card.stepBad')}: </span>
                </span>
              )}
              <InlineMarkdown text={text} />
              {result && !result.inOrder && (
                <span className="muted small"> — {placed === null ? t('card.leftOut') : t('card.placedAt', { n: placed + 1 })}</span>
              )}
              {command && <CommandOutcome typed={answer?.typed[step] ?? ''} check={result?.command} expected={command.command} />}
            </li>
          );
        })}
      </ol>
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
export const ProcedureFront = withExtraStrings(STRINGS, ProcedureFrontFace);
export const ProcedureBack = withExtraStrings(STRINGS, ProcedureBackFace);
