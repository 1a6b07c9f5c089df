import type { Metadata } from 'next';
import { WithExtraStrings } from '../../lib/i18n/WithExtraStrings';
import { NotesIndexScreen } from '../_screens/NotesIndexScreen';
import { notesIndex } from './notesData';

export const metadata: Metadata = { title: 'Notes · Kubecards' };

export default function NotesPage() {
  return (
    <WithExtraStrings>
      <NotesIndexScreen {...notesIndex()} />
    </WithExtraStrings>
  );
}
