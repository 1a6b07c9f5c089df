import { useI18n } from '../i18n';
import { LANGS, type Lang } from '../model';
import { useHydrationGate } from './useHydrationGate';

const NAMES: Record<Lang, string> = { en: 'English', zh: '中文' };

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const gate = useHydrationGate();
  return (
    <label className="lang-switch" {...gate}>
      <span className="visually-hidden">{t('lang.label')}</span>
      <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
        {LANGS.map((code) => (
          <option key={code} value={code} lang={code}>
            {NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
