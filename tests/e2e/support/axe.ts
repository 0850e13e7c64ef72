// axe-core in an extension page. The pages' CSP (MV3: script-src 'self') blocks the inline
// <script> that Playwright's page.addScriptTag() adds, with { content } and with { path } alike
// (both insert the source inline). page.evaluate() of the source runs it through the DevTools
// protocol, which CSP does not govern, and axe itself needs no eval: that is how it gets in.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { AxeResults, ImpactValue, RunOptions } from 'axe-core';
import { REPO_ROOT } from './paths';

export interface AxeViolation {
  id: string;
  impact: ImpactValue | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; failureSummary: string }[];
}

let axeSource: string | undefined;

/** Runs every enabled axe rule (WCAG 2.x A and AA, and best practices) on the page; returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(`${REPO_ROOT}node_modules/axe-core/axe.min.js`, 'utf8');
  const present = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === 'object');
  if (!present) await page.evaluate(axeSource);
  const options: RunOptions = { resultTypes: ['violations'] };
  return page.evaluate(async (runOptions) => {
    const { axe } = globalThis as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } };
    const results = await axe.run(document, runOptions);
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map(String).join(' '),
        html: node.html,
        failureSummary: node.failureSummary ?? '',
      })),
    }));
  }, options);
}

/** One block per violation: id, impact, help and each target node with what to fix. */
export function formatViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((violation) =>
      [
        `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help} <${violation.helpUrl}>`,
        ...violation.nodes.map(
          (node) => `  - ${node.target}\n    ${node.html}\n    ${node.failureSummary.replaceAll('\n', '\n    ')}`,
        ),
      ].join('\n'),
    )
    .join('\n');
}
