import type { Metadata } from 'next';
import { enExport } from '../../lib/i18n/enExport';
import { enSettings } from '../../lib/i18n/enSettings';
import { WithExtraStrings } from '../../lib/i18n/WithExtraStrings';
import { SettingsScreen } from '../_screens/SettingsScreen';

/** This screen's part of the English catalog (a module constant: the same array every render). */
const STRINGS = [enSettings, enExport];

export const metadata: Metadata = { title: 'Settings · Kubecards' };

export default function SettingsPage() {
  return (
    <WithExtraStrings strings={STRINGS}>
      <SettingsScreen />
    </WithExtraStrings>
  );
}
