import type { Metadata } from 'next';
import { ImportScreen } from '../_screens/ImportScreen';

export const metadata: Metadata = { title: 'Import · Kubecards' };

export default function ImportPage() {
  return <ImportScreen />;
}
