import type { Metadata } from 'next';
import { StatsScreen } from '../_screens/StatsScreen';

export const metadata: Metadata = { title: 'Statistics · Kubecards' };

export default function StatsPage() {
  return <StatsScreen />;
}
