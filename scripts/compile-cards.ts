// Build step: cards/<lang>/**/*.md → public/deck/kubernetes.json. Fails with every `path:line: message` at once.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FIRST_CARDS } from '../lib/db/builtinDeck';
import { LANGS } from '../lib/model';
import { buildSearchIndex, compileDeck, formatError, type NoteSource, packDeck } from '../lib/notes';

const root = process.argv[2] ?? 'cards';
const outFile = process.argv[3] ?? 'public/deck/kubernetes.json';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name));
}

const sources: NoteSource[] = LANGS.flatMap((lang) =>
  markdownFiles(join(root, lang)).map((file) => ({
    lang,
    path: relative('.', file),
    mirror: relative(join(root, lang), file),
    text: readFileSync(file, 'utf8'),
  })),
);
const { deck, notes, errors } = compileDeck(sources, { deckId: 'kubernetes', name: { en: 'Kubernetes', zh: 'Kubernetes' } });
if (!deck || !notes) {
  for (const error of errors) console.error(formatError(error));
  console.error(`\n${errors.length} problem(s) in ${root}/: the deck was not written.`);
  process.exit(1);
}
mkdirSync(join(outFile, '..'), { recursive: true });
writeFileSync(outFile, JSON.stringify(packDeck(deck)));
writeFileSync(
  outFile.replace(/\.json$/, '-first.json'),
  JSON.stringify(packDeck({ ...deck, hash: '', cards: deck.cards.filter((card) => card.ord < FIRST_CARDS) })),
);
writeFileSync(outFile.replace(/\.json$/, '-notes.json'), JSON.stringify(notes));
writeFileSync(outFile.replace(/\.json$/, '-search.json'), JSON.stringify(buildSearchIndex(notes, deck)));
// A tiny file the app reads at every start; the full deck is fetched only when this hash changes.
writeFileSync(outFile.replace(/\.json$/, '.meta.json'), JSON.stringify({ deckId: deck.deckId, hash: deck.hash, cards: deck.cards.length }));
console.log(`${outFile}: ${deck.cards.length} review cards in ${deck.topics.length} topics (hash ${deck.hash})`);
