import type { Metadata } from 'next';
import { WithExtraStrings } from '../../lib/i18n/WithExtraStrings';
import { ImportScreen } from '../_screens/ImportScreen';

export const metadata: Metadata = { title: 'Import · Kubecards' };

export default function ImportPage() {
  return (
    <WithExtraStrings>
      <ImportScreen />
    </WithExtraStrings>
  );
}
