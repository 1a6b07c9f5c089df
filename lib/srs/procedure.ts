import type { Rating, StepCommand } from '../model';
import { type CommandCheck, checkCommand } from './command';
import type { ProcedureAnswer } from './exercise';

export interface StepResult {
  /** Where the learner put the step (0-based), or null when it was left out. */
  placed: number | null;
  /** Part of the longest run of steps the learner put in the right relative order. */
  inOrder: boolean;
  /** Steps with a command: what was typed and the checker's verdict. */
  typed?: string;
  command?: CommandCheck;
}

export interface ProcedureCheck {
  /** One result per step, in the right order. */
  steps: StepResult[];
  /** 0–1: order credit and command credit over everything there was to get right. */
  score: number;
  rating: Rating;
}

/**
 * The steps of `order` that are in sequence: a longest increasing subsequence. Fairer than "in its exact position":
 * one step put too early costs that step only, not every step after it.
 */
export function inSequence(order: readonly number[]): Set<number> {
  const longest = order.map(() => 1);
  const before = order.map(() => -1);
  for (let i = 0; i < order.length; i++) {
    for (let j = 0; j < i; j++) {
      if (order[j] < order[i] && longest[j] + 1 > longest[i]) {
        longest[i] = longest[j] + 1;
        before[i] = j;
      }
    }
  }
  const kept = new Set<number>();
  let at = longest.indexOf(Math.max(0, ...longest));
  while (at >= 0) {
    kept.add(order[at]);
    at = before[at];
  }
  return kept;
}

const COMMAND_CREDIT = { exact: 1, equivalent: 1, close: 0.5, wrong: 0 } as const;

/**
 * Scores each step: one point for being in sequence, one more for a step's command (half when close). All right:
 * Good; at least half: Hard; less: Again. Never Easy: the learner may raise it.
 */
export function checkProcedure(commands: readonly (StepCommand | null)[], answer: ProcedureAnswer): ProcedureCheck {
  const sequence = inSequence(answer.order);
  let credit = 0;
  let total = 0;
  const steps = commands.map((command, step): StepResult => {
    const placed = answer.order.indexOf(step);
    const result: StepResult = { placed: placed < 0 ? null : placed, inOrder: sequence.has(step) };
    total += 1;
    credit += result.inOrder ? 1 : 0;
    if (command) {
      const typed = answer.typed[step] ?? '';
      result.typed = typed;
      result.command = checkCommand(typed, command.command, command.accept);
      total += 1;
      credit += COMMAND_CREDIT[result.command.verdict];
    }
    return result;
  });
  const score = total === 0 ? 0 : credit / total;
  return { steps, score, rating: score === 1 ? 3 : score >= 0.5 ? 2 : 1 };
}
