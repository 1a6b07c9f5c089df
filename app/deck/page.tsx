import type { Metadata } from 'next';
import { Suspense } from 'react';
import { enDeck } from '../../lib/i18n/enDeck';
import { enExport } from '../../lib/i18n/enExport';
import { enImport } from '../../lib/i18n/enImport';
import { WithExtraStrings } from '../../lib/i18n/WithExtraStrings';
import { DeckScreen } from '../_screens/DeckScreen';

/** This screen's part of the English catalog (a module constant: the same array every render). */
const STRINGS = [enDeck, enImport, enExport];

export const metadata: Metadata = { title: 'Deck · Kubecards' };

export default function DeckPage() {
  return (
    <Suspense>
      <WithExtraStrings strings={STRINGS}>
        <DeckScreen />
      </WithExtraStrings>
    </Suspense>
  );
}
