// A button for something that cannot be taken back: it asks first, inline, with Cancel.

import { useState } from 'preact/hooks';
import { i18n } from '@/utils/browser/i18n';

interface Props {
  /** The button's label; the confirming button repeats it without the ellipsis. */
  label: string;
  question: string;
  tone: 'primary' | 'danger';
  onConfirm: () => void;
}

export function ConfirmAction({ label, question, tone, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" class={`button ${tone === 'danger' ? 'danger-outline' : ''}`} onClick={() => setAsking(true)}>
        {label}…
      </button>
    );
  }
  return (
    <div class="confirm" role="group" aria-label={i18n.t('confirm.confirmLabel', { action: label })}>
      <p>{question}</p>
      <button
        type="button"
        class={`button ${tone}`}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {label}
      </button>
      <button type="button" class="button" onClick={() => setAsking(false)}>
        {i18n.t('confirm.cancel')}
      </button>
    </div>
  );
}
