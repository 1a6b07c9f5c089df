import type { Metadata } from 'next';
import { BrowseScreen } from '../_screens/BrowseScreen';

export const metadata: Metadata = { title: 'Browse · Kubecards' };

export default function BrowsePage() {
  return <BrowseScreen />;
}
