// The choice of a break plan (settings and welcome page): Gentle, Recommended, Recovering hands,
// and Custom, the person's own numbers. Each plan is a button that shows whether it is in force
// (aria-pressed) and applies only when pressed (click, Enter or Space): moving the focus through
// the plans, with Tab, changes nothing. Custom can be pressed while the person's own numbers are
// kept (custom-plan.ts); before they have any, it only says how to make them. A plan that would
// change a setting the organisation locked is disabled, and a note below says why.

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
  /** The plans that would change a setting the organisation locked (locked-settings.ts). */
  lockedOut: readonly PresetChoice[];
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

interface PlanButtonProps {
  choice: PresetChoice;
  detail: string;
  pressed: boolean;
  /** The id of the note that says why it cannot be chosen, when it cannot. */
  lockedBy: string | null;
  onChoose: Props['onChoose'];
}

function PlanButton({ choice, detail, pressed, lockedBy, onChoose }: PlanButtonProps) {
  return (
    <button
      type="button"
      class="preset"
      aria-pressed={pressed}
      disabled={lockedBy !== null}
      aria-describedby={lockedBy ?? undefined}
      onClick={() => {
        if (!pressed) onChoose(choice);
      }}
    >
      <span class="preset-mark" aria-hidden="true" />
      <PlanText choice={choice} detail={detail} />
    </button>
  );
}

export function PresetChooser({ value, custom, onChoose, lockedOut, headingLevel }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const id = useId();
  const isCustom = value === 'custom';
  const noteId = `${id}-locked`;
  const lockedBy = (choice: PresetChoice) => (lockedOut.includes(choice) ? noteId : null);
  return (
    <div class="presets" role="group" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`} class="presets-heading">
        {i18n.t('preset.heading')}
      </Heading>
      {PRESET_NAMES.map((name) => (
        <PlanButton key={name} choice={name} detail={i18n.t(`preset.${name}Detail`)} pressed={value === name} lockedBy={lockedBy(name)} onChoose={onChoose} />
      ))}
      {isCustom || custom !== null ? (
        <PlanButton
          choice="custom"
          detail={i18n.t(isCustom ? 'preset.customDetail' : 'preset.customKept')}
          pressed={isCustom}
          lockedBy={lockedBy('custom')}
          onChoose={onChoose}
        />
      ) : (
        <div class="preset unavailable">
          <span class="preset-mark" aria-hidden="true" />
          <PlanText choice="custom" detail={i18n.t('preset.customDetail')} />
        </div>
      )}
      {lockedOut.length > 0 && (
        <p id={noteId} class="plans-locked">
          {i18n.t('preset.lockedOut')}
        </p>
      )}
    </div>
  );
}
