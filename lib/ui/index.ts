export { AnswerButtons } from './AnswerButtons';
export { CardView } from './CardView';
export { Counts } from './Counts';
export { DeckList } from './DeckList';
export { InlineMarkdown } from './InlineMarkdown';
export { LanguageSwitch } from './LanguageSwitch';
export { UpdateBanner } from './UpdateBanner';
