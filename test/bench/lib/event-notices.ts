import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runTs } from './procs';
import { log } from './db';

export interface EventNoticeBench {
  submissions: number | null;
  /** Submissions (each writes its hand-off notices in the same transaction) per second. */
  transitionsWithNoticesPerSecond: number | null;
  noticeRowsPerSecond?: number;
  /** The notice writing alone, one event per transaction. */
  noticeWritingAloneEventsPerSecond?: number;
  /** One bulk reassignment: its events and notices per second. */
  bulkNoticeEventsPerSecond?: number;
  reason?: string;
}

/** test/bench/event-notices.ts (its own database) with 1,000 submissions; its JSON answer. */
export async function runEventNoticeBench(logDir: string, submissions = 1000): Promise<EventNoticeBench> {
  const logFile = join(logDir, 'event-notices.log');
  rmSync(logFile, { force: true });
  const { code } = await runTs('test/bench/event-notices.ts', {}, logFile, [String(submissions)]);
  const out = readFileSync(logFile, 'utf8');
  const json = out.slice(out.indexOf('{'), out.lastIndexOf('}') + 1);
  if (code !== 0 || !json) return { submissions: null, transitionsWithNoticesPerSecond: null, reason: `event-notices.ts exited ${code} (see ${logFile})` };
  const figures = JSON.parse(json) as EventNoticeBench;
  log(`event notices: ${JSON.stringify(figures)}`);
  return {
    submissions: figures.submissions,
    transitionsWithNoticesPerSecond: figures.transitionsWithNoticesPerSecond,
    noticeRowsPerSecond: figures.noticeRowsPerSecond,
    noticeWritingAloneEventsPerSecond: figures.noticeWritingAloneEventsPerSecond,
    bulkNoticeEventsPerSecond: figures.bulkNoticeEventsPerSecond,
  };
}
