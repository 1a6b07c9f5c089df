'use client';
import { Component, type ReactNode } from 'react';
import { useI18n } from '../i18n';

interface CardBoundaryProps {
  /** The card's text as stored, shown when its markup cannot be. */
  raw: string;
  /** Moves on to the next card, where the screen has one. */
  onSkip?: () => void;
  children: ReactNode;
}

/**
 * Keeps one card's failure to render inside that card: instead of the screen going down, the learner sees the card's
 * raw text and can skip it. A new card (other raw text) is tried again.
 */
export class CardBoundary extends Component<CardBoundaryProps, { failed: boolean; raw: string }> {
  override state = { failed: false, raw: this.props.raw };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: CardBoundaryProps, state: { raw: string }) {
    return props.raw === state.raw ? null : { failed: false, raw: props.raw };
  }

  override render() {
    return this.state.failed ? <BrokenCard raw={this.props.raw} onSkip={this.props.onSkip} /> : this.props.children;
  }
}

function BrokenCard({ raw, onSkip }: { raw: string; onSkip?: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="card card-broken">
      <p>{t('card.broken')}</p>
      <pre dir="auto">{raw}</pre>
      {onSkip && (
        <button type="button" className="button" onClick={onSkip}>
          {t('card.skip')}
        </button>
      )}
    </div>
  );
}
