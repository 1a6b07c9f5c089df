'use client';
import { useState } from 'react';
import { saveDeckPresets, useDeckPresets, useStoredStudySettings } from '../../lib/hooks';
import { useI18n } from '../../lib/i18n';
import type { StudySettings } from '../../lib/srs';
import { newPreset, withoutPreset } from '../../lib/srs/deckPresetsEdit';
import type { DeckPreset, DeckPresets } from '../../lib/srs/studySettings';

/** Named presets (Anki's option groups): new cards and reviews per day and desired retention for the decks using them. */
export function DeckPresetsSection() {
  const { t } = useI18n();
  const stored = useDeckPresets();
  const study = useStoredStudySettings();
  const [message, setMessage] = useState('');
  return (
    <section aria-labelledby="settings-presets">
      <h2 id="settings-presets">{t('presets.title')}</h2>
      <p className="muted">{t('presets.intro')}</p>
      {stored && study ? (
        <PresetsForm key={JSON.stringify(stored)} stored={stored} study={study} onSaved={setMessage} />
      ) : (
        <p>{t('review.loading')}</p>
      )}
      <p role="status">{message}</p>
    </section>
  );
}

function PresetsForm({ stored, study, onSaved }: { stored: DeckPresets; study: StudySettings; onSaved(message: string): void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(stored);
  const edit = (i: number, change: Partial<DeckPreset>) =>
    setDraft((d) => ({ ...d, presets: d.presets.map((p, j) => (j === i ? { ...p, ...change } : p)) }));
  const add = () =>
    setDraft((d) => ({
      ...d,
      presets: [...d.presets, newPreset(`preset-${Date.now().toString(36)}`, t('presets.newName', { n: d.presets.length + 1 }), study)],
    }));
  const save = async () => {
    const problems = await saveDeckPresets(draft);
    if (problems === undefined) return; // refused: the shell says why
    const fields = problems.map((p) => `${draft.presets[p.preset]?.name || p.preset + 1}: ${p.field}`);
    onSaved(problems.length === 0 ? t('presets.saved') : t('study.invalid', { fields: fields.join(', ') }));
  };
  const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
  return (
    <form
      className="settings"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {draft.presets.length === 0 && <p>{t('presets.none')}</p>}
      {draft.presets.map((preset, i) => (
        <fieldset key={preset.id} className="preset">
          <legend>{preset.name || t('presets.name')}</legend>
          <label htmlFor={`preset-${i}-name`}>{t('presets.name')}</label>
          <input
            id={`preset-${i}-name`}
            className="text-input"
            value={preset.name}
            onChange={(e) => edit(i, { name: e.target.value })}
            required
          />
          <label htmlFor={`preset-${i}-new`}>{t('study.newPerDay')}</label>
          <input
            id={`preset-${i}-new`}
            className="text-input"
            type="number"
            inputMode="numeric"
            min={0}
            value={Number.isNaN(preset.newPerDay) ? '' : preset.newPerDay}
            onChange={(e) => edit(i, { newPerDay: number(e.target.value) })}
          />
          <label htmlFor={`preset-${i}-reviews`}>{t('study.reviewsPerDay')}</label>
          <input
            id={`preset-${i}-reviews`}
            className="text-input"
            type="number"
            inputMode="numeric"
            min={0}
            value={Number.isNaN(preset.reviewsPerDay) ? '' : preset.reviewsPerDay}
            onChange={(e) => edit(i, { reviewsPerDay: number(e.target.value) })}
          />
          <label htmlFor={`preset-${i}-retention`}>{t('study.retention', { value: Math.round(preset.desiredRetention * 100) })}</label>
          <input
            id={`preset-${i}-retention`}
            type="range"
            min={70}
            max={97}
            step={1}
            value={Math.round(preset.desiredRetention * 100)}
            onChange={(e) => edit(i, { desiredRetention: Number(e.target.value) / 100 })}
          />
          <p>
            <button type="button" className="button danger" onClick={() => setDraft((d) => withoutPreset(d, preset.id))}>
              {t('presets.delete', { name: preset.name })}
            </button>
          </p>
        </fieldset>
      ))}
      <p className="button-row">
        <button type="button" className="button" onClick={add}>
          {t('presets.add')}
        </button>
        <button type="submit" className="button primary">
          {t('presets.save')}
        </button>
      </p>
    </form>
  );
}
