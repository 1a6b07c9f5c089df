// Prints the built-in deck's review cards per chapter, topic, kind, area, language, exam domain and curriculum
// competency, and flags the competencies with too few cards (npm run deck:stats).
import { readFileSync } from 'node:fs';
import { COMPETENCIES, type DeckArtifact, EXAM_DOMAINS, LANGS, type NotesArtifact } from '../lib/model';
import { type PackedDeck, unpackDeck } from '../lib/notes/pack';

const deck: DeckArtifact = unpackDeck(JSON.parse(readFileSync('public/deck/kubernetes.json', 'utf8')) as PackedDeck);
const notes = JSON.parse(readFileSync('public/deck/kubernetes-notes.json', 'utf8')) as NotesArtifact;

function table(title: string, rows: [string, number][]) {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map(([k]) => k.length), 8);
  for (const [key, count] of rows) console.log(`  ${key.padEnd(width)} ${String(count).padStart(5)}`);
}
const countBy = (key: (c: DeckArtifact['cards'][number]) => string) => {
  const counts = new Map<string, number>();
  for (const card of deck.cards) counts.set(key(card), (counts.get(key(card)) ?? 0) + 1);
  return counts;
};

const topicTitle = new Map(notes.topics.map((t) => [t.topic, t.title.en]));
const byChapter = countBy((c) => String(deck.topics.find((t) => t.topic === c.topic)?.chapter));
const byTopic = countBy((c) => c.topic);
table(
  'Chapters',
  notes.chapters.map((c) => [`${c.chapter} ${c.title.en}`, byChapter.get(String(c.chapter)) ?? 0]),
);
table(
  'Topics',
  deck.topics.map((t) => [`${t.topic} ${topicTitle.get(t.topic)}`, byTopic.get(t.topic) ?? 0]),
);
table('Kinds', [...countBy((c) => c.kind)]);
table('Areas', [...countBy((c) => c.area ?? 'none')]);
table(
  'Languages',
  LANGS.map((lang) => [lang, deck.cards.filter((c) => Object.values(c.content[lang] as object).some(Boolean)).length]),
);
table(
  'Exam domains',
  EXAM_DOMAINS.map((domain) => [domain, deck.cards.filter((c) => c.tags.includes(domain)).length]),
);

/** Below this many review cards a competency is too thin to study on its own. */
const THIN = 8;
const byCompetency = new Map<string, number>();
for (const card of deck.cards) for (const id of card.competencies ?? []) byCompetency.set(id, (byCompetency.get(id) ?? 0) + 1);
table(
  `Competencies (review cards; ! = fewer than ${THIN})`,
  COMPETENCIES.map((c) => [`${(byCompetency.get(c.id) ?? 0) < THIN ? '!' : ' '} ${c.id}`, byCompetency.get(c.id) ?? 0]),
);
const thin = COMPETENCIES.filter((c) => (byCompetency.get(c.id) ?? 0) < THIN);
console.log(
  thin.length === 0
    ? `\nEvery competency has at least ${THIN} review cards.`
    : `\n${thin.length} of ${COMPETENCIES.length} competencies have fewer than ${THIN} review cards: ${thin.map((c) => c.id).join(', ')}`,
);
console.log(`${deck.cards.filter((c) => !c.competencies?.length).length} review cards train no competency.`);

console.log(
  `\nTotal: ${deck.cards.length} review cards from ${new Set(deck.cards.map((c) => c.noteId)).size} notes in ${deck.topics.length} topics, in each of ${LANGS.join(' and ')}.`,
);
