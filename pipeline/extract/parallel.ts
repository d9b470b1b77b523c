import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Message, Page } from '../types.js';
import { ConversionError } from '../types.js';
import { describeLoadError, describePdfError } from './errors.js';
import { commonHanCharacters } from './ocr/index.js';
import { openPdf, readPage, readPdfInfo, type PdfInfo } from './pdf.js';

export interface PageReading {
  /** Password of an encrypted PDF. */
  password?: string;
  /** Threads reading the pages of one file; the number of cores when not given. */
  threads?: number;
  /** Seconds one page may take to read; a page over it is skipped with a warning. */
  pageTimeLimit?: number;
  /** Seconds one file may take to read; a file over it fails. */
  fileTimeLimit?: number;
  /** Megabytes of heap each reading thread may use; a page that needs more is skipped with a warning. */
  memoryLimit?: number;
  /**
   * Keeps the reading threads, idle, for the next file read in this thread (a batch), so that
   * pdf.js loads once per thread rather than once per file. Idle threads hold memory: a single
   * file lets them end.
   */
  keepReaders?: boolean;
  /** Called with each page once it is read, in the order pages finish (not page order). */
  onPage?: (page: Page, pageCount: number) => void;
}

export interface PdfReading {
  info: PdfInfo;
  /** Every page in page order; a page that could not be read is there, empty. */
  pages: Page[];
  /** One warning per page that could not be read. */
  messages: Message[];
}

const defaultPageTimeLimit = 30;
const defaultFileTimeLimit = 600;
const defaultMemoryLimit = 1024;
/**
 * A reading thread costs a pdf.js start-up: loading it, opening the document, parsing the fonts
 * its pages use again (on a 13-page report about as much CPU as reading 10 pages). Fewer pages
 * than this per thread are read by fewer threads.
 */
const minimumPagesPerThread = 16;

/**
 * The worker module compiled beside this one. Worker threads load plain JavaScript only: when
 * this module runs from its TypeScript source (vitest) pages are read in this thread, one after
 * another, by the same readPage, with the same result but no time or memory limit.
 */
const workerModule = new URL('./page-worker.js', import.meta.url);

/**
 * Reads every page of a PDF, in worker threads when they are available. expectedPages, called
 * once the first reader has started, gives the page count the file declares (if it does): it
 * decides how many more readers are worth starting.
 */
export function readPdfPages(path: string, bytes: Uint8Array, options: PageReading, expectedPages?: () => number | undefined): Promise<PdfReading> {
  if (existsSync(fileURLToPath(workerModule))) return readInWorkers(path, bytes, options, expectedPages);
  return readInThisThread(path, bytes, options);
}

/**
 * What the main thread asks a page reader: open a document (numbered, so that a reader serving
 * one file after another never mixes their replies), read some of its pages, or close it.
 */
export type ReaderRequest =
  /** describe: whether this reader sends the page count, metadata and outline. */
  | { type: 'open'; document: number; bytes: Uint8Array; password?: string; describe: boolean }
  | { type: 'read'; document: number; pages: number[] }
  | { type: 'close' };

/** What a page reader sends back: the document opened (or why not), then each page in turn. */
export type ReaderReply =
  | { type: 'opened'; document: number; info?: PdfInfo }
  | { type: 'failed'; document: number; reason: string }
  | { type: 'page'; document: number; number: number; page: Page }
  | { type: 'page-failed'; document: number; number: number; cause: string };

function unreadPage(number: number): Page {
  return { number, width: 0, height: 0, lines: [], rules: [], images: [] };
}

function collect(info: PdfInfo, read: Map<number, Page>, failures: Map<number, string>): PdfReading {
  const pages: Page[] = [];
  const messages: Message[] = [];
  for (let number = 1; number <= info.pageCount; number++) {
    const failure = failures.get(number);
    if (failure !== undefined) messages.push({ severity: 'warning', stage: 'extract', page: number, text: `page ${number} could not be read: ${failure}` });
    pages.push(read.get(number) ?? unreadPage(number));
  }
  return { info, pages, messages };
}

