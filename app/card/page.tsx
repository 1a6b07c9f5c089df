import type { Metadata } from 'next';
import { Suspense } from 'react';
import { enCardActions } from '../../lib/i18n/enCardActions';
import { enNotes } from '../../lib/i18n/enNotes';
import { WithExtraStrings } from '../../lib/i18n/WithExtraStrings';
import { CardScreen } from '../_screens/CardScreen';

/** This screen's part of the English catalog (a module constant: the same array every render). */
const STRINGS = [enNotes, enCardActions];

export const metadata: Metadata = { title: 'Card · Kubecards' };

export default function CardPage() {
  return (
    <Suspense>
      <WithExtraStrings strings={STRINGS}>
        <CardScreen />
      </WithExtraStrings>
    </Suspense>
  );
}
