import type { Metadata } from 'next';
import { Suspense } from 'react';
import { WithExtraStrings } from '../../lib/i18n/WithExtraStrings';
import { CardScreen } from '../_screens/CardScreen';

export const metadata: Metadata = { title: 'Card · Kubecards' };

export default function CardPage() {
  return (
    <Suspense>
      <WithExtraStrings>
        <CardScreen />
      </WithExtraStrings>
    </Suspense>
  );
}
