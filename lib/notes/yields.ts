import { type Area, clozeNumbers, findCompetency, type Localized, type Plane, type ReviewCard } from '../model';
import { highlightShell, highlightYaml } from './highlight';
import type { AuthoredNote } from './kinds';

/** A review card before it gets its place in note order (Omit distributed over the union). */
export type Unordered = ReviewCard extends infer C ? (C extends ReviewCard ? Omit<C, 'ord'> : never) : never;

export interface CardContext {
  topic: string;
  area: Area;
  tags: string[];
  /** The note's curriculum competencies, for cards that do not name their own. */
  competencies: string[];
  sources: string[];
  paths: Localized<string>;
}

const list = (note: AuthoredNote, key: string) => (note.lists[key] ?? []).map((field) => field.value);
const words = (value: string | undefined) => (value ?? '').split(/\s+/).filter(Boolean);

/**
 * The review cards a note yields: basic one per direction; cloze one per number; command one; component by role and
 * by name; object by purpose, by kind, and a YAML cloze when its example has deletions; manifest, procedure and diagnose one.
 */
export function reviewCards(pair: Localized<AuthoredNote>, context: CardContext): Unordered[] {
  const { en, zh } = pair;
  const text = <K extends string>(...keys: K[]) => {
    const pick = (note: AuthoredNote) =>
      Object.fromEntries(keys.filter((k) => note.text[k] !== undefined).map((k) => [k, note.text[k]])) as Record<K, string>;
    return { en: pick(en), zh: pick(zh) };
  };
  const one = (key: string) => en.neutral[key]?.[0];
  const competencies = one('competencies') === undefined ? context.competencies : words(one('competencies'));
  // A card counts in the exam domains of its competencies as well as the note's.
  const competencyDomains = competencies.flatMap((id) => findCompetency(id)?.domain ?? []);
  const common = {
    noteId: en.id,
    topic: context.topic,
    area: en.area ?? context.area,
    tags: [...new Set([...en.tags, ...context.tags, ...competencyDomains, `area-${en.area ?? context.area}`])],
    ...(competencies.length > 0 ? { competencies } : {}),
    source: { en: { path: context.paths.en, line: en.line }, zh: { path: context.paths.zh, line: zh.line } },
    sources: context.sources,
  };
  switch (en.kind) {
    case 'basic': {
      const content = text('front', 'back');
      const forward: Unordered = { ...common, id: en.id, kind: 'basic', content };
      if (one('reverse') !== 'yes') return [forward];
      const flip = (c: { front: string; back: string }) => ({ front: c.back, back: c.front });
      return [forward, { ...forward, id: `${en.id}#reverse`, content: { en: flip(content.en), zh: flip(content.zh) } }];
    }
    case 'cloze':
      return clozeNumbers(en.text.text).map((n) => ({
        ...common,
        id: `${en.id}#c${n}`,
        kind: 'cloze',
        cloze: n,
        content: text('text', 'extra'),
      }));
    case 'command':
      return [
        {
          ...common,
          id: en.id,
          kind: 'command',
          answer: one('answer') ?? '',
          accept: en.neutral.accept ?? [],
          answerLine: highlightShell(one('answer') ?? ''),
          content: text('task', 'explain'),
        },
      ];
    case 'component': {
      const facts = { name: one('name') ?? '', plane: one('plane') as Plane, ports: words(one('ports')), content: text('role', 'details') };
      return (['name', 'role'] as const).map((facet) => ({ ...common, id: `${en.id}#${facet}`, kind: 'component', facet, ...facts }));
    }
    case 'object': {
      const yaml = one('yaml');
      const facts = {
        objectKind: one('kind') ?? '',
        apiVersion: one('api-version') ?? '',
        shortNames: words(one('short-names')),
        namespaced: one('namespaced') === 'yes',
        ...(yaml === undefined ? {} : { yaml: highlightYaml(yaml) }),
        content: text('purpose', 'fields'),
      };
      const facets =
        yaml !== undefined && clozeNumbers(yaml).length > 0 ? (['kind', 'facts', 'yaml'] as const) : (['kind', 'facts'] as const);
      return facets.map((facet) => ({ ...common, id: `${en.id}#${facet}`, kind: 'object', facet, ...facts }));
    }
    case 'manifest':
      return [{ ...common, id: en.id, kind: 'manifest', yaml: highlightYaml(one('yaml') ?? ''), content: text('task', 'explain') }];
    case 'procedure': {
      const prose = text('task', 'explain');
      const content = { en: { ...prose.en, steps: list(en, 'step') }, zh: { ...prose.zh, steps: list(zh, 'step') } };
      const commands = en.perItem.map((item) => {
        const command = item.command?.[0]?.value;
        return command === undefined ? null : { command, accept: (item.accept ?? []).map((f) => f.value) };
      });
      return [{ ...common, id: en.id, kind: 'procedure', commands, content }];
    }
    case 'diagnose': {
      const prose = text('task', 'answer', 'explain');
      const content = {
        en: { ...prose.en, distractors: list(en, 'distractor') },
        zh: { ...prose.zh, distractors: list(zh, 'distractor') },
      };
      const command = one('command');
      const fix = command === undefined ? {} : { fix: { command, accept: en.neutral.accept ?? [] } };
      return [{ ...common, id: en.id, kind: 'diagnose', output: one('output') ?? '', ...fix, content }];
    }
  }
}
