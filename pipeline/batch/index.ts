import { createHash } from 'node:crypto';
import { MessageChannel } from 'node:worker_threads';
import { createReadStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { outputName, outputNameClashes } from '../inputs.js';
import { isUpToDate, writeFiles, type FactsFormat } from '../output.js';
import type { OcrMode } from '../extract/index.js';
import type { Message } from '../types.js';
import { createConverter, type Converter } from './converter.js';
import type { ConvertJob, OcrProgress } from './job.js';

export { createConverter, type Converter } from './converter.js';
export { convertJob, type ConvertJob, type JobResult, type OcrProgress } from './job.js';

export interface BatchOptions {
  outDir: string;
  format: FactsFormat;
  password?: string;
  /** When pages are read by OCR ('auto' when not given). */
  ocr?: OcrMode;
  /** Convert even inputs whose outputs were written from the same bytes by this version. */
  force?: boolean;
  /** Worker threads; the number of cores when not given. */
  threads?: number;
  /** Called before each page an input's conversion reads by OCR. */
  onOcrPage?: (file: string, progress: OcrProgress) => void;
  /** Called as each input is settled, in completion order. */
  onSettled?: (outcome: FileOutcome) => void;
  /**
   * Stops the batch (Ctrl-C): no conversion starts after it is aborted, those under way finish
   * and are written, and every input not started settles as interrupted.
   */
  signal?: AbortSignal;
}

export type FileOutcome =
  /** warnings: the warnings and errors the stages raised (info messages left out). */
  | { file: string; status: 'converted'; outputs: string[]; warnings: Message[] }
  /** Outputs already written from the same bytes by this version of baogao. */
  | { file: string; status: 'unchanged' }
  | { file: string; status: 'failed'; reason: string }
  /** Not started: the batch was stopped first. */
  | { file: string; status: 'interrupted' };

export interface BatchSummary {
  /** One outcome per input, in input order. */
  outcomes: FileOutcome[];
  converted: number;
  unchanged: number;
  failed: number;
  interrupted: number;
  /** Warnings and errors raised while converting the inputs that were converted. */
  warnings: number;
}

/**
 * Converts many inputs on a worker pool. No input stops the batch: each ends converted,
 * unchanged (skipped) or failed with its reason. Every output is written atomically.
 */
export async function convertBatch(files: string[], options: BatchOptions): Promise<BatchSummary> {
  const clashes = outputNameClashes(files);
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const converter = createConverter(threads);
  // File-level and page-level threads share the cores: one file alone reads its pages in all of
  // them; as many files as threads each read theirs in one.
  const pageThreads = Math.max(1, Math.floor(threads / Math.min(threads, Math.max(1, files.length))));
  // With more files than pool threads, a pool thread converts one file after another: its page
  // readers stay for the next file (pdf.js loads once per reader, not once per file).
  const reading: PageThreading = { pageThreads, keepReaders: files.length > threads };
  const settle = (outcome: FileOutcome) => {
    options.onSettled?.(outcome);
    return outcome;
  };
  const pending: Promise<FileOutcome>[] = [];
  // Conversions are handed to the converter only as it has room, so a stopped batch has no queue to drain.
  const running = new Set<Promise<unknown>>();
  const stopped = new Promise<void>((resolve) => options.signal?.addEventListener('abort', () => resolve(), { once: true }));
  try {
    // Hashing is cheap next to converting: done here, one input at a time, while the pool converts.
    for (const file of files) {
      const earlier = clashes.get(file);
      if (earlier !== undefined) {
        pending.push(Promise.resolve(settle({ file, status: 'failed', reason: `same output name as ${earlier}: its outputs would be overwritten` })));
        continue;
      }
      if (!options.force) {
        const sha256 = await hashFile(file).catch(() => undefined);
        if (sha256 !== undefined && (await isUpToDate(outputName(file), sha256, options.outDir, options.format))) {
          pending.push(Promise.resolve(settle({ file, status: 'unchanged' })));
          continue;
        }
      }
      while (running.size >= converter.capacity && !options.signal?.aborted) await Promise.race([...running, stopped]);
      if (options.signal?.aborted) {
        pending.push(Promise.resolve(settle({ file, status: 'interrupted' })));
        continue;
      }
      const conversion = convertOne(file, options, converter, reading);
      running.add(conversion);
      void conversion.finally(() => running.delete(conversion));
      pending.push(conversion.then(settle));
    }
    return summarize(await Promise.all(pending));
  } finally {
    await converter.close();
  }
}

/** How each file of a batch reads its pages. */
type PageThreading = Pick<ConvertJob, 'pageThreads' | 'keepReaders'>;

async function convertOne(file: string, options: BatchOptions, converter: Converter, reading: PageThreading): Promise<FileOutcome> {
  const onOcrPage = options.onOcrPage;
  const channel = onOcrPage ? new MessageChannel() : undefined;
  channel?.port1.on('message', (progress: OcrProgress) => onOcrPage!(file, progress));
  const result = await converter
    .run({ path: file, outDir: options.outDir, format: options.format, password: options.password, ocr: options.ocr, ...reading, progress: channel?.port2 })
    .finally(() => channel?.port1.close());
  if (!result.ok) return { file, status: 'failed', reason: result.reason };
  try {
    const outputs = await writeFiles(result.files);
    return { file, status: 'converted', outputs, warnings: result.messages.filter((message) => message.severity !== 'info') };
  } catch (error) {
    return { file, status: 'failed', reason: `cannot write outputs (${(error as Error).message})` };
  }
}

function summarize(outcomes: FileOutcome[]): BatchSummary {
  const count = (status: FileOutcome['status']) => outcomes.filter((outcome) => outcome.status === status).length;
  const warnings = outcomes.reduce((total, outcome) => total + (outcome.status === 'converted' ? outcome.warnings.length : 0), 0);
  return { outcomes, converted: count('converted'), unchanged: count('unchanged'), failed: count('failed'), interrupted: count('interrupted'), warnings };
}

/** The sha256 of a file, read as a stream. */
export function hashFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
