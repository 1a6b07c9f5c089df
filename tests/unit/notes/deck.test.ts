import { describe, expect, it } from 'vitest';
import { compileDeck, formatError, type NoteSource, packDeck, unpackDeck } from '../../../lib/notes';
import { canonicalize, checkCommand } from '../../../lib/srs';
import { builtinNoteSources } from '../builtinNotes';

/** The real notes in cards/: the whole deck must compile, in both languages, with the coverage the product promises. */
const sources: NoteSource[] = builtinNoteSources();
const { deck, notes, errors } = compileDeck(sources, { deckId: 'kubernetes', name: { en: 'Kubernetes', zh: 'Kubernetes' } });

describe('the built-in deck', () => {
  it('compiles with no problem: parity, schemas, API table, content lint', () => {
    expect(errors.map(formatError)).toEqual([]);
  });

  it('covers every topic of the 7 chapters with at least 6 cards each', () => {
    const perTopic = new Map<string, number>();
    for (const card of deck?.cards ?? []) perTopic.set(card.topic, (perTopic.get(card.topic) ?? 0) + 1);
    expect(new Set(deck?.topics.map((t) => t.chapter))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7]));
    expect(deck?.topics.length).toBeGreaterThanOrEqual(45);
    for (const [topic, count] of perTopic) expect([topic, count >= 6]).toEqual([topic, true]);
  });

  it('has at least 450 review cards per language, balanced across the three areas', () => {
    const cards = deck?.cards ?? [];
    expect(cards.length).toBeGreaterThanOrEqual(450);
    for (const card of cards) {
      expect(card.content.en).toBeTruthy();
      expect(card.content.zh).toBeTruthy();
    }
    const area = (a: string) => cards.filter((c) => c.area === a).length;
    expect(area('architecture')).toBeGreaterThanOrEqual(60);
    expect(area('api')).toBeGreaterThanOrEqual(120);
    expect(area('operations')).toBeGreaterThanOrEqual(120);
  });

  it('uses every card kind, and tags every card with area, chapter and topic', () => {
    expect(new Set(deck?.cards.map((c) => c.kind))).toEqual(
      new Set(['basic', 'cloze', 'command', 'component', 'object', 'manifest', 'procedure', 'diagnose']),
    );
    for (const card of deck?.cards ?? []) {
      expect(card.tags).toEqual(
        expect.arrayContaining([`area-${card.area}`, `topic-${card.topic}`, expect.stringMatching(/^chapter-\d$/)]),
      );
      expect(card.sources.length).toBeGreaterThan(0);
    }
  });

  it('every command answer parses as a shell command, and typing it exactly is judged "exact"', () => {
    for (const card of deck?.cards ?? []) {
      if (card.kind !== 'command') continue;
      expect([card.id, canonicalize(card.answer) !== null]).toEqual([card.id, true]);
      expect([card.id, checkCommand(card.answer, card.answer, card.accept).verdict]).toEqual([card.id, 'exact']);
      for (const variant of card.accept) expect([card.id, variant, canonicalize(variant) !== null]).toEqual([card.id, variant, true]);
    }
  });

  it('ships packed (sources and paths once per topic) and unpacks to exactly the same deck', () => {
    if (!deck) throw new Error('no deck');
    const packed = packDeck(deck);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(deck).length * 0.7);
    expect(unpackDeck(JSON.parse(JSON.stringify(packed)))).toEqual(deck);
  });

  it('names every chapter in both languages and places every card in its note', () => {
    expect(notes?.chapters.every((c) => c.title.en && c.title.zh && !c.title.en.startsWith('Chapter '))).toBe(true);
    const placed = new Set(notes?.topics.flatMap((t) => t.body.en.filter((b) => b.t === 'card').map((b) => (b as { id: string }).id)));
    for (const card of deck?.cards ?? []) expect(placed.has(card.noteId)).toBe(true);
  });
});
