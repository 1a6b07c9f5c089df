'use client';
import { type DeckBody, type DeckConflict, pickDeckVersion, useDeckConflict, useDeckConflicts } from '../../lib/hooks/sync/deckConflict';
import { type Translate, useI18n } from '../../lib/i18n';
import { enDeckConflict } from '../../lib/i18n/enDeckConflict';
import { withExtraStrings } from '../../lib/i18n/WithExtraStrings';
import type { Lang } from '../../lib/model';

/** This notice's part of the English catalog (a module constant: the same array every render). */
const STRINGS = [enDeckConflict];

/** A deck renamed (or given another new-card limit) on two devices at once, on its own screen (lib/sync/README.md). */
export const DeckConflictNotice = withExtraStrings(STRINGS, function Notice({ deckId }: { deckId: string }) {
  const conflict = useDeckConflict(deckId);
  return conflict ? <ConflictView conflict={conflict} /> : null;
});

/** Every deck in conflict, on the home screen: the learner settles each without opening it. */
export const DeckConflicts = withExtraStrings(STRINGS, function Conflicts() {
  const conflicts = useDeckConflicts();
  return conflicts?.map((conflict) => <ConflictView key={conflict.deckId} conflict={conflict} />) ?? null;
});

function ConflictView({ conflict }: { conflict: DeckConflict }) {
  const { t, lang } = useI18n();
  const { kept, other } = { kept: conflict.kept, other: conflict.other.body };
  const renamed = kept.name[lang] !== other.name[lang];
  const limited = kept.newPerDay !== other.newPerDay;
  const limitOf = (body: DeckBody) => (body.newPerDay === undefined ? t('deckConflict.limitDefault') : body.newPerDay);
  const titleId = `deck-conflict-${conflict.deckId}`;
  return (
    <section className="deck-conflict" aria-labelledby={titleId} data-testid="deck-conflict">
      <div id={titleId}>
        {renamed && <p>{t('deckConflict.renamed', { kept: kept.name[lang], other: other.name[lang] })}</p>}
        {limited && <p>{t('deckConflict.limit', { kept: limitOf(kept), other: limitOf(other) })}</p>}
      </div>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void pickDeckVersion(conflict.deckId, 'other')}>
          {t('deckConflict.use', { version: versionLabel(t, lang, other, renamed, limited) })}
        </button>
        <button type="button" className="button" onClick={() => void pickDeckVersion(conflict.deckId, 'kept')}>
          {t('deckConflict.keep', { version: versionLabel(t, lang, kept, renamed, limited) })}
        </button>
      </div>
    </section>
  );
}

/** A version named by what differs: its name, its limit, or both. */
function versionLabel(t: Translate, lang: Lang, body: DeckBody, renamed: boolean, limited: boolean): string {
  const limit = body.newPerDay === undefined ? t('deckConflict.limitDefault') : t('deckConflict.perDay', { n: body.newPerDay });
  if (renamed && limited) return t('deckConflict.nameAndLimit', { name: body.name[lang], limit });
  return renamed ? t('deckConflict.name', { name: body.name[lang] }) : limit;
}