async function readInThisThread(path: string, bytes: Uint8Array, options: PageReading): Promise<PdfReading> {
  let opened: Awaited<ReturnType<typeof openPdf>>;
  try {
    opened = await openPdf(new Uint8Array(bytes), options.password);
  } catch (error) {
    throw new ConversionError(path, describeLoadError(error, options.password));
  }
  const { doc, ops } = opened;
  try {
    const info = await readPdfInfo(doc);
    const commonHan = await commonHanCharacters();
    const read = new Map<number, Page>();
    const failures = new Map<number, string>();
    for (let number = 1; number <= info.pageCount; number++) {
      try {
        const page = await readPage(doc, number, ops, commonHan);
        read.set(number, page);
        options.onPage?.(page, info.pageCount);
      } catch (error) {
        failures.set(number, describePdfError(error));
      }
    }
    return collect(info, read, failures);
  } finally {
    await doc.destroy();
  }
}

function threadsFor(pages: number): number {
  return Math.max(1, Math.ceil(pages / minimumPagesPerThread));
}

interface Reader {
  worker: Worker;
  /** Pages given to this reader and not yet sent back, in the order it reads them. */
  queue: number[];
  /** When it last opened the document or sent a page back (ms). */
  lastProgress: number;
  /** Ended on purpose, or dead: its later events mean nothing. */
  finished: boolean;
  /** The reader that sends the page count: without it there is nothing to read. */
  describe: boolean;
  /** Its listeners for this document, removed when it goes idle. */
  listeners: { message: (reply: ReaderReply) => void; error: (error: Error & { code?: string }) => void; exit: () => void };
}

/** A reading thread kept for the next document (keepReaders), and the heap limit it was started with. */
interface IdleReader {
  worker: Worker;
  memoryLimit: number;
  /** Drops it from the idle ones if it dies meanwhile. */
  forget: () => void;
}

const idleReaders: IdleReader[] = [];
/** Numbers the documents this thread reads, so that a reused reader's replies are never taken for another's. */
let documentsOpened = 0;

/** An idle reading thread started with this heap limit, else a new one. */
function acquireWorker(memoryLimit: number): Worker {
  const index = idleReaders.findIndex((idle) => idle.memoryLimit === memoryLimit);
  if (index < 0) return new Worker(workerModule, { resourceLimits: { maxOldGenerationSizeMb: memoryLimit } });
  const [idle] = idleReaders.splice(index, 1);
  idle!.worker.off('error', idle!.forget).off('exit', idle!.forget);
  idle!.worker.ref();
  return idle!.worker;
}

/** Keeps a reading thread that finished its pages for the next document; it does not keep the process alive. */
function keepIdle(worker: Worker, memoryLimit: number): void {
  if (idleReaders.length >= availableParallelism()) {
    void worker.terminate();
    return;
  }
  worker.postMessage({ type: 'close' } satisfies ReaderRequest);
  worker.unref();
  const idle: IdleReader = {
    worker,
    memoryLimit,
    forget: () => {
      const index = idleReaders.indexOf(idle);
      if (index >= 0) idleReaders.splice(index, 1);
    },
  };
  worker.on('error', idle.forget).on('exit', idle.forget);
  idleReaders.push(idle);
}

/**
 * Reads pages in worker threads, each opening the document and reading its share of the pages
 * (page i by thread i mod n, assigned up front so the threads go on while this thread is busy,
 * say loading a dictionary). A page over the time limit, or one that exhausts a thread's memory
 * or crashes it, is skipped with a warning: its thread is ended and a fresh one goes on with
 * the rest of that thread's share.
 */
