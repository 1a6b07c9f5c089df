import type { Metadata } from 'next';
import { SettingsScreen } from '../_screens/SettingsScreen';

export const metadata: Metadata = { title: 'Settings · Kubecards' };

export default function SettingsPage() {
  return <SettingsScreen />;
}
