'use client';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** Desktop: A opens Add a note (Anki's key), unless the learner is typing in a field. */
export function useAddKey(href: string) {
  const router = useRouter();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select') || event.altKey || event.metaKey || event.ctrlKey || event.key.toLowerCase() !== 'a')
        return;
      event.preventDefault();
      router.push(href);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [router, href]);
}
