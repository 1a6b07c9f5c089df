import { Fragment } from 'react';
import { useI18n } from '../../i18n';
import { enFaces } from '../../i18n/enFaces';
import { withExtraStrings } from '../../i18n/WithExtraStrings';
import { type HighlightLine, parseCloze } from '../../model';
import type { BlankResult } from '../../srs';

export type YamlMode =
  | { mode: 'hidden' }
  | { mode: 'revealed' }
  | { mode: 'inputs'; values: string[]; onChange(index: number, value: string): void; onSubmit(): void }
  | { mode: 'checked'; results: BlankResult[] };

/** A YAML snippet coloured at build time; its `{{cN::…}}` blanks hidden, shown, typed into, or marked right/wrong. */
function YamlBlockView({ lines, ...state }: { lines: readonly HighlightLine[] } & YamlMode) {
  const { t } = useI18n();
  let blank = -1;
  const renderBlank = (answer: string, hint: string | undefined) => {
    blank++;
    const index = blank;
    switch (state.mode) {
      case 'hidden':
        return <span className="cloze cloze-blank">[{hint ? t('review.hint', { hint }) : '…'}]</span>;
      case 'revealed':
        return <mark className="cloze">{answer}</mark>;
      case 'inputs':
        return (
          <input
            className="blank-input"
            aria-label={t('card.blank', { n: index + 1 })}
            placeholder={hint ?? ''}
            value={state.values[index] ?? ''}
            onChange={(event) => state.onChange(index, event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                state.onSubmit();
              }
            }}
            enterKeyHint="done"
            size={Math.max(4, answer.length + 1)}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
          />
        );
      case 'checked': {
        const result = state.results[index];
        return result?.correct ? (
          <mark className="cloze blank-ok">{answer}</mark>
        ) : (
          <span className="blank-bad">
            <span className="visually-hidden">{t('card.yourBlank')}: </span>
            <del>{result?.typed || '∅'}</del> <mark className="cloze">{answer}</mark>
          </span>
        );
      }
    }
  };
  return (
    // Focusable: a long line scrolls sideways, and keyboard users must be able to scroll it too.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region
    <pre className="yaml" tabIndex={0}>
      <code>
        {lines.map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines of an immutable snippet
          <Fragment key={i}>
            {line.map(([cls, text], j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: pieces of an immutable line
              <span key={j} className={cls ? `hl-${cls}` : undefined}>
                {parseCloze(text).map((part, k) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: parts of an immutable piece
                  <Fragment key={k}>{'cloze' in part ? renderBlank(part.answer, part.hint) : part.text}</Fragment>
                ))}
              </span>
            ))}
            {'\n'}
          </Fragment>
        ))}
      </code>
    </pre>
  );
}

/** This part's English strings travel with it (a module constant: the same array every render). */
const STRINGS = [enFaces];
export const YamlBlock = withExtraStrings(STRINGS, YamlBlockView);
