// A button for something that cannot be taken back: it asks first, inline, with Cancel. Asking
// moves the focus to Cancel, the safe answer (which reads the question as its description);
// Escape cancels; either answer gives the focus back to the button that asked.

import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '@/utils/browser/i18n';

interface Props {
  /** The button's label; the confirming button repeats it without the ellipsis. */
  label: string;
  question: string;
  tone: 'primary' | 'danger';
  onConfirm: () => void;
}

/** Where the focus goes after the next render: into the question, back to the button, or nowhere. */
type FocusMove = 'question' | 'button' | null;

export function ConfirmAction({ label, question, tone, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  const questionId = useId();
  const openerRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const focusMoveRef = useRef<FocusMove>(null);
  // As soon as the question or the button is back on the page, not after the next paint, so that
  // a key pressed at once goes where it should.
  useLayoutEffect(() => {
    const move = focusMoveRef.current;
    focusMoveRef.current = null;
    if (move === 'question') cancelRef.current?.focus();
    if (move === 'button') openerRef.current?.focus();
  }, [asking]);

  const ask = () => {
    focusMoveRef.current = 'question';
    setAsking(true);
  };
  const answer = (confirmed: boolean) => {
    focusMoveRef.current = 'button';
    setAsking(false);
    if (confirmed) onConfirm();
  };

  if (!asking) {
    return (
      <button ref={openerRef} type="button" class={`button ${tone === 'danger' ? 'danger-outline' : ''}`} onClick={ask}>
        {label}…
      </button>
    );
  }
  return (
    <div
      class="confirm"
      role="group"
      aria-label={i18n.t('confirm.confirmLabel', { action: label })}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        answer(false);
      }}
    >
      <p id={questionId}>{question}</p>
      <button type="button" class={`button ${tone}`} aria-describedby={questionId} onClick={() => answer(true)}>
        {label}
      </button>
      <button ref={cancelRef} type="button" class="button" aria-describedby={questionId} onClick={() => answer(false)}>
        {i18n.t('confirm.cancel')}
      </button>
    </div>
  );
}
