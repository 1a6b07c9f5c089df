'use client';
import { type ClipboardEvent, type FormEvent, type KeyboardEvent, lazy, Suspense, useRef, useState } from 'react';
import { newNoteId, saveNote, useEditorChoices } from '../../lib/hooks/noteEditor';
import { useI18n } from '../../lib/i18n';
import {
  asHtml,
  type DraftField,
  type DraftProblem,
  emptyDraft,
  type NoteDraft,
  noteProblems,
  parseTags,
  switchKind,
  wrapCloze,
} from '../../lib/import/noteDraft';

// The preview brings the card views and the answer checker: it loads after the form shows.
const NotePreview = lazy(() => import('./NotePreview').then((m) => ({ default: m.NotePreview })));

/** The kinds offered when adding: type-in is a basic note whose back is typed. */
const CHOICES = ['basic', 'typeIn', 'cloze', 'command', 'manifest'] as const;
type Choice = (typeof CHOICES)[number];
/** The fields an image can go into (pasted there, or added while it was the last one focused). */
type ImageField = 'front' | 'back' | 'text' | 'extra';
const choiceOf = (draft: NoteDraft): Choice => (draft.kind === 'basic' && draft.typeIn ? 'typeIn' : draft.kind);

export interface EditorStart {
  /** Set when editing a stored note; a new note gets a fresh id on save. */
  noteId: string | null;
  deckName: string;
  tags: string[];
  draft: NoteDraft;
}

interface Props {
  start: EditorStart;
  /** After a save: where the learner came from, when anywhere (else the editor offers to add another). */
  onSaved?(): void;
}

