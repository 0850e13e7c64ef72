import { describe, expect, it } from 'vitest';
import { ARTICLE_POINTS, TIPS } from '@/utils/content/tips';
import { articlePointKey, tipKeys } from '@/utils/words/content-keys';
import { doctorCard, guidanceNote, tipText, tipTitle } from '@/utils/words/content-text';
import {
  chooseTip,
  KINDS_FOR_MOMENT,
  RECENT_TIPS_KEPT,
  rememberTip,
  type TipMoment,
} from '@/utils/content/tip-choice';
import { MINUTE } from '@/utils/helpers/time';
import { statusAt } from '@/utils/tracker/status';
import { runsSharedWithArticle } from '../support/article';
import { messagesOf } from '../support/locale-messages';
import { makeNudges, makeSettings, makeTrackerState, makeTypingState, MONDAY_9AM } from '../support/fixtures';

describe('tips', () => {
  it('has at least 24 tips with unique ids, each tagged with an article point and a kind', () => {
    expect(TIPS.length).toBeGreaterThanOrEqual(24);
    expect(new Set(TIPS.map((tip) => tip.id)).size).toBe(TIPS.length);
    for (const tip of TIPS) {
      expect(ARTICLE_POINTS).toContain(tip.point);
      expect(['break', 'stretch', 'grip', 'hydration', 'food', 'medical']).toContain(tip.kind);
      expect(tipTitle(tip).length).toBeGreaterThan(0);
      expect(tipText(tip).length).toBeLessThanOrEqual(140);
    }
  });

  it.each(ARTICLE_POINTS)('article point %s has at least two tips', (point) => {
    expect(TIPS.filter((tip) => tip.point === point).length).toBeGreaterThanOrEqual(2);
  });

  it('every tip has its own title and text in the English locale file, and every article point its name', async () => {
    const english = await messagesOf('en');
    const names = [...TIPS.flatMap((tip) => Object.values(tipKeys(tip))), ...ARTICLE_POINTS.map(articlePointKey)].map((key) => key.replaceAll('.', '_'));
    expect(new Set(names).size).toBe(TIPS.length * 2 + ARTICLE_POINTS.length);
    expect(names.filter((name) => english[name] === undefined)).toEqual([]);
  });

  it('the article check would catch a pasted sentence', () => {
    const pasted = 'Activities such as typing for long periods, writing, or gripping objects tightly';
    expect(runsSharedWithArticle(pasted)).not.toEqual([]);
  });

  it('no tip, doctor card or note shares six consecutive words with the article', () => {
    const doctor = doctorCard();
    const texts = [
      ...TIPS.flatMap((tip) => [tipTitle(tip), tipText(tip), `${tipTitle(tip)} ${tipText(tip)}`]),
      doctor.title,
      `${doctor.intro} ${doctor.reasons.join(' ')}`,
      guidanceNote(),
    ];
    for (const text of texts) {
      expect(runsSharedWithArticle(text), text).toEqual([]);
    }
  });
});

describe('tip choice', () => {
  const settings = makeSettings();

  it.each([
    ['break', { streakMs: 25 * MINUTE }, {}],
    ['break', { streakMs: 40 * MINUTE, activeMs: 90 * MINUTE }, {}],
    ['water', { streakMs: 5 * MINUTE, activeMs: 61 * MINUTE }, {}],
    ['general', { streakMs: 5 * MINUTE, activeMs: 61 * MINUTE }, { hydration: { stage: 'counting', drankAtMs: 30 * MINUTE, remindedAtMs: null } }],
    ['general', null, {}],
  ] as const)('the moment is %s', (moment, streak, nudges) => {
    const typing = streak === null ? makeTypingState() : makeTypingState({ ...streak, streakStartedAt: MONDAY_9AM, coveredUntil: MONDAY_9AM });
    const state = makeTrackerState({ typing, nudges: makeNudges(nudges) });
    expect(statusAt(state, settings, MONDAY_9AM).moment).toBe(moment);
  });

  it.each(['break', 'water', 'general'] as TipMoment[])('%s tips are of the fitting kinds and do not repeat recent ones', (moment) => {
    let recent: string[] = [];
    const fitting = TIPS.filter((tip) => KINDS_FOR_MOMENT[moment].includes(tip.kind));
    for (let step = 0; step < 50; step += 1) {
      const tip = chooseTip(moment, recent, MONDAY_9AM + step * 7 * MINUTE);
      expect(KINDS_FOR_MOMENT[moment]).toContain(tip.kind);
      const window = Math.min(RECENT_TIPS_KEPT, fitting.length - 1);
      expect(recent.slice(-window)).not.toContain(tip.id);
      recent = rememberTip(recent, tip.id);
    }
  });

  it('general tips mix the kinds over a day', () => {
    let recent: string[] = [];
    const kinds = new Set<string>();
    for (let step = 0; step < 30; step += 1) {
      const tip = chooseTip('general', recent, MONDAY_9AM + step * 17 * MINUTE);
      kinds.add(tip.kind);
      recent = rememberTip(recent, tip.id);
    }
    expect(kinds.size).toBeGreaterThanOrEqual(4);
  });

  it('the same state and time give the same tip', () => {
    const recent = ['micro-pause', 'light-mouse'];
    expect(chooseTip('break', recent, MONDAY_9AM + 12_345)).toEqual(chooseTip('break', [...recent], MONDAY_9AM + 12_345));
  });

  it('remembers at most the last few tips, most recent last', () => {
    let recent: string[] = [];
    for (const tip of TIPS.slice(0, RECENT_TIPS_KEPT + 3)) recent = rememberTip(recent, tip.id);
    expect(recent).toEqual(TIPS.slice(3, RECENT_TIPS_KEPT + 3).map((tip) => tip.id));
    expect(rememberTip(['a', 'b', 'c'], 'a')).toEqual(['b', 'c', 'a']);
  });
});
