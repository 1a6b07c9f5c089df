'use client';
import { useEffect, useRef } from 'react';
import type { ReviewSession } from '../../lib/hooks';
import { isExercise, type Rating, type StudyCard, typesAnswer } from '../../lib/model';
import { DEFAULT_REVIEW_PREFS, type ReviewPrefs } from '../../lib/model/reviewPrefs';
import { gestureOf, isSideways } from '../../lib/ui/review/gesture';

/** Cards whose front asks for nothing: a tap shows their answer (typed, blank and exercise cards need their inputs). */
const tapReveals = (card: StudyCard) => !typesAnswer(card) && card.kind !== 'manifest' && !isExercise(card);

/** A short haptic tick where the device has a vibration motor (not iOS Safari, not desktops). */
const tick = () => {
  if ('vibrate' in navigator) navigator.vibrate(10);
};

/** Where a finger went down on the card, and what the card on screen was then. */
interface TouchStart {
  x: number;
  y: number;
  at: number;
  card: HTMLElement;
  /** The card on screen with its back painted when the finger went down, or null: only that card is rated. */
  shown: { key: string; version: number } | null;
  onControl: boolean;
}

/**
 * One-handed review on a touch screen: a tap on the card shows the answer, then a swipe left or right rates it (the
 * ratings the learner chose). The card follows the finger, labelled with the rating it would give. A swipe rates only
 * the card whose back was painted when it began: the session refuses it once another card is on screen.
 */
export function useSwipeGrades(session: ReviewSession, prefs: ReviewPrefs | undefined, ratingName: (rating: Rating) => string) {
  const latest = useRef(session);
  latest.current = session;
  const { gestures, swipeLeft, swipeRight } = prefs ?? { ...DEFAULT_REVIEW_PREFS, gestures: false };
  useEffect(() => {
    // Nothing until the preferences are read: a learner who turned gestures off never gets them for a moment.
    if (!gestures) return;
    const root = document.documentElement;
    root.dataset.gestures = 'on';
    let start: TouchStart | null = null;
    const settle = () => {
      if (!start) return;
      start.card.style.transform = '';
      delete start.card.dataset.swipe;
    };
    const onStart = (event: TouchEvent) => {
      settle();
      start = null;
      const target = event.target as Element;
      const card = target.closest<HTMLElement>('.review article.card');
      const touch = event.touches[0];
      if (card === null || event.touches.length !== 1 || touch === undefined) return;
      const { current, answerable } = latest.current;
      start = {
        x: touch.clientX,
        y: touch.clientY,
        at: event.timeStamp,
        card,
        shown: current && answerable ? { key: current.schedule.key, version: current.schedule.version } : null,
        onControl: target.closest('a, button, input, textarea, select, label, summary') !== null,
      };
    };
    const onMove = (event: TouchEvent) => {
      const touch = event.touches[0];
      if (!start?.shown || touch === undefined) return;
      const dx = touch.clientX - start.x;
      if (!isSideways(dx, touch.clientY - start.y)) return settle();
      start.card.style.transform = `translateX(${dx}px)`;
      start.card.dataset.swipe = ratingName(dx < 0 ? swipeLeft : swipeRight);
    };
    const onEnd = (event: TouchEvent) => {
      const touch = event.changedTouches[0];
      const begun = start;
      settle();
      start = null;
      if (begun === null || touch === undefined) return;
      const gesture = gestureOf({
        dx: touch.clientX - begun.x,
        dy: touch.clientY - begun.y,
        ms: event.timeStamp - begun.at,
        width: begun.card.getBoundingClientRect().width,
      });
      const session = latest.current;
      if (gesture === 'tap' && !begun.onControl && !session.revealed && session.current && tapReveals(session.current.card)) {
        session.reveal();
        tick();
      } else if ((gesture === 'left' || gesture === 'right') && begun.shown && session.current?.schedule.key === begun.shown.key) {
        session.answer(gesture === 'left' ? swipeLeft : swipeRight, begun.shown);
        tick();
      }
    };
    const onCancel = () => {
      settle();
      start = null;
    };
    document.addEventListener('touchstart', onStart, { passive: true });
    document.addEventListener('touchmove', onMove, { passive: true });
    document.addEventListener('touchend', onEnd);
    document.addEventListener('touchcancel', onCancel);
    return () => {
      onCancel();
      delete root.dataset.gestures;
      document.removeEventListener('touchstart', onStart);
      document.removeEventListener('touchmove', onMove);
      document.removeEventListener('touchend', onEnd);
      document.removeEventListener('touchcancel', onCancel);
    };
  }, [gestures, swipeLeft, swipeRight, ratingName]);
}
