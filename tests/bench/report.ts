// The bench's shared plumbing: what a figure is, aligned tables, and budget checks that are
// recorded so the driver can exit non-zero with one line per broken budget.

export interface Figure {
  /** Short name to run it alone: `npm run bench -- <name>`. */
  name: string;
  title: string;
  run(bench: Bench): void | Promise<void>;
}

export type Cell = string | number;

/** Integers with thousands separators; other numbers with `digits` decimals. */
export function formatNumber(value: number, digits = 1): string {
  return value.toLocaleString('en-US', {
    minimumFractionDigits: Number.isInteger(value) ? 0 : digits,
    maximumFractionDigits: Number.isInteger(value) ? 0 : digits,
  });
}

const NUMERIC = /^[-+]?[\d,.]+$/;

/** Prints an aligned table; a column whose body cells are all numbers (or '') is right-aligned. */
export function printTable(header: readonly string[], rows: readonly (readonly Cell[])[]): void {
  const text = rows.map((row) => row.map((cell) => (typeof cell === 'number' ? formatNumber(cell) : cell)));
  const widths = header.map((title, column) => Math.max(title.length, ...text.map((row) => (row[column] ?? '').length)));
  const right = header.map((_, column) => text.every((row) => (row[column] ?? '') === '' || NUMERIC.test(row[column] ?? '')));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (right[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  console.log(`  ${line(header)}`);
  console.log(`  ${line(widths.map((width) => '-'.repeat(width)))}`);
  for (const row of text) console.log(`  ${line(row)}`);
}

export class Bench {
  private readonly failures: string[] = [];
  private checks = 0;
  private current = '';

  /** Runs one figure; an exception fails the bench with the figure's name and the message. */
  async figure(figure: Figure): Promise<void> {
    this.current = figure.name;
    console.log(`\n## ${figure.title}\n`);
    const start = performance.now();
    try {
      await figure.run(this);
    } catch (error) {
      this.checks += 1;
      this.fail(`error: ${error instanceof Error ? error.message : String(error)}`);
    }
    console.log(`  (${figure.name}: ${formatNumber((performance.now() - start) / 1000, 1)} s)`);
  }

  /** A budget: `value` must be at most (`<=`), at least (`>=`) or exactly (`==`) `limit`. */
  budget(label: string, value: number, relation: '<=' | '>=' | '==', limit: number, unit: string): void {
    const ok = relation === '<=' ? value <= limit : relation === '>=' ? value >= limit : value === limit;
    const shown = { '<=': ok ? '≤' : '>', '>=': ok ? '≥' : '<', '==': ok ? '=' : '≠' }[relation];
    this.check(label, ok, `${formatNumber(value)} ${unit} ${shown} ${formatNumber(limit)} ${unit} budget`);
  }

  /** Any pass/fail condition (sanity checks included), printed either way. */
  check(label: string, ok: boolean, detail: string): void {
    this.checks += 1;
    if (ok) console.log(`  ok    ${label}: ${detail}`);
    else this.fail(`${label}: ${detail}`);
  }

  private fail(message: string): void {
    const line = `${this.current}: ${message}`;
    this.failures.push(line);
    console.log(`  FAIL  ${message}`);
  }

  /** Prints the verdict; returns the process exit code. */
  finish(): number {
    console.log('');
    if (this.failures.length === 0) {
      console.log(`bench: all ${this.checks} checks passed`);
      return 0;
    }
    console.log(`bench: ${this.failures.length} of ${this.checks} checks FAILED`);
    for (const failure of this.failures) console.log(`  FAILED  ${failure}`);
    return 1;
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
