// The choice of a break preset: Gentle, Recommended, Recovering hands, or Custom, which is shown
// (not chosen) once the break settings were changed by hand to values no preset has.

import type { PresetChoice, PresetName } from '@/utils/presets';

interface Props {
  value: PresetChoice;
  onChoose: (name: PresetName) => void;
  /** The heading's level where the chooser sits. */
  headingLevel: 2 | 3;
}

const CHOICES: { value: PresetChoice; label: string; detail: string }[] = [
  { value: 'gentle', label: 'Gentle', detail: 'A 5 min rest break after 45 min of typing. No micro-pauses.' },
  {
    value: 'recommended',
    label: 'Recommended',
    detail: 'A 30 s micro-pause every 15 min of typing and a 5 min rest break every 30 min.',
  },
  {
    value: 'recovering',
    label: 'Recovering hands',
    detail: 'A 30 s micro-pause every 10 min, a 5 min rest break every 20 min, and a daily limit of 3 h.',
  },
  { value: 'custom', label: 'Custom', detail: 'Your own numbers, set field by field in the settings.' },
];

export function PresetChooser({ value, onChoose, headingLevel }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <fieldset class="presets">
      <legend>
        <Heading class="presets-heading">Break plan</Heading>
      </legend>
      {CHOICES.map((choice) => (
        <label key={choice.value} class={`preset ${value === choice.value ? 'chosen' : ''}`}>
          <input
            type="radio"
            name="preset"
            value={choice.value}
            checked={value === choice.value}
            disabled={choice.value === 'custom' && value !== 'custom'}
            onChange={() => {
              if (choice.value !== 'custom') onChoose(choice.value);
            }}
          />
          <span>
            <strong>{choice.label}</strong>
            <span class="preset-detail muted">{choice.detail}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
