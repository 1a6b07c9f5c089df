'use client';
import { useState } from 'react';
import { saveStudySettings, useReviewStabilities, useStoredStudySettings } from '../../lib/hooks';
import { useI18n } from '../../lib/i18n';
import { decayOf } from '../../lib/model';
import type { StudySettings } from '../../lib/srs';
import { estimateDailyReviews } from '../../lib/stats';

const steps = (text: string) => text.split(/[\s,]+/).filter(Boolean);

/** Every scheduling control, with the retention trade-off explained and the workload it would mean. */
export function StudySettingsSection() {
  const { t } = useI18n();
  const stored = useStoredStudySettings();
  const [message, setMessage] = useState('');
  return (
    <section aria-labelledby="settings-study">
      <h2 id="settings-study">{t('study.title')}</h2>
      {/* The form starts from the stored settings once they are read, and again whenever they change (a save here,
          the optimizer, another tab), never in the middle of the learner's edits otherwise. */}
      {stored ? <StudyForm key={JSON.stringify(stored)} stored={stored} onSaved={setMessage} /> : <p>{t('review.loading')}</p>}
      <p role="status">{message}</p>
    </section>
  );
}

function StudyForm({ stored, onSaved }: { stored: StudySettings; onSaved(message: string): void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<StudySettings>(stored);
  const stabilities = useReviewStabilities();
  const set = <K extends keyof StudySettings>(key: K, value: StudySettings[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const save = async () => {
    const problems = await saveStudySettings(draft);
    if (problems === undefined) return; // refused: the shell says why
    onSaved(problems.length === 0 ? t('study.saved') : t('study.invalid', { fields: problems.map((p) => p.field).join(', ') }));
  };

  return (
    <form
      className="settings study-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label htmlFor="study-retention">{t('study.retention', { value: Math.round(draft.desiredRetention * 100) })}</label>
      <input
        id="study-retention"
        type="range"
        min={70}
        max={97}
        step={1}
        value={Math.round(draft.desiredRetention * 100)}
        onChange={(e) => set('desiredRetention', Number(e.target.value) / 100)}
      />
      <p className="muted small">{t('study.retentionHint')}</p>
      {stabilities && (
        <p data-testid="workload">
          {t('study.workload', {
            n: Math.round(estimateDailyReviews(stabilities, draft.desiredRetention, draft.maximumIntervalDays, decayOf(draft.parameters))),
          })}
        </p>
      )}
      <NumberField id="study-new" label={t('study.newPerDay')} value={draft.newPerDay} onChange={(n) => set('newPerDay', n)} />
      <NumberField
        id="study-reviews"
        label={t('study.reviewsPerDay')}
        value={draft.reviewsPerDay}
        onChange={(n) => set('reviewsPerDay', n)}
      />
      <label htmlFor="study-steps">{t('study.learningSteps')}</label>
      <input
        id="study-steps"
        className="text-input"
        value={draft.learningSteps.join(' ')}
        onChange={(e) => set('learningSteps', steps(e.target.value) as StudySettings['learningSteps'])}
      />
      <label htmlFor="study-relearn">{t('study.relearningSteps')}</label>
      <input
        id="study-relearn"
        className="text-input"
        value={draft.relearningSteps.join(' ')}
        onChange={(e) => set('relearningSteps', steps(e.target.value) as StudySettings['relearningSteps'])}
      />
      <NumberField
        id="study-max"
        label={t('study.maximumInterval')}
        value={draft.maximumIntervalDays}
        onChange={(n) => set('maximumIntervalDays', n)}
      />
      <NumberField
        id="study-rollover"
        label={t('study.rolloverHour')}
        value={draft.rolloverHour}
        onChange={(n) => set('rolloverHour', n)}
        min={0}
        max={23}
      />
      <label htmlFor="study-order">{t('study.newOrder')}</label>
      <select id="study-order" value={draft.newOrder} onChange={(e) => set('newOrder', e.target.value as StudySettings['newOrder'])}>
        {(['notes', 'random', 'topic'] as const).map((order) => (
          <option key={order} value={order}>
            {t(`study.newOrder.${order}`)}
          </option>
        ))}
      </select>
      <label className="check">
        <input type="checkbox" checked={draft.burySiblings} onChange={(e) => set('burySiblings', e.target.checked)} />{' '}
        {t('study.burySiblings')}
      </label>
      <NumberField
        id="study-leech"
        label={t('study.leechThreshold')}
        value={draft.leechThreshold}
        onChange={(n) => set('leechThreshold', n)}
      />
      <label htmlFor="study-leech-action">{t('study.leechAction')}</label>
      <select
        id="study-leech-action"
        value={draft.leechAction}
        onChange={(e) => set('leechAction', e.target.value as StudySettings['leechAction'])}
      >
        <option value="suspend">{t('study.leechAction.suspend')}</option>
        <option value="tag">{t('study.leechAction.tag')}</option>
      </select>
      <label className="check">
        <input type="checkbox" checked={draft.fuzz} onChange={(e) => set('fuzz', e.target.checked)} /> {t('study.fuzz')}
      </label>
      <p>
        <button type="submit" className="button primary">
          {t('study.save')}
        </button>
      </p>
    </form>
  );
}

/** A whole-number setting. An empty field is NaN, which saving refuses with the field named (not a silent 0). */
function NumberField(props: { id: string; label: string; value: number; onChange(value: number): void; min?: number; max?: number }) {
  const { id, label, value, onChange, min, max } = props;
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="text-input"
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={value}
        onChange={(e) => onChange(e.target.value.trim() === '' ? Number.NaN : Number(e.target.value))}
      />
    </>
  );
}
