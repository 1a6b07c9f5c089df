export { AnswerButtons } from './AnswerButtons';
export { CardStateBadge } from './CardStateBadge';
export { Counts } from './Counts';
export { CardView, type CardViewProps } from './cards/CardView';
export { DeckList } from './DeckList';
export { InlineMarkdown } from './InlineMarkdown';
export { LanguageSwitch } from './LanguageSwitch';
export { NoteBody } from './NoteBody';
export { UpdateBanner } from './UpdateBanner';
