/**
 * One page → its report, as the batch's workers run it (piscina loads this module in each worker
 * thread, also when there is one). The report is serialised here, in the worker, so that the main
 * thread only writes lines.
 */
import { rowOf, type ArticleRow } from '../core/row.js';
import { InputError, reportOf } from './input.js';

export interface Task {
  id: string;
  bytes: Uint8Array;
  name: string;
  url: string | null;
  withBody: boolean;
  csv: boolean;
  /** Rows also for pages that are no news article (`--include-nonarticles`). */
  allPages?: boolean;
}
export type Done = { json: string; row: ArticleRow | null } | { error: string };

export default function analysePage(task: Task): Done {
  try {
    const report = reportOf(task.bytes, task.name, task.url, task.withBody);
    return {
      json: JSON.stringify(report),
      row:
        task.csv && (report.isArticle || task.allPages)
          ? rowOf(report, task.url ?? report.url ?? task.id, new Date().toISOString())
          : null,
    };
  } catch (e) {
    return { error: e instanceof InputError ? e.message : `analysis failed: ${(e as Error).message}` };
  }
}
