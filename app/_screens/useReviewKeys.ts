'use client';
import { useEffect } from 'react';
import type { ReviewSession } from '../../lib/hooks';
import { RATINGS, type Rating } from '../../lib/model';

/**
 * Desktop shortcuts: Space/Enter show the answer, 1–4 rate, U or Ctrl+Z undo, `-` buries and `@` suspends the card
 * and E opens the card's note in the editor (Anki's keys). Typing in a field is left alone.
 */
export function useReviewKeys({ session, suggested }: { session: ReviewSession; suggested: Rating | null }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select') || event.altKey || event.metaKey) return;
      if ((event.ctrlKey && event.key.toLowerCase() === 'z') || (!event.ctrlKey && event.key.toLowerCase() === 'u')) {
        event.preventDefault();
        if (!event.repeat) session.undo();
        return;
      }
      if (event.ctrlKey) return;
      // A focused button takes Space and Enter itself, a focused link takes Enter; otherwise (and on the button whose
      // shortcuts these are: its click would come only with the key's release) they are ours.
      const focused = target === document.body ? null : target?.closest(event.key === ' ' ? 'button' : 'button, a');
      const handledByFocus = focused != null && !focused.matches('[aria-keyshortcuts~="Space"]');
      // A held key repeats: it must never reveal and then grade card after card (only a fresh press counts).
      if ((event.key === ' ' || event.key === 'Enter') && !handledByFocus) {
        event.preventDefault();
        if (event.repeat) return;
        if (!session.revealed) session.reveal();
        else session.answer(suggested ?? 3);
        return;
      }
      // The editor is a route of its own (nothing of it loads with review); it comes back here (its referrer) once saved.
      if (event.key === 'e' && session.current) {
        location.href = `/edit?key=${encodeURIComponent(session.current.schedule.key)}`;
        return;
      }
      if (event.key === '-' || event.key === '@') {
        event.preventDefault();
        if (!event.repeat) session.setAside(event.key === '-' ? 'bury' : 'suspend');
        return;
      }
      const rating = Number(event.key) as Rating;
      if (session.revealed && RATINGS.includes(rating)) {
        event.preventDefault();
        if (!event.repeat) session.answer(rating);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [session, suggested]);
}
