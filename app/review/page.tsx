import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ReviewScreen } from '../_screens/ReviewScreen';

export const metadata: Metadata = { title: 'Review · Kubecards' };

export default function ReviewPage() {
  return (
    <Suspense>
      <ReviewScreen />
    </Suspense>
  );
}
