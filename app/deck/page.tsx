import type { Metadata } from 'next';
import { Suspense } from 'react';
import { WithExtraStrings } from '../../lib/i18n/WithExtraStrings';
import { DeckScreen } from '../_screens/DeckScreen';

export const metadata: Metadata = { title: 'Deck · Kubecards' };

export default function DeckPage() {
  return (
    <Suspense>
      <WithExtraStrings>
        <DeckScreen />
      </WithExtraStrings>
    </Suspense>
  );
}
