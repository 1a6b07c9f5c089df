import { Fragment, type ReactNode } from 'react';
import type { NoteBlock } from '../model';
import { YamlBlock } from './cards/YamlBlock';
import { InlineMarkdown } from './InlineMarkdown';

/** A note's prose; each card reference is drawn by `renderCard` (the notes screen shows it inline). */
export function NoteBody({ blocks, renderCard }: { blocks: NoteBlock[]; renderCard(noteId: string): ReactNode }) {
  return (
    <>
      {blocks.map((block, i) => {
        // The page shows the topic title as its h1; the note's own top heading would repeat it.
        if (i === 0 && block.t === 'h' && block.level === 1) return null;
        const key = `${i}`;
        switch (block.t) {
          case 'h': {
            // The page title is the h1 (the note's own top heading is dropped above), so headings start at h2.
            const Tag = `h${Math.min(6, Math.max(2, block.level))}` as 'h2';
            return (
              <Tag key={key}>
                <InlineMarkdown text={block.text} />
              </Tag>
            );
          }
          case 'p':
            return (
              <p key={key}>
                <InlineMarkdown text={block.text} />
              </p>
            );
          case 'ul':
          case 'ol': {
            const List = block.t;
            return (
              <List key={key}>
                {block.items.map((item, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: items of an immutable list
                  <li key={j}>
                    <InlineMarkdown text={item} />
                  </li>
                ))}
              </List>
            );
          }
          case 'code':
            return <YamlBlock key={key} lines={block.lines} mode="revealed" />;
          case 'card':
            return <Fragment key={key}>{renderCard(block.id)}</Fragment>;
          default:
            return null;
        }
      })}
    </>
  );
}
