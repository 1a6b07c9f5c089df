import type { Metadata } from 'next';
import { enDomains } from '../../lib/i18n/enDomains';
import { enKinds } from '../../lib/i18n/enKinds';
import { enNotes } from '../../lib/i18n/enNotes';
import { enStats } from '../../lib/i18n/enStats';
import { WithExtraStrings } from '../../lib/i18n/WithExtraStrings';
import { StatsScreen } from '../_screens/StatsScreen';
import { notesIndex } from '../notes/notesData';

/** This screen's part of the English catalog (a module constant: the same array every render). */
const STRINGS = [enStats, enNotes, enKinds, enDomains];

export const metadata: Metadata = { title: 'Statistics · Kubecards' };

export default function StatsPage() {
  return (
    <WithExtraStrings strings={STRINGS}>
      {/* Chapter titles come from the notes, read at build time. */}
      <StatsScreen chapters={notesIndex().chapters} />
    </WithExtraStrings>
  );
}
