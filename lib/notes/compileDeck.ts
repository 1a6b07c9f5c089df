import {
  type ChapterInfo,
  type DeckArtifact,
  type Lang,
  type Localized,
  type NotesArtifact,
  type ReviewCard,
  type TopicInfo,
  type TopicNote,
  topicSlug,
} from '../model';
import { type CompiledFile, compileNoteFile } from './compileFile';
import type { CompileError } from './errors';
import { parseChapterFile } from './frontMatter';
import { hashString } from './hash';
import type { AuthoredNote } from './kinds';
import { checkPair } from './parity';
import { checkTerms } from './terms';
import { reviewCards } from './yields';

export interface NoteSource {
  lang: Lang;
  /** Path shown in errors, e.g. `cards/en/01-basics/02-etcd.md`. */
  path: string;
  /** Same for both languages: the path below `cards/<lang>/`. */
  mirror: string;
  text: string;
}

export interface DeckOptions {
  deckId: string;
  name: Localized<string>;
}

export interface CompiledDeck {
  deck: DeckArtifact | null;
  notes: NotesArtifact | null;
  errors: CompileError[];
}

const CHAPTER_FILE = /(^|\/)_chapter\.md$/;

/** All note files of both languages → the deck and the notes, or every problem found (never a partial deck). */
export function compileDeck(sources: NoteSource[], options: DeckOptions): CompiledDeck {
  const byLang: Record<Lang, Map<string, CompiledFile>> = { en: new Map(), zh: new Map() };
  const chapterTitles = new Map<number, Partial<Localized<string>>>();
  const errors: CompileError[] = [];
  const sorted = [...sources].sort((a, b) => a.mirror.localeCompare(b.mirror));
  for (const source of sorted) {
    if (CHAPTER_FILE.test(source.mirror)) {
      const { chapter, errors: chapterErrors } = parseChapterFile(source.text, source.path);
      errors.push(...chapterErrors, ...zhTerms(source, []));
      if (chapter) chapterTitles.set(chapter.chapter, { ...chapterTitles.get(chapter.chapter), [source.lang]: chapter.title });
      continue;
    }
    const file = compileNoteFile(source.text, source.path);
    errors.push(...file.errors, ...zhTerms(source, file.notes));
    byLang[source.lang].set(source.mirror, file);
  }
  errors.push(...duplicateIds(byLang.en), ...duplicateIds(byLang.zh));
  for (const [mirror, en] of byLang.en) {
    const zh = byLang.zh.get(mirror);
    if (zh) errors.push(...checkPair(en, zh));
    else errors.push(missingFile(en.path, 'zh'));
  }
  for (const [mirror, zh] of byLang.zh) if (!byLang.en.has(mirror)) errors.push(missingFile(zh.path, 'en'));
  if (errors.length > 0) return { deck: null, notes: null, errors };

  const topics: TopicInfo[] = [];
  const notes: TopicNote[] = [];
  const cards: ReviewCard[] = [];
  for (const [mirror, en] of byLang.en) {
    const zh = byLang.zh.get(mirror) as CompiledFile;
    const enMeta = en.meta as NonNullable<CompiledFile['meta']>;
    const zhMeta = zh.meta as NonNullable<CompiledFile['meta']>;
    topics.push({
      topic: enMeta.topic,
      chapter: enMeta.chapter,
      area: enMeta.area,
      title: { en: enMeta.title, zh: zhMeta.title },
      k8s: enMeta.k8s,
      sources: enMeta.sources,
      path: { en: en.path, zh: zh.path },
    });
    notes.push({
      topic: enMeta.topic,
      slug: topicSlug(enMeta.topic),
      chapter: enMeta.chapter,
      area: enMeta.area,
      title: { en: enMeta.title, zh: zhMeta.title },
      body: { en: en.body, zh: zh.body },
      sources: enMeta.sources,
    });
    const zhNotes = new Map(zh.notes.map((note) => [note.id, note]));
    for (const note of en.notes) {
      const pair = { en: note, zh: zhNotes.get(note.id) as AuthoredNote };
      const tags = [`chapter-${enMeta.chapter}`, `topic-${enMeta.topic}`, ...enMeta.domains];
      const paths = { en: en.path, zh: zh.path };
      const context = { topic: enMeta.topic, area: enMeta.area, tags, competencies: enMeta.competencies, sources: enMeta.sources, paths };
      for (const card of reviewCards(pair, context)) cards.push({ ...card, ord: cards.length } as ReviewCard);
    }
  }
  const chapters: ChapterInfo[] = [...new Set(topics.map((t) => t.chapter))]
    .sort((a, b) => a - b)
    .map((chapter) => {
      const title = chapterTitles.get(chapter);
      return { chapter, title: { en: title?.en ?? `Chapter ${chapter}`, zh: title?.zh ?? `第 ${chapter} 章` } };
    });
  const body = { topics, cards };
  const hash = hashString(JSON.stringify(body));
  return {
    deck: { format: 'kubecards-deck', version: 1, deckId: options.deckId, name: options.name, hash, ...body },
    notes: { format: 'kubecards-notes', version: 1, deckId: options.deckId, chapters, topics: notes },
    errors: [],
  };
}

/** A review card before it gets its place in note order (Omit distributed over the union). */
function duplicateIds(files: Map<string, CompiledFile>): CompileError[] {
  const first = new Map<string, string>();
  const errors: CompileError[] = [];
  for (const file of files.values()) {
    for (const note of file.notes) {
      const where = `${file.path}:${note.line}`;
      const earlier = first.get(note.id);
      if (earlier) {
        errors.push({
          path: file.path,
          line: note.line,
          code: 'duplicate-id',
          message: `card id "${note.id}" is already used at ${earlier}`,
        });
      } else first.set(note.id, where);
    }
  }
  return errors;
}

/** The Chinese notes must use the terms of the zh-cn docs (lib/notes/glossary.ts). */
function zhTerms(source: NoteSource, notes: AuthoredNote[]): CompileError[] {
  return source.lang === 'zh' ? checkTerms(source.text, notes, source.path) : [];
}

function missingFile(path: string, lang: Lang): CompileError {
  return {
    path,
    line: 1,
    code: 'missing-translation',
    message: `no ${lang} translation of this note (expected the same path under cards/${lang}/)`,
  };
}
