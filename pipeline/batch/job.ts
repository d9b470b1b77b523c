import type { MessagePort } from 'node:worker_threads';
import { convert } from '../convert.js';
import type { OcrMode } from '../extract/index.js';
import { outputFiles, type FactsFormat, type OutputFile } from '../output.js';
import { ConversionError, type Message } from '../types.js';

/** One input to convert: what a worker receives (plain data, so it crosses thread boundaries). */
export interface ConvertJob {
  path: string;
  outDir: string;
  format: FactsFormat;
  password?: string;
  ocr?: OcrMode;
  /** Threads reading the pages of this input (its share of the cores). */
  pageThreads?: number;
  /** Whether the worker keeps its page readers for its next input (more inputs than workers). */
  keepReaders?: boolean;
  /** Where progress through the pages read by OCR is posted, as OcrProgress messages. */
  progress?: MessagePort;
}

/** A page about to be read by OCR: its number, and its place among the pages OCR reads. */
export interface OcrProgress {
  page: number;
  index: number;
  count: number;
}

/**
 * What a worker sends back: the texts to write (the main thread writes them, so a failed write
 * and the batch's bookkeeping stay in one place), or why no output is possible. Failures are
 * returned, not thrown: a ConversionError would lose its reason crossing the thread boundary.
 */
export type JobResult = { ok: true; files: OutputFile[]; messages: Message[] } | { ok: false; reason: string };

/** Converts one input and renders its output files, as a single-file run would. */
export async function convertJob(job: ConvertJob): Promise<JobResult> {
  try {
    const progress = job.progress;
    const onOcrPage = progress ? (page: number, index: number, count: number) => progress.postMessage({ page, index, count } satisfies OcrProgress) : undefined;
    const doc = await convert(job.path, { password: job.password, ocr: job.ocr, onOcrPage, threads: job.pageThreads, keepReaders: job.keepReaders });
    return { ok: true, files: outputFiles(doc, job.outDir, job.format), messages: doc.messages };
  } catch (error) {
    if (error instanceof ConversionError) return { ok: false, reason: error.reason };
    return { ok: false, reason: `internal error: ${error instanceof Error ? error.message : String(error)}` };
  }
}
