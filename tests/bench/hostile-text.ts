// Figure: what hostile text costs the parsers a person's input goes through: a host entry of a
// thousand and of a million characters (a run of colons ending in a line break, the shape that
// made the old normaliser quadratic), and a line of working hours of a day's length and of a
// million characters, measured side by side. Printed here; tests/unit/hostile-text.test.ts
// bounds the ratios.

import { validateSetting } from '../../utils/settings/validate-settings';
import { MAX_RANGES_PER_DAY, parseRanges } from '../../utils/settings/working-hours';
import { costsSideBySide } from '../support/side-by-side';
import { repeatedText } from '../support/fixtures';
import { formatNumber, printTable, type Figure } from './report';

const MILLION = 1_000_000;

interface Case {
  name: string;
  parse: (text: string) => unknown;
  unit: string;
  shortLength: number;
}

const CASES: Case[] = [
  { name: 'host entry', parse: (text) => validateSetting('excludedSites', [text]), unit: ':\n', shortLength: 1_000 },
  { name: 'working-hours line', parse: parseRanges, unit: '09:00–17:00, ', shortLength: MAX_RANGES_PER_DAY * 13 },
];

export const hostileText: Figure = {
  name: 'hostile-text',
  title: 'Hostile text: a million characters against a short input, per call',
  run() {
    const rows = CASES.map(({ name, parse, unit, shortLength }) => {
      const short = repeatedText(unit, shortLength);
      const million = repeatedText(unit, MILLION);
      const costs = costsSideBySide({ short: () => parse(short), million: () => parse(million) }, { turns: 15, calls: 200 });
      return [name, shortLength, formatNumber(costs.short * 1000, 2), formatNumber(costs.million * 1000, 2), formatNumber(costs.million / costs.short, 2)];
    });
    printTable(['input', 'short chars', 'short µs', '1M chars µs', 'ratio'], rows);
  },
};
