import { type CompileError, formatError } from '../notes';
import type { Field } from '../notes/blocks';
import { validateBlock } from '../notes/kinds';
import { importedCards } from './markdown';
import type { ImportedCard } from './types';

const isString = (v: unknown): v is string => typeof v === 'string';
const strings = (v: unknown): string[] | null => (v === undefined ? [] : Array.isArray(v) && v.every(isString) ? v : null);

/**
 * A Kubecards JSON procedure or diagnose note as the fields of a card block, in the order the notes syntax wants them
 * (a step's command and accepts right after it), so that the notes compiler checks it by the very rules of cards/.
 */
function blockFields(note: Record<string, unknown>, line: number): Field[] | string {
  const field = (key: string, value: unknown) => ({ key, value: isString(value) ? value : '', line });
  const optional = (key: string) => (note[key] === undefined ? [] : [field(key, note[key])]);
  const command = (owner: Record<string, unknown>): Field[] | null => {
    const accept = strings(owner.accept);
    if (accept === null || (owner.command !== undefined && !isString(owner.command))) return null;
    // Accepts without a command are passed on for the compiler to refuse, with its message.
    return [...(owner.command === undefined ? [] : [field('command', owner.command)]), ...accept.map((a) => field('accept', a))];
  };
  if (note.kind === 'procedure') {
    if (!Array.isArray(note.steps)) return '"steps" must be a list of {"step", "command"?, "accept"?}';
    const steps = (note.steps as unknown[]).map((raw) => {
      const step = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
      const attached = command(step);
      return attached && isString(step.step) ? [field('step', step.step), ...attached] : null;
    });
    if (steps.some((s) => s === null)) return 'every step needs "step" text; "command" is a string and "accept" a list of strings';
    return [field('task', note.task), ...(steps as Field[][]).flat(), ...optional('explain')];
  }
  const distractors = strings(note.distractors);
  const fix = command(note);
  if (distractors === null || fix === null) return '"distractors" and "accept" are lists of strings, "command" a string';
  return [
    field('task', note.task),
    field('output', note.output),
    field('answer', note.answer),
    ...distractors.map((d) => field('distractor', d)),
    ...fix,
    ...optional('explain'),
  ];
}

/** The review card of a procedure or diagnose note, or what is wrong with it (every problem, each with the line). */
export function exerciseCards(note: Record<string, unknown>, fileName: string, line: number): ImportedCard[] | string {
  const fields = blockFields(note, line);
  if (typeof fields === 'string') return fields;
  const kind = note.kind as string;
  const { note: authored, errors } = validateBlock({ kind, id: isString(note.id) ? note.id : 'note', line, fields }, fileName);
  if (!authored) return errors.map((e: CompileError) => formatError(e)).join('\n');
  return importedCards(authored, fileName, { topic: '', area: 'operations', sources: [] });
}
