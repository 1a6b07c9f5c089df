'use client';
import { saveParameters, useOptimizer, useReviewCount, useStudySettings } from '../../lib/hooks';
import { useI18n } from '../../lib/i18n';
import { MIN_REVIEWS_TO_OPTIMIZE } from '../../lib/srs/optimizer/protocol';
import { useHydrationGate } from '../../lib/ui';

/**
 * FSRS parameters fitted to the learner's own answers (fsrs-rs, in a worker): shown next to the ones in use, scored
 * on the same answers, and used only if the learner says so.
 */
export function OptimizerSection() {
  const { t } = useI18n();
  const settings = useStudySettings();
  const reviews = useReviewCount() ?? 0;
  const optimizer = useOptimizer(settings);
  const { state } = optimizer;
  const enough = reviews >= MIN_REVIEWS_TO_OPTIMIZE;
  // Its own gate: a lazy section, it hydrates after the settings screen has opened theirs.
  const gate = useHydrationGate();

  return (
    <section aria-labelledby="settings-optimizer" {...gate}>
      <h2 id="settings-optimizer">{t('optimizer.title')}</h2>
      <p className="muted small">{t('optimizer.intro')}</p>
      <p data-testid="optimizer-parameters">{settings.parameters ? t('optimizer.usingOwn') : t('optimizer.usingDefaults')}</p>
      <div className="button-row">
        <button type="button" className="button" disabled={!enough || state.phase === 'running'} onClick={() => void optimizer.run()}>
          {t('optimizer.run', { reviews })}
        </button>
        {settings.parameters && (
          <button type="button" className="button ghost" onClick={() => void saveParameters(null)}>
            {t('optimizer.useDefaults')}
          </button>
        )}
      </div>
      {!enough && <p className="muted small">{t('optimizer.needMore', { min: MIN_REVIEWS_TO_OPTIMIZE, reviews })}</p>}
      <div role="status">
        {state.phase === 'running' && <p>{t('optimizer.running', { reviews: state.reviews })}</p>}
        {state.phase === 'done' && (
          <>
            <p data-testid="optimizer-result">
              {t('optimizer.result', {
                count: state.result.optimized.count,
                current: state.result.current.loss.toFixed(4),
                optimized: state.result.optimized.loss.toFixed(4),
              })}
            </p>
            {state.result.optimized.loss < state.result.current.loss ? (
              <button
                type="button"
                className="button primary"
                onClick={() => void saveParameters(state.result.parameters).then(optimizer.clear)}
              >
                {t('optimizer.apply')}
              </button>
            ) : (
              <p>{t('optimizer.notBetter')}</p>
            )}
          </>
        )}
        {state.phase === 'failed' && <p className="notice error">{t('optimizer.failed', { reason: state.reason })}</p>}
      </div>
    </section>
  );
}
