import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { CardRecord } from '../../lib/db';
import { I18nProvider } from '../../lib/i18n';
import type { DiagnoseCard, ProcedureCard } from '../../lib/model';
import { checkExercise, choiceOrder, type ExerciseAnswer, isExercise, stepOrder } from '../../lib/srs';
import { CardView } from '../../lib/ui';

const source = { en: { path: 'cards/en/a.md', line: 3 }, zh: { path: 'cards/zh/a.md', line: 3 } };
const base = { key: 'd/x', deckId: 'd', ord: 0, topic: '1.1', tags: [], source, sources: [], retired: 0 as const };

const procedure: CardRecord & ProcedureCard = {
  ...base,
  id: 'etcd-restore',
  noteId: 'etcd-restore',
  kind: 'procedure',
  commands: [{ command: 'etcdutl snapshot restore /backup/etcd.db --data-dir /var/lib/etcd-restore', accept: [] }, null, null],
  content: {
    en: { task: 'Restore etcd.', steps: ['Restore the snapshot.', 'Point etcd at the new directory.', 'Check the API.'], explain: 'Why.' },
    zh: { task: '恢复 etcd。', steps: ['恢复快照。', '让 etcd 指向新目录。', '检查 API。'] },
  },
};

const diagnose: CardRecord & DiagnoseCard = {
  ...base,
  id: 'wrong-target-port',
  noteId: 'wrong-target-port',
  kind: 'diagnose',
  output: `$ kubectl get endpointslices -l kubernetes.io/service-name=web\nNAME        ADDRESSTYPE   PORTS   ENDPOINTS\nweb-7xk2p   IPv4          8080    10.0.1.12`,
  fix: { command: 'kubectl edit service web', accept: [] },
  content: {
    en: {
      task: 'Why does `curl web` time out?',
      answer: 'Wrong targetPort.',
      distractors: ['No Pod matches.', 'A NetworkPolicy.', 'kube-proxy is down.'],
    },
    zh: { task: '为什么超时？', answer: 'targetPort 错了。', distractors: ['没有匹配的 Pod。', 'NetworkPolicy。', 'kube-proxy 停了。'] },
  },
};

/** What the review screen does: keeps the answer, reveals on submit, checks once revealed. */
function Review({ card }: { card: CardRecord }) {
  const [answer, setAnswer] = useState<ExerciseAnswer | null>(null);
  const [revealed, setRevealed] = useState(false);
  const check = revealed && isExercise(card) ? checkExercise(card, answer) : null;
  return (
    <>
      <CardView
        card={card}
        revealed={revealed}
        exercise={{ answer, onChange: setAnswer, onSubmit: () => setRevealed(true) }}
        exerciseCheck={check}
      />
      <button type="button" onClick={() => setRevealed(true)}>
        Check
      </button>
      <output data-testid="rating">{check?.rating ?? ''}</output>
    </>
  );
}

const renderReview = (card: CardRecord) =>
  render(
    <I18nProvider>
      <Review card={card} />
    </I18nProvider>,
  );
const press = (key: string) => act(() => void fireEvent.keyDown(window, { key }));

describe('procedure card', () => {
  const offered = stepOrder(procedure);
  const stepButton = (step: number) =>
    screen.getByRole('button', { name: new RegExp(procedure.content.en.steps[step].replace('.', '\\.')) });

  it('offers the steps shuffled as toggle buttons; taps build the order and a second tap takes a step out', async () => {
    renderReview(procedure);
    const pool = await screen.findByRole('list', { name: 'Steps' });
    const names = within(pool)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(names).toEqual(offered.map((step, i) => `${i + 1}${procedure.content.en.steps[step]}`));
    expect(screen.getByText('No step placed yet.')).toBeTruthy();
    fireEvent.click(stepButton(2));
    fireEvent.click(stepButton(0));
    expect(stepButton(2).getAttribute('aria-pressed')).toBe('true');
    expect(stepButton(2).textContent).toContain('placed 1');
    const order = screen.getByRole('list', { name: 'Your order' });
    expect(
      within(order)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.slice(0, 12)),
    ).toEqual(['Check the AP', 'Restore the ']);
    // The step with a command gets a field, named by its place in the learner's order.
    expect(screen.getByLabelText('Command for step 2')).toBeTruthy();
    fireEvent.click(stepButton(2));
    expect(stepButton(2).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByLabelText('Command for step 1')).toBeTruthy();
  });

  it('digit keys pick the offered steps, Backspace undoes, typing in a command field is left alone', async () => {
    renderReview(procedure);
    await screen.findByRole('list', { name: 'Steps' });
    press(String(offered.indexOf(0) + 1));
    press(String(offered.indexOf(2) + 1));
    press('Backspace');
    press(String(offered.indexOf(1) + 1));
    const field = screen.getByLabelText('Command for step 1');
    fireEvent.keyDown(field, { key: '3' });
    fireEvent.keyDown(field, { key: 'Backspace' });
    expect(within(screen.getByRole('list', { name: 'Your order' })).getAllByRole('listitem')).toHaveLength(2);
  });

  it('after the check, marks each step in its right place with the command typed and proposes a rating', async () => {
    renderReview(procedure);
    await screen.findByRole('list', { name: 'Steps' });
    for (const step of [1, 0, 2]) fireEvent.click(stepButton(step));
    fireEvent.change(screen.getByLabelText('Command for step 2'), {
      target: { value: 'etcdutl snapshot restore /backup/etcd.db --data-dir=/var/lib/etcd-restore' },
    });
    fireEvent.keyDown(screen.getByLabelText('Command for step 2'), { key: 'Enter' });
    await screen.findByText('2 of 3 steps in order · 1 of 1 command right');
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.className)).toEqual(['step-bad', 'step-ok', 'step-ok']);
    expect(items[0].textContent).toContain('Out of order: Restore the snapshot. — you put it 2');
    expect(screen.getByText('Equivalent', { exact: false })).toBeTruthy();
    expect(screen.getByTestId('rating').textContent).toBe('2');
  });
});

