'use client';
import { useContext, useEffect, useMemo, useState } from 'react';
import { decodeMediaName, mediaNames } from '../../import/mediaName';
import { plainText } from '../../srs/typed';
import { MediaContext } from './MediaContext';
import { sanitizeImported } from './sanitize';

const SOUND = /\[sound:([^\]]+)\]/;

/**
 * An imported HTML field: sanitized with DOMPurify (loaded on first use) on the main thread, then its images and
 * `[sound:…]` references pointed at blob URLs of the stored media — after sanitizing, since DOMPurify strips `blob:`.
 */
export function HtmlField({ html, className }: { html: string; className?: string }) {
  const [shown, setShown] = useState<{ markup: string } | { text: string } | null>(null);
  const names = useMemo(() => mediaNames(html), [html]);
  const lookup = useContext(MediaContext);

  useEffect(() => {
    let cancelled = false;
    const urls: string[] = [];
    const sanitize = async () => {
      const [{ default: purify }, media] = await Promise.all([import('dompurify'), names.length > 0 ? lookup(names) : Promise.resolve([])]);
      const blobs = new Map<string, string>();
      media.forEach((data, i) => {
        if (!data) return;
        const url = URL.createObjectURL(new Blob([data as BlobPart]));
        urls.push(url);
        blobs.set(names[i], url);
      });
      const fragment = sanitizeImported(purify, html);
      for (const img of fragment.querySelectorAll('img')) {
        const url = blobs.get(decodeMediaName(img.getAttribute('src') ?? ''));
        if (url) img.setAttribute('src', url);
        else img.removeAttribute('src');
      }
      replaceSounds(fragment, blobs);
      const holder = document.createElement('div');
      holder.append(fragment);
      if (!cancelled) setShown({ markup: holder.innerHTML });
    };
    // If the sanitizer cannot load or run (offline before it was kept, a browser without a DOM for it), the field
    // shows its text, never raw HTML, and never stays busy.
    sanitize().catch(() => !cancelled && setShown({ text: plainText(html) }));
    return () => {
      cancelled = true;
      for (const url of urls) URL.revokeObjectURL(url);
    };
  }, [html, names, lookup]);

  // Imported text may be right-to-left (Arabic, Hebrew): the browser picks the direction from its first letters.
  if (shown === null) return <div className={className} dir="auto" aria-busy="true" />;
  if ('text' in shown)
    return (
      <div className={className} dir="auto">
        {shown.text}
      </div>
    );
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized by DOMPurify just above; only blob: URLs of our media were added after
  return <div className={className} dir="auto" dangerouslySetInnerHTML={{ __html: shown.markup }} />;
}

/** `[sound:name]` in text nodes → an audio player for the stored file (or a note that it is missing). */
function replaceSounds(root: DocumentFragment, blobs: Map<string, string>) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) if (SOUND.test((walker.currentNode as Text).data)) texts.push(walker.currentNode as Text);
  for (const text of texts) {
    const parts = text.data.split(/\[sound:([^\]]+)\]/);
    const replacement = parts.map((part, i) => {
      if (i % 2 === 0) return document.createTextNode(part);
      const url = blobs.get(part);
      if (!url) {
        const missing = document.createElement('span');
        missing.className = 'missing-media';
        missing.textContent = `🔇 ${part}`;
        return missing;
      }
      const audio = document.createElement('audio');
      audio.controls = true;
      audio.src = url;
      return audio;
    });
    text.replaceWith(...replacement);
  }
}
