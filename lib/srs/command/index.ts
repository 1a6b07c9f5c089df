export { type CommandCheck, checkCommand, proposedRating } from './check';
export { type DiffToken, diffTokens } from './diff';
export { type CanonicalCommand, canonicalize } from './normalize';
