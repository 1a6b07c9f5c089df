'use client';
import { useReviewPrefs } from '../../lib/hooks/useReviewPrefs';
import { useI18n } from '../../lib/i18n';
import { enReviewPrefs } from '../../lib/i18n/enReviewPrefs';
import { withExtraStrings } from '../../lib/i18n/WithExtraStrings';
import { RATINGS, type Rating } from '../../lib/model';
import { CARD_FONT_SIZES } from '../../lib/model/reviewPrefs';

/** This device's way of reviewing: gestures and what each swipe rates, the answer timer, the cards' text size. */
function ReviewPrefsView() {
  const { t } = useI18n();
  const [prefs, update] = useReviewPrefs();
  if (prefs === undefined) return null;
  const swipe = (side: 'swipeLeft' | 'swipeRight') => (
    <>
      <label htmlFor={`prefs-${side}`}>{t(`prefs.${side}`)}</label>
      <select
        id={`prefs-${side}`}
        value={prefs[side]}
        disabled={!prefs.gestures}
        onChange={(e) => update({ [side]: Number(e.target.value) as Rating })}
      >
        {RATINGS.map((rating) => (
          <option key={rating} value={rating}>
            {t(`rating.${rating}`)}
          </option>
        ))}
      </select>
    </>
  );
  return (
    <section aria-labelledby="settings-review-prefs" className="study-form review-prefs">
      <h2 id="settings-review-prefs">{t('prefs.title')}</h2>
      <p className="muted small">{t('prefs.explain')}</p>
      <label className="check">
        <input type="checkbox" checked={prefs.gestures} onChange={(e) => update({ gestures: e.target.checked })} /> {t('prefs.gestures')}
      </label>
      {swipe('swipeLeft')}
      {swipe('swipeRight')}
      <label className="check">
        <input type="checkbox" checked={prefs.timer} onChange={(e) => update({ timer: e.target.checked })} /> {t('prefs.timer')}
      </label>
      <fieldset className="segmented font-sizes">
        <legend>{t('prefs.fontSize')}</legend>
        {CARD_FONT_SIZES.map((size) => (
          <label key={size}>
            <input
              type="radio"
              name="card-font"
              value={size}
              checked={prefs.fontSize === size}
              onChange={() => update({ fontSize: size })}
            />
            <span>{t(`prefs.font.${size}`)}</span>
          </label>
        ))}
      </fieldset>
      <p className="card font-sample">{t('prefs.fontSample')}</p>
    </section>
  );
}

/** This section's English strings travel with it (a module constant: the same array every render). */
const STRINGS = [enReviewPrefs];
export const ReviewPrefsSection = withExtraStrings(STRINGS, ReviewPrefsView);
