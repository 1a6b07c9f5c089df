import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { enNotes } from '../../../lib/i18n/enNotes';
import { WithExtraStrings } from '../../../lib/i18n/WithExtraStrings';
import { NoteScreen } from '../../_screens/NoteScreen';
import { topicPage, topicSlugs } from '../notesData';

/** This screen's part of the English catalog (a module constant: the same array every render). */
const STRINGS = [enNotes];

export const dynamicParams = false;
export const generateStaticParams = () => topicSlugs().map((slug) => ({ slug }));

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const page = topicPage((await params).slug);
  return { title: page ? `${page.note.title.en} · Kubecards` : 'Kubecards' };
}

export default async function TopicNotePage({ params }: { params: Promise<{ slug: string }> }) {
  const page = topicPage((await params).slug);
  if (!page) notFound();
  return (
    <WithExtraStrings strings={STRINGS}>
      <NoteScreen {...page} />
    </WithExtraStrings>
  );
}
