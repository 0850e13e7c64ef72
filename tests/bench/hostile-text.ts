// Figure: what hostile text costs the parsers a person's input goes through: a host entry of a
// thousand and of a million characters, and a line of working hours of a day's length and of a
// million characters, in the shapes that make a backtracking pattern work hard (a run of colons
// ending in a line break made the old normaliser quadratic: 40,000 characters took 0.6 s),
// measured side by side. Budget: a million characters at most MAX_COST_RATIO times the short
// input, in every shape; a parser that scanned its whole input would be at about a thousand.

import { validateSetting } from '../../utils/settings/validate-settings';
import { MAX_RANGES_PER_DAY, parseRanges } from '../../utils/settings/working-hours';
import { costsSideBySide } from './side-by-side';
import { repeatedText } from '../support/fixtures';
import { formatNumber, printTable, type Bench, type Figure } from './report';

const MILLION = 1_000_000;
/** Measured at 1 to 5 (the short host entry is cut at 1,000 characters, the million at 2,048). */
const MAX_COST_RATIO = 20;

interface Case {
  input: string;
  parse: (text: string) => unknown;
  shortLength: number;
  /** The shapes it is given, each repeated to length. */
  units: readonly string[];
}

const CASES: Case[] = [
  { input: 'host entry', parse: (text) => validateSetting('excludedSites', [text]), shortLength: 1_000, units: ['a', 'a.', ':', ':\n', 'a-', 'xn--', 'a//'] },
  { input: 'working-hours line', parse: parseRanges, shortLength: MAX_RANGES_PER_DAY * 13, units: ['09:00–17:00, ', '9', ':', '0:0-'] },
];

export const hostileText: Figure = {
  name: 'hostile-text',
  title: 'Hostile text: a million characters against a short input, per call',
  run(bench: Bench) {
    const measured = CASES.flatMap(({ input, parse, shortLength, units }) =>
      units.map((unit) => {
        const short = repeatedText(unit, shortLength);
        const million = repeatedText(unit, MILLION);
        const costs = costsSideBySide({ short: () => parse(short), million: () => parse(million) }, { turns: 15, calls: 200 });
        return { input, unit: JSON.stringify(unit), shortLength, ...costs, ratio: costs.million / costs.short };
      }),
    );
    printTable(
      ['input', 'shape', 'short chars', 'short µs', '1M chars µs', 'ratio'],
      measured.map((row) => [row.input, row.unit, row.shortLength, formatNumber(row.short * 1000, 2), formatNumber(row.million * 1000, 2), formatNumber(row.ratio, 2)]),
    );
    console.log('');
    const worst = measured.reduce((most, row) => (row.ratio > most.ratio ? row : most));
    bench.budget(`a million characters / short, worst shape (${worst.input} of ${worst.unit})`, Math.round(worst.ratio * 100) / 100, '<=', MAX_COST_RATIO, 'x');
  },
};
