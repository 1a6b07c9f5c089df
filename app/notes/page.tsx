import type { Metadata } from 'next';
import { NotesIndexScreen } from '../_screens/NotesIndexScreen';
import { notesIndex } from './notesData';

export const metadata: Metadata = { title: 'Notes · Kubecards' };

export default function NotesPage() {
  return <NotesIndexScreen {...notesIndex()} />;
}
