// `npm run bench`: prints one table per figure and enforces the budgets; exits 1 when any budget
// or sanity check fails (one FAILED line each). Expects `npm run build` to have run.
// `npm run bench -- <name> ...` runs only the named figures.
// To add a figure, write a module exporting a `Figure` (see report.ts) and list it here.

import { Bench, type Figure } from './report';
import { bundleSizes } from './bundle-sizes';
import { modelYear } from './model-year';
import { historyCost } from './history-cost';
import { keystrokeCost } from './keystroke-cost';
import { reportRate } from './report-rate';
import { pagePaint } from './page-paint';
import { backgroundCost } from './background-cost';
import { hostileText } from './hostile-text';

const FIGURES: Figure[] = [bundleSizes, modelYear, historyCost, keystrokeCost, hostileText, reportRate, pagePaint, backgroundCost];

const only = process.argv.slice(2);
const unknown = only.filter((name) => !FIGURES.some((figure) => figure.name === name));
if (unknown.length > 0) {
  console.error(`bench: no figure named ${unknown.join(', ')}; figures: ${FIGURES.map((figure) => figure.name).join(', ')}`);
  process.exit(2);
}

const bench = new Bench();
for (const figure of FIGURES) {
  if (only.length === 0 || only.includes(figure.name)) await bench.figure(figure);
}
process.exitCode = bench.finish();
