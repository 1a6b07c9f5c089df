import type { Metadata } from 'next';
import { Suspense } from 'react';
import { enBrowse } from '../../lib/i18n/enBrowse';
import { enKinds } from '../../lib/i18n/enKinds';
import { WithExtraStrings } from '../../lib/i18n/WithExtraStrings';
import { BrowseScreen } from '../_screens/BrowseScreen';

/** This screen's part of the English catalog (a module constant: the same array every render). */
const STRINGS = [enBrowse, enKinds];

export const metadata: Metadata = { title: 'Browse · Kubecards' };

export default function BrowsePage() {
  return (
    <Suspense>
      <WithExtraStrings strings={STRINGS}>
        <BrowseScreen />
      </WithExtraStrings>
    </Suspense>
  );
}