function readInWorkers(path: string, bytes: Uint8Array, options: PageReading, expectedPages: (() => number | undefined) | undefined): Promise<PdfReading> {
  const pageLimit = (options.pageTimeLimit ?? defaultPageTimeLimit) * 1000;
  const fileLimit = options.fileTimeLimit ?? defaultFileTimeLimit;
  const memoryLimit = options.memoryLimit ?? defaultMemoryLimit;
  const threads = Math.max(1, options.threads ?? availableParallelism());
  // One copy of the file, shared by the readers rather than copied to each.
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
  shared.set(bytes);
  const document = ++documentsOpened;

  return new Promise<PdfReading>((resolve, reject) => {
    const read = new Map<number, Page>();
    const failures = new Map<number, string>();
    const readers = new Set<Reader>();
    let info: PdfInfo | undefined;
    let settled = false;

    const finish = (outcome: PdfReading | ConversionError) => {
      if (settled) return;
      settled = true;
      clearTimeout(fileTimer);
      clearInterval(watchdog);
      for (const reader of readers) end(reader, false);
      if (outcome instanceof ConversionError) reject(outcome);
      else resolve(outcome);
    };
    const checkDone = () => {
      if (info && read.size + failures.size >= info.pageCount) finish(collect(info, read, failures));
    };
    /** Stops listening to a reader; one that did its share (done) may serve the next document, any other is ended. */
    const end = (reader: Reader, done: boolean) => {
      reader.finished = true;
      readers.delete(reader);
      const { worker, listeners } = reader;
      worker.off('message', listeners.message).off('error', listeners.error).off('exit', listeners.exit);
      if (done && options.keepReaders) keepIdle(worker, memoryLimit);
      else {
        // Its death from now on is expected: nothing listens to it.
        worker.on('error', () => undefined);
        void worker.terminate();
      }
    };

    /** A reader that stopped with pages left: the page it was reading is lost, a new reader takes the rest. */
    const lose = (reader: Reader, cause: string) => {
      if (reader.finished || settled) return;
      end(reader, false);
      if (!info) {
        if (reader.describe) finish(new ConversionError(path, `cannot read the PDF: ${cause}`));
        return;
      }
      const [lost, ...rest] = reader.queue;
      if (lost !== undefined) failures.set(lost, cause);
      if (rest.length > 0) assign(spawn(false), rest);
      checkDone();
    };

    const spawn = (describe: boolean): Reader => {
      const worker = acquireWorker(memoryLimit);
      const listeners: Reader['listeners'] = {
        message: (reply) => {
          if (reader.finished || settled || reply.document !== document) return;
          reader.lastProgress = Date.now();
          if (reply.type === 'opened') {
            if (reply.info && !info) {
              info = reply.info;
              distribute(info.pageCount);
            }
          } else if (reply.type === 'failed') {
            if (describe) finish(new ConversionError(path, reply.reason));
            else lose(reader, reply.reason);
          } else {
            reader.queue = reader.queue.filter((number) => number !== reply.number);
            if (reply.type === 'page') {
              read.set(reply.number, reply.page);
              options.onPage?.(reply.page, info!.pageCount);
            } else failures.set(reply.number, reply.cause);
            if (reader.queue.length === 0) end(reader, true);
            checkDone();
          }
        },
        error: (error) => lose(reader, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `reading it needs more than ${memoryLimit} MB` : describePdfError(error)),
        exit: () => lose(reader, 'the PDF reader stopped'),
      };
      const reader: Reader = { worker, queue: [], lastProgress: Date.now(), finished: false, describe, listeners };
      readers.add(reader);
      worker.on('message', listeners.message).on('error', listeners.error).on('exit', listeners.exit);
      worker.postMessage({ type: 'open', document, bytes: shared, password: options.password, describe } satisfies ReaderRequest);
      return reader;
    };

    const assign = (reader: Reader, pages: number[]) => {
      reader.queue = pages;
      reader.lastProgress = Date.now();
      reader.worker.postMessage({ type: 'read', document, pages } satisfies ReaderRequest);
    };

    const distribute = (pageCount: number) => {
      const all = [...readers];
      const used = Math.min(all.length, threadsFor(pageCount));
      all.forEach((reader, index) => {
        if (index >= used) return end(reader, true);
        const share: number[] = [];
        for (let number = index + 1; number <= pageCount; number += used) share.push(number);
        assign(reader, share);
      });
      checkDone();
    };

    // Timers fire before the messages that arrived meanwhile are handled (after this thread was
    // busy, say): the check waits for them (setImmediate) before it judges a reader late.
    const watchdog = setInterval(() => {
      setImmediate(() => {
        const now = Date.now();
        for (const reader of [...readers]) {
          const opening = !info;
          if ((opening || reader.queue.length > 0) && now - reader.lastProgress > pageLimit) {
            lose(reader, opening ? `opening it took longer than ${pageLimit / 1000} s` : `reading it took longer than ${pageLimit / 1000} s`);
          }
        }
      });
    }, Math.min(1000, pageLimit / 4));
    const fileTimer = setTimeout(() => finish(new ConversionError(path, `reading it took longer than ${fileLimit} s (the limit for one file)`)), fileLimit * 1000);

    spawn(true);
    // The pages the file says it has, when it says (a damaged file may hold more: pdf.js's count decides what is read).
    const declared = expectedPages?.();
    const wanted = declared ? Math.min(threads, threadsFor(declared)) : threads;
    for (let i = 1; i < wanted && !settled; i++) spawn(false);
  });
}
