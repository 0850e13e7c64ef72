// The toolbar badge, from the status: streak minutes on a colour that warms toward "break after",
// and a distinct mark when something is due: "31!" on red for a rest break, "4h" on brown once the
// daily limit is reached, "12!" on blue for water, "12~" on violet for a micro-pause; "II" on grey
// while tracking is paused; during a break, the minutes left in it on teal; in quiet time, "zz" on
// slate (a call, fullscreen, a meeting) over whatever is due, since nothing will nudge; outside
// working hours the streak minutes on grey (typing still counts), or "off" before any typing. The two marks that are words ("off", the "h" of hours) come in the user's
// language from the caller. Pure.

import { MINUTE } from '../helpers/time';
import type { Settings } from '../settings/settings';
import type { Status } from './status';

export interface Badge {
  text: string;
  color: string;
}

/** The badge marks that are words, in the user's language; each fits the badge's four characters. */
export interface BadgeWords {
  offHours: string;
  limitReached: (hours: number) => string;
}

const PAUSED_BADGE: Badge = { text: 'II', color: '#5f6368' };
const QUIET_BADGE: Badge = { text: 'zz', color: '#3d4f66' };
const OFF_HOURS_COLOR = '#5f6368';
const WATER_DUE_COLOR = '#1a5fb4';
const BREAK_DUE_COLOR = '#b3261e';
const DAILY_LIMIT_COLOR = '#7a4100';
const MICRO_PAUSE_COLOR = '#6b3fa0';
const ON_BREAK_COLOR = '#00695c';

/** Calm green (hue 150) at the start of a streak, warm orange (hue 25) as it reaches "break after". */
function streakColor(ratio: number): string {
  const clamped = Math.min(1, Math.max(0, ratio));
  const hue = 150 - clamped * 125;
  return hslToHex(hue, 0.75, 0.3);
}

function hslToHex(hue: number, saturation: number, lightness: number): string {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const channel = (offset: number) => {
    const k = (offset + hue / 30) % 12;
    const value = lightness - chroma / 2 * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255).toString(16).padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

export function badgeFor(status: Status, settings: Pick<Settings, 'badgeEnabled' | 'dailyLimitHours'>, words: BadgeWords): Badge {
  if (!settings.badgeEnabled) return { text: '', color: PAUSED_BADGE.color };
  if (status.paused) return PAUSED_BADGE;
  if (status.breakLeftMs !== null) return { text: String(Math.ceil(status.breakLeftMs / MINUTE)), color: ON_BREAK_COLOR };
  const streakText = status.streaking ? String(Math.floor(status.streakMs / MINUTE)) : '';
  if (status.quiet?.kind === 'off-hours') return { text: status.streaking ? streakText : words.offHours, color: OFF_HOURS_COLOR };
  if (status.quiet !== null) return QUIET_BADGE;
  if (status.breakDue) return { text: `${streakText}!`, color: BREAK_DUE_COLOR };
  if (status.dailyLimit?.reached) return { text: words.limitReached(settings.dailyLimitHours), color: DAILY_LIMIT_COLOR };
  if (status.waterDue) return { text: `${streakText}!`, color: WATER_DUE_COLOR };
  if (status.microPauseDue) return { text: `${streakText}~`, color: MICRO_PAUSE_COLOR };
  return { text: streakText, color: streakColor(status.breakProgress) };
}
