import type { Metadata } from 'next';
import { Suspense } from 'react';
import { FirstVisitPrefetch } from '../_screens/FirstVisitPrefetch';
import { ReviewScreen } from '../_screens/ReviewScreen';

export const metadata: Metadata = { title: 'Review · Kubecards' };

export default function ReviewPage() {
  return (
    <>
      <FirstVisitPrefetch />
      <Suspense>
        <ReviewScreen />
      </Suspense>
    </>
  );
}
