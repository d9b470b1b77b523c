import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { describePdfError } from '../extract/errors.js';
import { convertJob, type ConvertJob, type JobResult } from './job.js';

/** Runs conversion jobs; close() releases its threads. */
export interface Converter {
  run(job: ConvertJob): Promise<JobResult>;
  close(): Promise<void>;
  /** Jobs it runs at a time: more are queued. */
  capacity: number;
}

/**
 * The worker module compiled beside this one. Worker threads load plain JavaScript only, so the
 * pool exists when baogao runs from dist/ (the CLI always does); when this module is loaded
 * from its TypeScript source (vitest, vite-node) there is no worker.js beside it.
 */
const workerModule = new URL('./worker.js', import.meta.url);

/**
 * A pool of worker threads sized to the cores (or `threads`) when the compiled worker module is
 * there, else conversions one at a time in this thread through the same convertJob. Both give
 * the same bytes: only where convertJob runs differs.
 */
/** How long (ms) a pool worker with nothing to do waits for the next input before it ends. */
const workerIdleTime = 30_000;

export function createConverter(threads?: number): Converter {
  if (!existsSync(fileURLToPath(workerModule))) return inProcessConverter();
  const maxThreads = Math.max(1, threads ?? availableParallelism());
  // A worker keeps its loaded dictionaries and page readers from one input to the next: the
  // batch hands inputs over one at a time as room frees (after hashing the next), and piscina's
  // default ends a worker idle for 0 ms, so each input paid jieba's and pdf.js's load again.
  const pool = new Piscina<ConvertJob, JobResult>({ filename: workerModule.href, minThreads: 0, maxThreads, idleTimeout: workerIdleTime });
  return {
    run: (job) =>
      // A worker that dies (out of memory, a crash in native code) rejects only its own job.
      pool.run(job, job.progress ? { transferList: [job.progress] } : undefined).catch((error: unknown) => ({ ok: false, reason: workerFailure(error) })),
    close: () => pool.destroy(),
    capacity: maxThreads,
  };
}

/** Why a worker died, in words: never its internals (an unhandled rejection's advice, pdf.js's exception names). */
function workerFailure(error: unknown): string {
  if ((error as { code?: string })?.code === 'ERR_WORKER_OUT_OF_MEMORY') return 'the conversion ran out of memory';
  return `the conversion stopped: ${describePdfError(error)}`;
}

function inProcessConverter(): Converter {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    run(job) {
      const result = queue.then(() => convertJob(job));
      queue = result;
      return result;
    },
    close: async () => {},
    capacity: 1,
  };
}
