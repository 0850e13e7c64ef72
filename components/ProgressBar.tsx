// A labelled progress bar, exposed to assistive technology as a progressbar with its value.

export type Tone = 'calm' | 'warn' | 'danger';

interface Props {
  /** 0 to 1. */
  value: number;
  label: string;
  valueText: string;
  tone: Tone;
}

export function ProgressBar({ value, label, valueText, tone }: Props) {
  const percent = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div
      class={`progress ${tone}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={valueText}
    >
      <span style={{ width: `${percent}%` }} />
    </div>
  );
}