/** The form of one note: deck, kind, its fields, tags, and a live preview of every card it makes. */
export function NoteEditor({ start, onSaved }: Props) {
  const { t } = useI18n();
  const choices = useEditorChoices();
  const [draft, setDraft] = useState(start.draft);
  const [deckName, setDeckName] = useState(start.deckName);
  const [tagsText, setTagsText] = useState(start.tags.join(' '));
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const clozeField = useRef<HTMLTextAreaElement>(null);
  // Images added since the form opened, stored with the note; and the text field an image goes into.
  const [media, setMedia] = useState<ReadonlyMap<string, Uint8Array>>(new Map());
  const imageField = useRef<ImageField>(draft.kind === 'cloze' ? 'text' : 'front');
  const problemList = useRef<HTMLDivElement>(null);
  const adding = start.noteId === null;
  const tags = parseTags(tagsText);

  const update = (next: Partial<NoteDraft>) => {
    setDraft((d) => ({ ...d, ...next }) as NoteDraft);
    setSaved(null);
  };
  const choose = (choice: Choice) => {
    const next = switchKind(draft, choice === 'typeIn' ? 'basic' : choice);
    setDraft(next.kind === 'basic' ? { ...next, typeIn: choice === 'typeIn', reverse: choice === 'typeIn' ? false : next.reverse } : next);
  };
  const wrapSelection = () => {
    const field = clozeField.current;
    if (!field || draft.kind !== 'cloze') return;
    const { text } = wrapCloze(draft.text, field.selectionStart, field.selectionEnd);
    update({ text });
    const end = field.selectionEnd + text.length - draft.text.length;
    requestAnimationFrame(() => {
      field.focus();
      field.setSelectionRange(end, end);
    });
  };
  const addImage = async (file: File) => {
    const name = `img-${crypto.randomUUID()}.${/^image\/(\w+)/.exec(file.type)?.[1] ?? 'png'}`;
    const data = new Uint8Array(await file.arrayBuffer());
    setMedia((m) => new Map(m).set(name, data));
    const field = imageField.current;
    setDraft((d) => {
      // An image makes the note HTML: what was typed is escaped, so it reads the same.
      const html = asHtml(d) as Record<string, unknown>;
      return { ...html, [field]: `${String(html[field] ?? '')}<img src="${name}">` } as NoteDraft;
    });
    setSaved(null);
  };
  const imageProps = (field: ImageField) => ({
    onFocus: () => {
      imageField.current = field;
    },
    onPaste: (event: ClipboardEvent) => {
      const image = [...event.clipboardData.files].find((f) => f.type.startsWith('image/'));
      if (!image) return;
      event.preventDefault();
      imageField.current = field;
      void addImage(image);
    },
  });
  // Anki's shortcut for a new cloze.
  const clozeKeys = (event: KeyboardEvent) => {
    if (event.key.toLowerCase() === 'c' && event.shiftKey && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      wrapSelection();
    }
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const found = noteProblems({ draft, deckName, tags });
    setProblems(found);
    if (found.length > 0) {
      requestAnimationFrame(() => problemList.current?.focus());
      return;
    }
    setSaving(true);
    const result = await saveNote({ noteId: start.noteId ?? newNoteId(), deckName, tags, draft, media });
    setSaving(false);
    // Refused: the shell's notice says why; what was typed stays.
    if (!result) return;
    setSaved(deckName.trim());
    if (onSaved) onSaved();
    // Ready for the next note: same deck, kind and tags, empty fields.
    else if (adding) {
      setDraft((d) => (d.kind === 'basic' ? { ...d, front: '', back: '' } : emptyDraft(d.kind)));
      setMedia(new Map());
    }
  };

  const problemText = (p: DraftProblem) => t(`editor.problem.${p.code}`, { field: t(`editor.field.${p.field}`) });
  const invalid = (field: DraftField) => problems.some((p) => p.field === field);
  const fieldProps = (field: DraftField) => ({
    id: `editor-${field}`,
    className: 'text-input',
    'aria-invalid': invalid(field) || undefined,
    ...(invalid(field) ? { 'aria-describedby': 'editor-problems' } : {}),
  });
  const html = (draft.kind === 'basic' || draft.kind === 'cloze') && draft.html;
  const lastTag = /(\S*)$/.exec(tagsText)?.[1] ?? '';
  const tagHead = tagsText.slice(0, tagsText.length - lastTag.length);

  return (
    <form className="editor" onSubmit={(e) => void save(e)} noValidate>
      {problems.length > 0 && (
        <div id="editor-problems" className="notice error" role="alert" tabIndex={-1} ref={problemList}>
          <p>{t('editor.problems')}</p>
          <ul>
            {problems.map((p) => (
              <li key={`${p.field}-${p.code}`}>{problemText(p)}</li>
            ))}
          </ul>
        </div>
      )}
      <label htmlFor="editor-deck">{t('editor.field.deck')}</label>
      <input
        {...fieldProps('deck')}
        list="editor-decks"
        value={deckName}
        onChange={(e) => setDeckName(e.target.value)}
        aria-describedby="editor-deck-hint"
      />
      <datalist id="editor-decks">
        {choices?.decks.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <p id="editor-deck-hint" className="muted small">
        {t('editor.deckHint')}
      </p>

      {adding && (
        <fieldset className="segmented editor-kinds">
          <legend>{t('editor.field.kind')}</legend>
          {CHOICES.map((choice) => (
            <label key={choice}>
              <input type="radio" name="kind" checked={choiceOf(draft) === choice} onChange={() => choose(choice)} />
              {t(`editor.kind.${choice}`)}
            </label>
          ))}
        </fieldset>
      )}
      {html && <p className="muted small">{t('editor.html')}</p>}

      {draft.kind === 'basic' && (
        <>
          <label htmlFor="editor-front">{t('editor.field.front')}</label>
          <textarea
            {...fieldProps('front')}
            {...imageProps('front')}
            value={draft.front}
            onChange={(e) => update({ front: e.target.value })}
            rows={3}
          />
          <label htmlFor="editor-back">{t('editor.field.back')}</label>
          <textarea
            {...fieldProps('back')}
            {...imageProps('back')}
            value={draft.back}
            onChange={(e) => update({ back: e.target.value })}
            rows={3}
          />
          {!draft.typeIn && (
            <label className="check">
              <input type="checkbox" checked={draft.reverse} onChange={(e) => update({ reverse: e.target.checked })} />
              {t('editor.reverse')}
            </label>
          )}
        </>
      )}
      {draft.kind === 'cloze' && (
        <>
          <label htmlFor="editor-text">{t('editor.field.text')}</label>
          <textarea
            {...fieldProps('text')}
            {...imageProps('text')}
            ref={clozeField}
            value={draft.text}
            onChange={(e) => update({ text: e.target.value })}
            onKeyDown={clozeKeys}
            aria-keyshortcuts="Control+Shift+C"
            rows={4}
          />
          <div className="button-row">
            <button type="button" className="button" onClick={wrapSelection} aria-keyshortcuts="Control+Shift+C">
              {t('editor.wrapCloze', { n: Math.max(0, ...[...draft.text.matchAll(/\{\{c(\d+)::/g)].map((m) => Number(m[1]))) + 1 })}
            </button>
          </div>
          <label htmlFor="editor-extra">{t('editor.field.extra')}</label>
          <textarea
            id="editor-extra"
            className="text-input"
            value={draft.extra}
            onChange={(e) => update({ extra: e.target.value })}
            rows={2}
          />
        </>
      )}
      {(draft.kind === 'command' || draft.kind === 'manifest') && (
        <>
          <label htmlFor="editor-task">{t('editor.field.task')}</label>
          <textarea {...fieldProps('task')} value={draft.task} onChange={(e) => update({ task: e.target.value })} rows={2} />
        </>
      )}
      {draft.kind === 'command' && (
        <>
          <label htmlFor="editor-answer">{t('editor.field.answer')}</label>
          <input
            {...fieldProps('answer')}
            value={draft.answer}
            onChange={(e) => update({ answer: e.target.value })}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
          />
          <label htmlFor="editor-accept">{t('editor.field.accept')}</label>
          <textarea
            {...fieldProps('accept')}
            value={draft.accept.join('\n')}
            onChange={(e) => update({ accept: e.target.value.split('\n') })}
            autoCapitalize="off"
            spellCheck={false}
            rows={2}
          />
        </>
      )}
      {draft.kind === 'manifest' && (
        <>
          <label htmlFor="editor-yaml">{t('editor.field.yaml')}</label>
          <textarea
            {...fieldProps('yaml')}
            className="text-input code-input"
            value={draft.yaml}
            onChange={(e) => update({ yaml: e.target.value })}
            aria-describedby="editor-yaml-hint"
            autoCapitalize="off"
            spellCheck={false}
            rows={8}
          />
          <p id="editor-yaml-hint" className="muted small">
            {t('editor.yamlHint')}
          </p>
        </>
      )}
      {(draft.kind === 'command' || draft.kind === 'manifest') && (
        <>
          <label htmlFor="editor-explain">{t('editor.field.explain')}</label>
          <textarea
            id="editor-explain"
            className="text-input"
            value={draft.explain}
            onChange={(e) => update({ explain: e.target.value })}
            rows={2}
          />
        </>
      )}

      {(draft.kind === 'basic' || draft.kind === 'cloze') && (
        <label className="button editor-image">
          {t('editor.image')}
          <input
            type="file"
            accept="image/*"
            className="visually-hidden"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void addImage(file);
              e.target.value = '';
            }}
          />
        </label>
      )}

      <label htmlFor="editor-tags">{t('editor.field.tags')}</label>
      <input
        {...fieldProps('tags')}
        list="editor-tags-list"
        value={tagsText}
        onChange={(e) => setTagsText(e.target.value)}
        aria-describedby="editor-tags-hint"
        autoCapitalize="off"
      />
      <datalist id="editor-tags-list">
        {choices?.tags
          .filter((tag) => lastTag !== '' && tag.startsWith(lastTag) && !tags.includes(tag))
          .slice(0, 20)
          .map((tag) => (
            <option key={tag} value={`${tagHead}${tag}`} />
          ))}
      </datalist>
      <p id="editor-tags-hint" className="muted small">
        {t('editor.tagsHint')}
      </p>

      <Suspense>
        <NotePreview draft={draft} noteId={start.noteId ?? 'new'} deckName={deckName} tags={tags} media={media} />
      </Suspense>

      <div className="button-row editor-actions">
        <button type="submit" className="button primary" disabled={saving}>
          {t('editor.save')}
        </button>
      </div>
      <p className="notice" role="status">
        {saved !== null && (adding ? t('editor.added', { deck: saved }) : t('editor.saved'))}
      </p>
    </form>
  );
}
