/**
 * A page reader's thread: opens the PDFs it is sent, one at a time, and reads the pages it is
 * asked for, in order. It reads text and geometry only (it never draws a page), and it can serve
 * one document after another, so a batch loads pdf.js once per thread.
 */
import { parentPort } from 'node:worker_threads';
import { describeLoadError, describePdfError } from './errors.js';
import type { ReaderReply, ReaderRequest } from './parallel.js';
import { commonHanCharacters } from './ocr/index.js';
import { openPdf, readPage, readPdfInfo, type OpenPdf } from './pdf.js';
import { readTextAndGeometryOnly } from './pdfjs.js';

const port = parentPort!;
const send = (reply: ReaderReply) => port.postMessage(reply);

// pdf.js leaves some rejections of a damaged file unhandled after the call that failed has
// already reported it; they must not end the thread.
process.on('unhandledRejection', () => undefined);

readTextAndGeometryOnly();

let opened: (OpenPdf & { document: number }) | undefined;

async function close(): Promise<void> {
  const doc = opened?.doc;
  opened = undefined;
  await doc?.destroy().catch(() => undefined);
}

async function handle(request: ReaderRequest): Promise<void> {
  if (request.type === 'close') return close();
  if (request.type === 'open') {
    await close();
    try {
      opened = { ...(await openPdf(new Uint8Array(request.bytes), request.password)), document: request.document };
      send({ type: 'opened', document: request.document, info: request.describe ? await readPdfInfo(opened.doc) : undefined });
    } catch (error) {
      send({ type: 'failed', document: request.document, reason: describeLoadError(error, request.password) });
    }
    return;
  }
  const commonHan = await commonHanCharacters();
  for (const number of request.pages) {
    if (opened?.document !== request.document) return;
    try {
      send({ type: 'page', document: request.document, number, page: await readPage(opened.doc, number, opened.ops, commonHan) });
    } catch (error) {
      send({ type: 'page-failed', document: request.document, number, cause: describePdfError(error) });
    }
  }
}

// Requests are handled one after another, in the order they came.
let queue = Promise.resolve();
port.on('message', (request: ReaderRequest) => {
  queue = queue.then(() => handle(request));
});
