import type { Metadata } from 'next';
import { enDomains } from '../../lib/i18n/enDomains';
import { enNotes } from '../../lib/i18n/enNotes';
import { WithExtraStrings } from '../../lib/i18n/WithExtraStrings';
import { NotesIndexScreen } from '../_screens/NotesIndexScreen';
import { notesIndex } from './notesData';

/** This screen's part of the English catalog (a module constant: the same array every render). */
const STRINGS = [enNotes, enDomains];

export const metadata: Metadata = { title: 'Notes · Kubecards' };

export default function NotesPage() {
  return (
    <WithExtraStrings strings={STRINGS}>
      <NotesIndexScreen {...notesIndex()} />
    </WithExtraStrings>
  );
}
