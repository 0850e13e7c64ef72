// `npx tsx tests/screenshots/contact-sheet.ts`: every exercise illustration on one page, each in
// every key position (pinned with data-art-pin) and as the still picture shown when motion is
// reduced, at its default 160 px, in real Chromium with the pages' theme, light and dark. Writes
// docs/screenshots/exercise-contact-sheet-{light,dark}.png. Deterministic: nothing moves (reduced
// motion, pinned poses) and nothing reads the clock, so re-running changes no pixel.
import { mkdirSync, readFileSync } from 'node:fs';
import { register } from 'node:module';
import { Window } from 'happy-dom';
import { h, render } from 'preact';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../e2e/support/chromium';
import { REPO_ROOT } from '../e2e/support/paths';
import { EXERCISES, type ExerciseId } from '../../utils/content/exercises';
import { exerciseKeys } from '../../utils/words/content-keys';
import { getMessageFrom, messagesOf } from '../support/locale-messages';

// The component imports its stylesheet, which Node cannot load: the page gets the CSS text instead.
const skipCss = 'export const load = (url, context, next) => url.endsWith(".css") ? { format: "module", source: "", shortCircuit: true } : next(url, context);';
register(`data:text/javascript,${encodeURIComponent(skipCss)}`);
const { ExerciseArt } = await import('../../components/ExerciseArt');
const { DRAWINGS } = await import('../../components/exercise-art/drawings');

const OUT = `${REPO_ROOT}docs/screenshots`;
const CSS = ['components/theme.css', 'components/exercise-art.css'].map((file) => readFileSync(`${REPO_ROOT}${file}`, 'utf8')).join('\n');
const SHEET_CSS = `
body { padding: 20px; }
.sheet { display: grid; grid-template-columns: repeat(2, max-content); gap: 14px; }
.sheet h2 { margin-bottom: 8px; }
.cells { display: flex; gap: 8px; }
figure { margin: 0; text-align: center; font-size: 0.8rem; color: var(--muted); }
figure svg { display: block; background: var(--surface-2); border-radius: var(--radius-small); }
`;

const english = getMessageFrom(await messagesOf('en'));
/** A message as the extension shows it in an English browser. */
const inEnglish = (key: string) => english(key.replaceAll('.', '_'));

const { document } = new Window();
const sheet = document.createElement('div');
const cell = (id: ExerciseId, label: string, caption: string, pin?: number) =>
  h('figure', { 'data-art-pin': pin }, h(ExerciseArt, { id, label }), h('figcaption', null, caption));
render(
  h(
    'div',
    { class: 'sheet' },
    EXERCISES.map((exercise) => {
      const { id } = exercise;
      const keys = exerciseKeys(exercise);
      const picture = inEnglish(keys.picture);
      return h(
        'section',
        { class: 'card' },
        h('h2', null, inEnglish(keys.title)),
        h('div', { class: 'cells' }, [
          ...DRAWINGS[id]().poses.map((_, pose) => cell(id, picture, `Position ${pose + 1}`, pose)),
          cell(id, picture, 'Still (reduced motion)'),
        ]),
      );
    }),
  ),
  sheet as unknown as Element,
);
const html = `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}${SHEET_CSS}</style></head><body>${sheet.innerHTML}</body></html>`;

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_FLAGS] });
try {
  const page = await browser.newPage({ viewport: { width: 1500, height: 800 } });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.setContent(html);
    const path = `${OUT}/exercise-contact-sheet-${scheme}.png`;
    await page.screenshot({ path, fullPage: true });
    console.log(path);
  }
} finally {
  await browser.close();
}
