import type { Metadata } from 'next';
import { WithExtraStrings } from '../../lib/i18n/WithExtraStrings';
import { StatsScreen } from '../_screens/StatsScreen';

export const metadata: Metadata = { title: 'Statistics · Kubecards' };

export default function StatsPage() {
  return (
    <WithExtraStrings>
      <StatsScreen />
    </WithExtraStrings>
  );
}
