import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { WithExtraStrings } from '../../../lib/i18n/WithExtraStrings';
import { NoteScreen } from '../../_screens/NoteScreen';
import { topicPage, topicSlugs } from '../notesData';

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
    <WithExtraStrings>
      <NoteScreen {...page} />
    </WithExtraStrings>
  );
}
