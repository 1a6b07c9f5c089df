import type { Metadata } from 'next';
import { WithExtraStrings } from '../../lib/i18n/WithExtraStrings';
import { BrowseScreen } from '../_screens/BrowseScreen';

export const metadata: Metadata = { title: 'Browse · Kubecards' };

export default function BrowsePage() {
  return (
    <WithExtraStrings>
      <BrowseScreen />
    </WithExtraStrings>
  );
}
