import { lazy, Suspense } from 'react';
import { useI18n } from '../../i18n';
import type { ReviewCard } from '../../model';
import type { BlankResult, CommandCheck, ExerciseCheck } from '../../srs';
import { CardBoundary } from '../CardBoundary';
import { clozeHtml } from '../html/clozeHtml';
import { InlineMarkdown } from '../InlineMarkdown';
import { ClozeText } from './ClozeText';
import type { ExerciseInputs } from './exerciseInputs';
import { Highlighted } from './Highlighted';
import type { BlankInputs } from './ManifestFace';

// The richer kinds load on first use (precached for offline): the first card of a session paints sooner.
const ComponentFront = lazy(() => import('./ComponentFace').then((m) => ({ default: m.ComponentFront })));
const ComponentBack = lazy(() => import('./ComponentFace').then((m) => ({ default: m.ComponentBack })));
const ObjectFront = lazy(() => import('./ObjectFace').then((m) => ({ default: m.ObjectFront })));
const ObjectBack = lazy(() => import('./ObjectFace').then((m) => ({ default: m.ObjectBack })));
const ManifestFront = lazy(() => import('./ManifestFace').then((m) => ({ default: m.ManifestFront })));
const ManifestBack = lazy(() => import('./ManifestFace').then((m) => ({ default: m.ManifestBack })));
const ProcedureFront = lazy(() => import('./ProcedureFace').then((m) => ({ default: m.ProcedureFront })));
const ProcedureBack = lazy(() => import('./ProcedureFace').then((m) => ({ default: m.ProcedureBack })));
const DiagnoseFront = lazy(() => import('./DiagnoseFace').then((m) => ({ default: m.DiagnoseFront })));
const DiagnoseBack = lazy(() => import('./DiagnoseFace').then((m) => ({ default: m.DiagnoseBack })));
// What only the back shows loads after the first card has painted (see preloadCardBack).
const CommandDiff = lazy(() => import('./CommandDiff').then((m) => ({ default: m.CommandDiff })));
const Sources = lazy(() => import('./Sources').then((m) => ({ default: m.Sources })));
/** Loads what a card's back needs, once the screen is idle: the first reveal then waits for nothing. */
export const preloadCardBack = () => Promise.all([import('./CommandDiff'), import('./Sources')]);
// Imported HTML (Anki) needs DOMPurify: loaded with the first such card.
const HtmlField = lazy(() => import('../html/HtmlField').then((m) => ({ default: m.HtmlField })));

/** Card text: our Markdown-ish inline format, or sanitized HTML for imported cards. */
function Text({ text, html }: { text: string; html?: boolean }) {
  return html ? <HtmlField html={text} /> : <InlineMarkdown text={text} />;
}

export interface CardViewProps {
  card: ReviewCard;
  revealed: boolean;
  /** Command cards: what the learner typed and the checker's verdict, once revealed. */
  typed?: string;
  check?: CommandCheck | null;
  /** Manifest cards: the blank inputs on the front, the per-blank results on the back. */
  blankInputs?: BlankInputs;
  blankResults?: BlankResult[];
  /** Procedure and diagnose cards: the answer being given on the front, and its check on the back. */
  exercise?: ExerciseInputs;
  exerciseCheck?: ExerciseCheck | null;
  /** False where many cards share a page (notes, preview): their question/answer regions would repeat as landmarks. */
  landmarks?: boolean;
  /** Offered when the card cannot be shown (see CardBoundary). */
  onSkip?: () => void;
}

function Front({ card, blankInputs, exercise, revealed }: CardViewProps) {
  const { lang } = useI18n();
  switch (card.kind) {
    case 'basic':
      return <Text text={card.content[lang].front} html={card.html} />;
    case 'cloze':
      return card.html ? (
        <HtmlField html={clozeHtml(card.content[lang].text, card.cloze, revealed)} />
      ) : (
        <ClozeText text={card.content[lang].text} active={card.cloze} revealed={revealed} />
      );
    case 'command':
      return <InlineMarkdown text={card.content[lang].task} />;
    case 'component':
      return <ComponentFront card={card} />;
    case 'object':
      return <ObjectFront card={card} />;
    case 'manifest':
      return revealed ? <InlineMarkdown text={card.content[lang].task} /> : <ManifestFront card={card} inputs={blankInputs} />;
    case 'procedure':
      return revealed ? <InlineMarkdown text={card.content[lang].task} /> : <ProcedureFront card={card} inputs={exercise} />;
    case 'diagnose':
      return <DiagnoseFront card={card} inputs={exercise} revealed={revealed} />;
  }
}

function Back({ card, typed = '', check = null, blankResults = [], exercise, exerciseCheck }: CardViewProps) {
  const { lang } = useI18n();
  switch (card.kind) {
    case 'basic':
      return (
        <>
          {card.typeIn && check && <CommandDiff typed={typed} check={check} />}
          <Text text={card.content[lang].back} html={card.html} />
        </>
      );
    case 'cloze':
      return card.content[lang].extra ? <Text text={card.content[lang].extra ?? ''} html={card.html} /> : null;
    case 'command':
      return (
        <>
          {check ? (
            <CommandDiff typed={typed} check={check} answerLine={card.answerLine && { text: card.answer, line: card.answerLine }} />
          ) : (
            <p>
              <code>{card.answerLine ? <Highlighted line={card.answerLine} /> : card.answer}</code>
            </p>
          )}
          {card.content[lang].explain && <InlineMarkdown text={card.content[lang].explain ?? ''} />}
        </>
      );
    case 'component':
      return <ComponentBack card={card} />;
    case 'object':
      return <ObjectBack card={card} />;
    case 'manifest':
      return <ManifestBack card={card} results={blankResults} />;
    case 'procedure': {
      const answer = exercise?.answer?.kind === 'procedure' ? exercise.answer : undefined;
      return <ProcedureBack card={card} answer={answer} check={exerciseCheck?.kind === 'procedure' ? exerciseCheck : null} />;
    }
    case 'diagnose': {
      const answer = exercise?.answer?.kind === 'diagnose' ? exercise.answer : undefined;
      return <DiagnoseBack card={card} answer={answer} check={exerciseCheck?.kind === 'diagnose' ? exerciseCheck : null} />;
    }
  }
}

/** Renders one card by kind, front or back. The back keeps the front visible, as learners expect. */
export function CardView(props: CardViewProps) {
  const { t, lang } = useI18n();
  const { card, revealed, landmarks = true } = props;
  const Region = landmarks ? 'section' : 'div';
  return (
    <CardBoundary raw={Object.values(card.content[lang]).join('\n')} onSkip={props.onSkip}>
      {/* No accessible name: it was the internal id ("Card arch-hub"); its question and answer regions are named. Tests
          and tools read the id from data-card-id. */}
      <article className={`card card-${card.kind}`} data-card-id={card.id}>
        <Region className="card-front" aria-label={landmarks ? t('review.question') : undefined}>
          <Suspense>
            <Front {...props} />
          </Suspense>
        </Region>
        <Region className="card-back" aria-label={landmarks ? t('review.answer') : undefined} aria-live="polite" hidden={!revealed}>
          {revealed && (
            <>
              <hr />
              <Suspense>
                <Back {...props} />
              </Suspense>
              <Suspense>
                <Sources sources={card.sources} />
              </Suspense>
            </>
          )}
        </Region>
      </article>
    </CardBoundary>
  );
}
