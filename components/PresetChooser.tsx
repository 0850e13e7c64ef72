// The choice of a break plan (settings and welcome page): Gentle, Recommended, Recovering hands,
// and Custom, the person's own numbers. Each plan is a button that shows whether it is in force
// (aria-pressed) and applies only when pressed (click, Enter or Space): moving the focus through
// the plans, with Tab, changes nothing. Custom can be pressed while the person's own numbers are
// kept (custom-plan.ts); before they have any, it only says how to make them.

import { useId } from 'preact/hooks';
import { PRESET_NAMES, type PresetChoice } from '@/utils/settings/presets';
import type { CustomPlan } from '@/utils/settings/custom-plan';
import { i18n } from '@/utils/browser/i18n';

interface Props {
  /** The plan in force. */
  value: PresetChoice;
  /** The person's own numbers, kept while a preset is in force. */
  custom: CustomPlan | null;
  onChoose: (choice: PresetChoice) => void;
  /** The heading's level where the chooser sits. */
  headingLevel: 2 | 3;
}

/** A plan's name and what it does; in a button, both are its name, as they are what it shows. */
function PlanText({ choice, detail }: { choice: PresetChoice; detail: string }) {
  return (
    <span class="preset-text">
      <strong>{i18n.t(`preset.${choice}`)}</strong>
      <span class="preset-detail muted">{detail}</span>
    </span>
  );
}

function PlanButton({ choice, detail, pressed, onChoose }: { choice: PresetChoice; detail: string; pressed: boolean; onChoose: Props['onChoose'] }) {
  return (
    <button
      type="button"
      class="preset"
      aria-pressed={pressed}
      onClick={() => {
        if (!pressed) onChoose(choice);
      }}
    >
      <span class="preset-mark" aria-hidden="true" />
      <PlanText choice={choice} detail={detail} />
    </button>
  );
}

export function PresetChooser({ value, custom, onChoose, headingLevel }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const id = useId();
  const isCustom = value === 'custom';
  return (
    <div class="presets" role="group" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`} class="presets-heading">
        {i18n.t('preset.heading')}
      </Heading>
      {PRESET_NAMES.map((name) => (
        <PlanButton key={name} choice={name} detail={i18n.t(`preset.${name}Detail`)} pressed={value === name} onChoose={onChoose} />
      ))}
      {isCustom || custom !== null ? (
        <PlanButton choice="custom" detail={i18n.t(isCustom ? 'preset.customDetail' : 'preset.customKept')} pressed={isCustom} onChoose={onChoose} />
      ) : (
        <div class="preset unavailable">
          <span class="preset-mark" aria-hidden="true" />
          <PlanText choice="custom" detail={i18n.t('preset.customDetail')} />
        </div>
      )}
    </div>
  );
}
