import { useI18n } from '../../i18n';
import { enFaces } from '../../i18n/enFaces';
import { withExtraStrings } from '../../i18n/WithExtraStrings';
import type { ManifestCard } from '../../model';
import type { BlankResult } from '../../srs';
import { InlineMarkdown } from '../InlineMarkdown';
import { YamlBlock } from './YamlBlock';

export interface BlankInputs {
  values: string[];
  onChange(index: number, value: string): void;
  /** Enter in a blank checks the answer. */
  onSubmit(): void;
}

/** Front: the task and the manifest with an input in every blank. */
function ManifestFrontView({ card, inputs }: { card: ManifestCard; inputs?: BlankInputs }) {
  const { t, lang } = useI18n();
  return (
    <>
      <p className="prompt">{t('card.fillBlanks')}</p>
      <InlineMarkdown text={card.content[lang].task} />
      {inputs ? <YamlBlock lines={card.yaml} mode="inputs" {...inputs} /> : <YamlBlock lines={card.yaml} mode="hidden" />}
    </>
  );
}

/** Back: every blank marked right or wrong (compared structurally), and the explanation. */
function ManifestBackView({ card, results }: { card: ManifestCard; results: BlankResult[] }) {
  const { t, lang } = useI18n();
  const right = results.filter((r) => r.correct).length;
  const explain = card.content[lang].explain;
  return (
    <>
      <p className={`verdict-title ${right === results.length ? 'verdict-ok' : 'verdict-bad'}`}>
        {t('card.blanksRight', { right, total: results.length })}
      </p>
      <YamlBlock lines={card.yaml} mode="checked" results={results} />
      {explain && (
        <p>
          <InlineMarkdown text={explain} />
        </p>
      )}
    </>
  );
}

/** This part's English strings travel with it (a module constant: the same array every render). */
const STRINGS = [enFaces];
export const ManifestFront = withExtraStrings(STRINGS, ManifestFrontView);
export const ManifestBack = withExtraStrings(STRINGS, ManifestBackView);
