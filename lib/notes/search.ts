import type { DeckArtifact, Lang, Localized, NotesArtifact, ReviewCard } from '../model';

/** One searchable place: a paragraph of a note or a card, with the text of both languages. */
export interface SearchEntry {
  slug: string;
  /** The card's note id, for `#anchor` links; absent for prose. */
  anchor?: string;
  topicTitle: Localized<string>;
  text: Localized<string>;
}

const cardText = (card: ReviewCard, lang: Lang): string => {
  const neutral =
    card.kind === 'command'
      ? card.answer
      : card.kind === 'component'
        ? card.name
        : card.kind === 'object'
          ? `${card.objectKind} ${card.apiVersion}`
          : card.kind === 'procedure'
            ? card.commands.map((c) => c?.command ?? '').join(' ')
            : card.kind === 'diagnose'
              ? (card.fix?.command ?? '')
              : '';
  // Content values are strings or lists of them (procedure steps, diagnose distractors).
  return [neutral, ...Object.values(card.content[lang] as Record<string, string | string[]>).flat()].join(' ');
};

/** The search index of the built-in deck: every paragraph and list of the notes and one entry per card. */
export function buildSearchIndex(notes: NotesArtifact, deck: DeckArtifact): SearchEntry[] {
  const entries: SearchEntry[] = [];
  const firstCardOfNote = new Map<string, ReviewCard>();
  for (const card of deck.cards) if (!firstCardOfNote.has(card.noteId)) firstCardOfNote.set(card.noteId, card);
  for (const topic of notes.topics) {
    const { slug, title } = topic;
    const prose = (lang: Lang) =>
      topic.body[lang].map((block) =>
        block.t === 'p' || block.t === 'h' ? block.text : block.t === 'ul' || block.t === 'ol' ? block.items.join(' ') : '',
      );
    const en = prose('en');
    const zh = prose('zh');
    en.forEach((text, i) => {
      if (text) entries.push({ slug, topicTitle: title, text: { en: text, zh: zh[i] ?? '' } });
    });
    for (const block of topic.body.en) {
      if (block.t !== 'card') continue;
      const card = firstCardOfNote.get(block.id);
      if (card) entries.push({ slug, anchor: block.id, topicTitle: title, text: { en: cardText(card, 'en'), zh: cardText(card, 'zh') } });
    }
  }
  return entries;
}

export interface SearchHit {
  entry: SearchEntry;
  /** The text around the first match, in the language it matched. */
  snippet: string;
  lang: Lang;
}

/**
 * Every entry that contains all words of the query, in either language (case-insensitive; Chinese is matched as a
 * whole string since it has no spaces). Topic titles rank first.
 */
export function searchEntries(entries: readonly SearchEntry[], query: string, limit = 50): SearchHit[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [];
  const hits: (SearchHit & { score: number })[] = [];
  for (const entry of entries) {
    for (const lang of ['en', 'zh'] as Lang[]) {
      const haystack = `${entry.topicTitle[lang]} ${entry.text[lang]}`.toLowerCase();
      if (!terms.every((term) => haystack.includes(term))) continue;
      const text = entry.text[lang];
      const at = Math.max(0, text.toLowerCase().indexOf(terms[0]));
      const snippet = `${at > 40 ? '…' : ''}${text.slice(Math.max(0, at - 40), at + 100)}${at + 100 < text.length ? '…' : ''}`;
      const score = (entry.topicTitle[lang].toLowerCase().includes(terms[0]) ? 2 : 0) + (entry.anchor ? 1 : 0);
      hits.push({ entry, snippet, lang, score });
      break;
    }
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