describe('without an answer to give (notes, card screen)', () => {
  it('a diagnose card lists its choices on the front, and the back marks the right one', async () => {
    const { rerender } = render(
      <I18nProvider>
        <CardView card={diagnose} revealed={false} landmarks={false} />
      </I18nProvider>,
    );
    expect((await screen.findAllByRole('listitem')).map((li) => li.textContent)).toHaveLength(4);
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    rerender(
      <I18nProvider>
        <CardView card={diagnose} revealed landmarks={false} />
      </I18nProvider>,
    );
    await screen.findByText('right answer', { exact: false });
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
  });

  it('a procedure shows its shuffled steps, then the steps in order with their commands', async () => {
    const { rerender } = render(
      <I18nProvider>
        <CardView card={procedure} revealed={false} landmarks={false} />
      </I18nProvider>,
    );
    const offered = (await screen.findAllByRole('listitem')).map((li) => li.textContent);
    expect(offered).toEqual(stepOrder(procedure).map((i) => procedure.content.en.steps[i]));
    rerender(
      <I18nProvider>
        <CardView card={procedure} revealed landmarks={false} />
      </I18nProvider>,
    );
    await screen.findByText(procedure.commands[0]?.command ?? '');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent?.slice(0, 7))).toEqual(['Restore', 'Point e', 'Check t']);
  });
});

describe('diagnose card', () => {
  const order = choiceOrder(diagnose);
  const texts = [diagnose.content.en.answer, ...diagnose.content.en.distractors];

  it('shows the output in a focusable box and the choices as radio buttons in the shuffled order', async () => {
    renderReview(diagnose);
    const group = await screen.findByRole('group', { name: 'Cause and fix (keys 1–4)' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.closest('label')?.textContent)).toEqual(order.map((c, i) => `${i + 1}${texts[c]}`));
    const output = screen.getByText(/ADDRESSTYPE/).closest('pre');
    expect(output?.tabIndex).toBe(0);
    expect(output?.closest('figure')?.querySelector('figcaption')?.textContent).toBe('Output');
  });

  it('a digit key picks a choice; the back highlights the right one and marks the learner’s', async () => {
    renderReview(diagnose);
    await screen.findByRole('group');
    const wrong = order.findIndex((c) => c !== 0);
    press(String(wrong + 1));
    expect((screen.getAllByRole('radio')[wrong] as HTMLInputElement).checked).toBe(true);
    fireEvent.change(screen.getByLabelText('Type the fix (a command)'), { target: { value: 'kubectl edit svc web' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    await screen.findByText('Not the cause');
    const right = screen.getByText('Wrong targetPort.').closest('li');
    expect(right?.className).toContain('choice-right');
    expect(right?.textContent).toContain('right answer');
    const mine = screen.getByText(texts[order[wrong]]).closest('li');
    expect(mine?.className).toContain('choice-picked');
    expect(mine?.textContent).toContain('your choice');
    expect(screen.getByTestId('rating').textContent).toBe('1');
    // The choices are gone from the front once revealed: only the back lists them.
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
  });

  it('the right choice with the right fix is Good', async () => {
    renderReview(diagnose);
    await screen.findByRole('group');
    fireEvent.click(screen.getAllByRole('radio')[order.indexOf(0)]);
    fireEvent.change(screen.getByLabelText('Type the fix (a command)'), { target: { value: 'kubectl edit svc web' } });
    fireEvent.keyDown(screen.getByLabelText('Type the fix (a command)'), { key: 'Enter' });
    await screen.findByText('Right cause');
    expect(screen.getByTestId('rating').textContent).toBe('3');
  });
});
