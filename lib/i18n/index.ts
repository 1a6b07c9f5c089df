export { enCore, type MessageKey, type Messages } from './en';
export { formatWhen } from './formatWhen';
export { I18nProvider, useI18n } from './I18nProvider';
export { detectLang, loadCatalog, type Translate, translator } from './translate';
export { WithExtraStrings } from './WithExtraStrings';
