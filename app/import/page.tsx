import type { Metadata } from 'next';
import { enImport } from '../../lib/i18n/enImport';
import { WithExtraStrings } from '../../lib/i18n/WithExtraStrings';
import { ImportScreen } from '../_screens/ImportScreen';

/** This screen's part of the English catalog (a module constant: the same array every render). */
const STRINGS = [enImport];

export const metadata: Metadata = { title: 'Import · Kubecards' };

export default function ImportPage() {
  return (
    <WithExtraStrings strings={STRINGS}>
      <ImportScreen />
    </WithExtraStrings>
  );
}
