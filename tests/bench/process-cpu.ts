// CPU time of one process from /proc, to the nanosecond: each thread's schedstat (its first field
// is the time it ran, in ns), where /proc/<pid>/stat counts only 10 ms clock ticks, too coarse
// for an extension that uses a few tens of ms in a run. A thread that exits between two readings
// takes its schedstat with it; the process's own tick count keeps it, so what the ticks show
// beyond the threads still there is added back (at tick precision, and almost always zero).
// Also picks out the thread that runs the service worker, which Chromium names
// "ServiceWorker thread" (the kernel keeps 15 characters of it).

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const CLOCK_TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
const NS_PER_MS = 1e6;
const WORKER_THREAD_NAME = 'ServiceWorker t';

interface ThreadCpu {
  name: string;
  /** ns on a CPU, from schedstat. */
  ranNs: number;
  /** utime + stime in clock ticks, from the thread's stat. */
  ticks: number;
}

/** A reading of one process: its live threads and its ticks (exited threads included). */
export interface CpuReading {
  threads: Map<string, ThreadCpu>;
  processTicks: number;
}

/** utime + stime (fields 14 and 15) of a stat line; the command name (field 2) may hold spaces. */
function statTicks(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** The thread, or null when it exited while being read. */
function readThread(pid: number, tid: string): ThreadCpu | null {
  try {
    const task = `/proc/${pid}/task/${tid}`;
    return {
      name: readFileSync(`${task}/comm`, 'utf8').trim(),
      ranNs: Number(readFileSync(`${task}/schedstat`, 'utf8').split(' ')[0]),
      ticks: statTicks(readFileSync(`${task}/stat`, 'utf8')),
    };
  } catch {
    return null;
  }
}

export function readCpu(pid: number): CpuReading {
  let processTicks: number;
  let tids: string[];
  try {
    processTicks = statTicks(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    tids = readdirSync(`/proc/${pid}/task`);
  } catch (error) {
    throw new Error(`the extension process ${pid} is gone (crashed, or replaced when its worker restarted): ${String(error)}`);
  }
  const threads = new Map<string, ThreadCpu>();
  for (const tid of tids) {
    const thread = readThread(pid, tid);
    if (thread !== null) threads.set(tid, thread);
  }
  return { threads, processTicks };
}

export interface CpuUsed {
  /** The whole process, in ms. */
  processMs: number;
  /** The service worker's thread alone, in ms. */
  workerMs: number;
  /** Of processMs, what threads that exited between the readings used (tick precision). */
  exitedMs: number;
}

const ticksToMs = (ticks: number) => (ticks * 1000) / CLOCK_TICKS_PER_SECOND;

/** CPU used between two readings of the same process. */
export function cpuBetween(before: CpuReading, after: CpuReading): CpuUsed {
  let ranNs = 0;
  let workerNs = 0;
  let liveTicks = 0;
  for (const [tid, thread] of after.threads) {
    const earlier = before.threads.get(tid);
    const ran = thread.ranNs - (earlier?.ranNs ?? 0);
    ranNs += ran;
    liveTicks += thread.ticks - (earlier?.ticks ?? 0);
    if (thread.name === WORKER_THREAD_NAME) workerNs += ran;
  }
  const exitedMs = Math.max(0, ticksToMs(after.processTicks - before.processTicks - liveTicks));
  return { processMs: ranNs / NS_PER_MS + exitedMs, workerMs: workerNs / NS_PER_MS, exitedMs };
}
