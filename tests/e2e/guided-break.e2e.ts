// A guided break in real Chromium: "Start break" in the popup opens the break view on its first
// exercise, shown as an illustration with an accessible name and its instruction; "Next" moves on
// to the next exercise. The illustrations move, and stand still when reduced motion is asked
// for; axe reports nothing in light or dark.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { exerciseById, type Exercise } from '../../utils/content/exercises';
import { exerciseKeys } from '../../utils/words/content-keys';
import { MINUTE } from '../../utils/helpers/time';
import { breakSessionOf } from '../support/fixtures';
import { getMessageFrom, messagesOf } from '../support/locale-messages';
import { chromiumWithTestPageForFile } from './support/chromium';
import { axeViolations, formatViolations } from './support/axe';
import { storedRunningBreak } from './support/poll';

const chromium = chromiumWithTestPageForFile();

const english = getMessageFrom(await messagesOf('en'));
/** A message as the extension shows it in an English browser. */
const inEnglish = (key: string) => english(key.replaceAll('.', '_'));

/** The names of the CSS animations running inside the illustration. */
const runningAnimations = (page: Page) =>
  page.$$eval('.exercise-art *', (elements) => elements.map((element) => getComputedStyle(element).animationName).filter((name) => name !== 'none'));

async function expectExerciseShown(page: Page, exercise: Exercise) {
  const keys = exerciseKeys(exercise);
  await page.getByRole('img', { name: inEnglish(keys.picture) }).waitFor();
  expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe(inEnglish(keys.title));
  for (const step of inEnglish(keys.steps).split('\n')) await page.getByText(step).waitFor();
}

describe('Guided break in Chromium', () => {
  test('Start break in the popup opens the first exercise, pictured and named; Next moves on; axe finds nothing', async () => {
    await chromium.session.replaceStorage({});
    const popup = await chromium.session.openExtensionPage('popup.html', { viewport: { width: 360, height: 600 } });
    const opened = chromium.session.context.waitForEvent('page', (page) => page.url().endsWith('/break.html'));
    await popup.getByRole('button', { name: 'Start break' }).click();
    const breakView = await opened;
    await breakView.setViewportSize({ width: 900, height: 800 });
    const session = await storedRunningBreak(chromium.session);
    const [first, second] = session.guide.steps.map((step) => exerciseById(step.id) as Exercise);
    await expectExerciseShown(breakView, first as Exercise);

    await breakView.getByRole('button', { name: 'Next' }).click();
    await expectExerciseShown(breakView, second as Exercise);

    for (const colorScheme of ['light', 'dark'] as const) {
      await breakView.emulateMedia({ colorScheme });
      const violations = await axeViolations(breakView);
      expect(violations, `axe violations on the guided break view (${colorScheme}):\n${formatViolations(violations)}`).toEqual([]);
    }
    await breakView.close();
  });

  test('the illustrations move, and stand still when the person prefers reduced motion', async () => {
    await chromium.session.replaceStorage({ breakSession: breakSessionOf(Date.now(), Date.now() + 5 * MINUTE) });
    const breakView = await chromium.session.openExtensionPage('break.html');
    await breakView.locator('.exercise-art').first().waitFor();
    expect(await runningAnimations(breakView)).not.toEqual([]);
    await breakView.emulateMedia({ reducedMotion: 'reduce' });
    expect(await runningAnimations(breakView)).toEqual([]);
    await breakView.close();
  });
});
