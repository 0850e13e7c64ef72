// The popup's actions, two to a row so that no label is squeezed: start a break (or go back to it)
// and log water; pause for a while or resume, and quiet time for a meeting (30 min to 2 hours,
// ending by itself or early). Snooze sits on the status line of the nudge it holds.

import { useState } from 'preact/hooks';
import type { UserAction } from '@/utils/protocol/messages';
import type { Status } from '@/utils/tracker/status';
import { HOUR, MINUTE, nextLocalMidnight } from '@/utils/helpers/time';
import { i18n } from '@/utils/browser/i18n';

/** The actions the bar asks the background for (starting a break also opens the break view). */
export type BarAction = Extract<UserAction, { type: 'drink' | 'pause' | 'resume' | 'meeting' | 'end-meeting' }>;

interface Props {
  status: Status;
  now: number;
  onAction: (action: BarAction) => void;
  onStartBreak: () => void;
}

interface Length {
  label: 'actions.thirtyMinutes' | 'actions.oneHour' | 'actions.twoHours' | 'actions.untilTomorrow';
  until: (now: number) => number;
}

const PAUSES: readonly Length[] = [
  { label: 'actions.thirtyMinutes', until: (now) => now + 30 * MINUTE },
  { label: 'actions.oneHour', until: (now) => now + HOUR },
  { label: 'actions.untilTomorrow', until: nextLocalMidnight },
];

const MEETINGS: readonly Length[] = [
  { label: 'actions.thirtyMinutes', until: (now) => now + 30 * MINUTE },
  { label: 'actions.oneHour', until: (now) => now + HOUR },
  { label: 'actions.twoHours', until: (now) => now + 2 * HOUR },
];

type Menu = 'pause' | 'meeting' | null;

/** The lengths one menu offers, as a group of buttons. */
function LengthChoices({ id, label, lengths, onChoose }: { id: string; label: string; lengths: readonly Length[]; onChoose: (length: Length) => void }) {
  return (
    <div id={id} class="action-row length-choices" role="group" aria-label={label}>
      {lengths.map((length) => (
        <button key={length.label} type="button" class="button" onClick={() => onChoose(length)}>
          {i18n.t(length.label)}
        </button>
      ))}
    </div>
  );
}

export function ActionBar({ status, now, onAction, onStartBreak }: Props) {
  const [menu, setMenu] = useState<Menu>(null);
  const heldBack = status.paused || status.snoozed;
  const inMeeting = status.quiet?.kind === 'meeting';
  const toggle = (which: Exclude<Menu, null>) => setMenu(menu === which ? null : which);
  const choose = (action: BarAction) => {
    setMenu(null);
    onAction(action);
  };
  return (
    <section class="actions" aria-label={i18n.t('actions.heading')}>
      <div class="action-row">
        <button type="button" class="button primary" onClick={onStartBreak}>
          {i18n.t(status.breakSession !== null ? 'actions.backToBreak' : 'actions.startBreak')}
        </button>
        <button type="button" class="button" onClick={() => onAction({ type: 'drink' })}>
          {i18n.t('actions.drank')}
        </button>
      </div>
      <div class="action-row">
        {heldBack ? (
          <button type="button" class="button" onClick={() => onAction({ type: 'resume' })}>
            {i18n.t('actions.resume')}
          </button>
        ) : (
          <button type="button" class="button" aria-expanded={menu === 'pause'} aria-controls="pause-options" onClick={() => toggle('pause')}>
            {i18n.t('actions.pause')}
          </button>
        )}
        {inMeeting ? (
          <button type="button" class="button" onClick={() => onAction({ type: 'end-meeting' })}>
            {i18n.t('actions.endMeeting')}
          </button>
        ) : (
          <button type="button" class="button" aria-expanded={menu === 'meeting'} aria-controls="meeting-options" onClick={() => toggle('meeting')}>
            {i18n.t('actions.inMeeting')}
          </button>
        )}
      </div>
      {menu === 'pause' && !heldBack && (
        <LengthChoices id="pause-options" label={i18n.t('actions.pauseFor')} lengths={PAUSES} onChoose={(length) => choose({ type: 'pause', until: length.until(now) })} />
      )}
      {menu === 'meeting' && !inMeeting && (
        <LengthChoices
          id="meeting-options"
          label={i18n.t('actions.meetingOf')}
          lengths={MEETINGS}
          onChoose={(length) => choose({ type: 'meeting', until: length.until(now) })}
        />
      )}
    </section>
  );
}
