import type { Metadata } from 'next';
import { WithExtraStrings } from '../../lib/i18n/WithExtraStrings';
import { SettingsScreen } from '../_screens/SettingsScreen';

export const metadata: Metadata = { title: 'Settings · Kubecards' };

export default function SettingsPage() {
  return (
    <WithExtraStrings>
      <SettingsScreen />
    </WithExtraStrings>
  );
}
