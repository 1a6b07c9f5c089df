import { describe, expect, it } from 'vitest';
import type { DiagnoseCard, ProcedureCard, StepCommand } from '../../../lib/model';
import {
  checkDiagnose,
  checkExercise,
  checkProcedure,
  choiceOrder,
  emptyProcedureAnswer,
  inSequence,
  type ProcedureAnswer,
  scrambledOrder,
  seededOrder,
  stepOrder,
  toggleStep,
} from '../../../lib/srs';

const RESTORE: StepCommand = { command: 'etcdutl snapshot restore /backup/etcd.db --data-dir /var/lib/etcd-restore', accept: [] };
const GET_PODS: StepCommand = { command: 'kubectl get pods -A', accept: ['kubectl get po --all-namespaces'] };
// Four steps; the first and the last have a command.
const COMMANDS = [RESTORE, null, null, GET_PODS];
const answer = (order: number[], typed: Record<number, string> = {}): ProcedureAnswer => ({ kind: 'procedure', order, typed });
const ALL_TYPED = { 0: RESTORE.command, 3: 'kubectl get po -A' };

describe('seeded shuffle', () => {
  it('is a permutation fixed by the seed, and differs between seeds', () => {
    const order = seededOrder(8, 'etcd-restore-kubeadm');
    expect([...order].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(seededOrder(8, 'etcd-restore-kubeadm')).toEqual(order);
    const seeds = ['a', 'b', 'c', 'd', 'e', 'f'].map((seed) => seededOrder(8, seed).join());
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it('never offers steps already in order', () => {
    for (let i = 0; i < 200; i++) {
      const order = scrambledOrder(3, `card-${i}`);
      expect(order).not.toEqual([0, 1, 2]);
      expect([...order].sort()).toEqual([0, 1, 2]);
    }
  });

  it('places the right answer at every position across cards (not always first)', () => {
    const card = (id: string) => ({ id, content: { en: { distractors: ['a', 'b', 'c'] } } }) as DiagnoseCard;
    const positions = new Set(Array.from({ length: 50 }, (_, i) => choiceOrder(card(`d-${i}`)).indexOf(0)));
    expect(positions).toEqual(new Set([0, 1, 2, 3]));
    expect(stepOrder({ id: 'p', commands: COMMANDS } as ProcedureCard)).toHaveLength(4);
  });
});

describe('procedure order', () => {
  it('counts the longest run of steps in sequence, so one misplaced step costs only itself', () => {
    expect([...inSequence([0, 1, 2, 3])].sort()).toEqual([0, 1, 2, 3]);
    // Step 3 put first: the other three are still in sequence.
    expect([...inSequence([3, 0, 1, 2])].sort()).toEqual([0, 1, 2]);
    expect(inSequence([3, 2, 1, 0]).size).toBe(1);
    expect(inSequence([]).size).toBe(0);
  });

  it('marks each step in or out of order, with where the learner put it', () => {
    const { steps } = checkProcedure(COMMANDS, answer([3, 0, 1, 2], ALL_TYPED));
    expect(steps.map((s) => [s.placed, s.inOrder])).toEqual([
      [1, true],
      [2, true],
      [3, true],
      [0, false],
    ]);
  });

  it('steps left out count as wrong', () => {
    const { steps } = checkProcedure(COMMANDS, answer([0, 1], ALL_TYPED));
    expect(steps.map((s) => s.placed)).toEqual([0, 1, null, null]);
    expect(steps.map((s) => s.inOrder)).toEqual([true, true, false, false]);
  });
});

describe('procedure rating', () => {
  it('all steps in order and both commands right (by meaning): Good', () => {
    const check = checkProcedure(COMMANDS, answer([0, 1, 2, 3], ALL_TYPED));
    expect(check.steps[3].command?.verdict).toBe('equivalent');
    expect(check).toMatchObject({ score: 1, rating: 3 });
  });

  it('partial credit: one step out of order is Hard, a close command counts half', () => {
    expect(checkProcedure(COMMANDS, answer([1, 0, 2, 3], ALL_TYPED))).toMatchObject({ score: 5 / 6, rating: 2 });
    const close = checkProcedure(COMMANDS, answer([0, 1, 2, 3], { ...ALL_TYPED, 3: 'kubectl get pods -n default' }));
    expect(close.steps[3].command?.verdict).toBe('close');
    expect(close).toMatchObject({ score: 5.5 / 6, rating: 2 });
  });

  it('the right order without the commands is Hard; nothing done is Again', () => {
    const noCommands = checkProcedure(COMMANDS, answer([0, 1, 2, 3]));
    expect(noCommands.steps[0]).toMatchObject({ typed: '', command: { verdict: 'wrong' } });
    expect(noCommands).toMatchObject({ score: 4 / 6, rating: 2 });
    expect(checkProcedure(COMMANDS, emptyProcedureAnswer())).toMatchObject({ score: 0, rating: 1 });
    expect(checkProcedure(COMMANDS, answer([3, 2, 1, 0]))).toMatchObject({ score: 1 / 6, rating: 1 });
  });

  it('tapping a placed step takes it out and the later ones close up', () => {
    const placed = [2, 0, 3].reduce(toggleStep, emptyProcedureAnswer());
    expect(placed.order).toEqual([2, 0, 3]);
    expect(toggleStep(placed, 0).order).toEqual([2, 3]);
  });
});

describe('diagnose', () => {
  const FIX: StepCommand = { command: 'kubectl patch service web -p \'{"spec":{"ports":[{"port":80,"targetPort":80}]}}\'', accept: [] };
  it('the wrong cause is Again, whatever was typed', () => {
    expect(checkDiagnose(FIX, { kind: 'diagnose', choice: 2, typed: FIX.command })).toMatchObject({ correct: false, rating: 1 });
    expect(checkDiagnose(undefined, { kind: 'diagnose', choice: null, typed: '' })).toMatchObject({ correct: false, rating: 1 });
  });

  it('the right cause is Good, or Hard when the fix typed is not right', () => {
    expect(checkDiagnose(undefined, { kind: 'diagnose', choice: 0, typed: '' })).toEqual({ correct: true, command: null, rating: 3 });
    const typed = 'kubectl patch svc web -p \'{"spec":{"ports":[{"port":80,"targetPort":80}]}}\'';
    expect(checkDiagnose(FIX, { kind: 'diagnose', choice: 0, typed })).toMatchObject({ command: { verdict: 'equivalent' }, rating: 3 });
    expect(checkDiagnose(FIX, { kind: 'diagnose', choice: 0, typed: 'kubectl edit service web' })).toMatchObject({ rating: 2 });
  });

  it('checkExercise dispatches by kind and treats no answer as an empty one', () => {
    const diagnose = { kind: 'diagnose', fix: FIX } as DiagnoseCard;
    expect(checkExercise(diagnose, null)).toMatchObject({ kind: 'diagnose', correct: false, rating: 1 });
    const procedure = { kind: 'procedure', commands: COMMANDS } as ProcedureCard;
    expect(checkExercise(procedure, answer([0, 1, 2, 3], ALL_TYPED))).toMatchObject({ kind: 'procedure', rating: 3 });
  });
});
