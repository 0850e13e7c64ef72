// The choice of a break preset: Gentle, Recommended, Recovering hands, or Custom, which is shown
// (not chosen) once the break settings were changed by hand to values no preset has.

import type { PresetChoice, PresetName } from '@/utils/settings/presets';
import { i18n } from '@/utils/browser/i18n';

interface Props {
  value: PresetChoice;
  onChoose: (name: PresetName) => void;
  /** The heading's level where the chooser sits. */
  headingLevel: 2 | 3;
}

const CHOICES: readonly PresetChoice[] = ['gentle', 'recommended', 'recovering', 'custom'];

export function PresetChooser({ value, onChoose, headingLevel }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <fieldset class="presets">
      <legend>
        <Heading class="presets-heading">{i18n.t('preset.heading')}</Heading>
      </legend>
      {CHOICES.map((choice) => (
        <label key={choice} class={`preset ${value === choice ? 'chosen' : ''}`}>
          <input
            type="radio"
            name="preset"
            value={choice}
            checked={value === choice}
            disabled={choice === 'custom' && value !== 'custom'}
            onChange={() => {
              if (choice !== 'custom') onChoose(choice);
            }}
          />
          <span>
            <strong>{i18n.t(`preset.${choice}`)}</strong>
            <span class="preset-detail muted">{i18n.t(`preset.${choice}Detail`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
