/** A page reader's thread: opens the PDF given in workerData, then reads the pages it is sent, in order. */
import { parentPort, workerData } from 'node:worker_threads';
import { describeLoadError, describePdfError } from './errors.js';
import type { ReaderInput, ReaderReply } from './parallel.js';
import { commonHanCharacters } from './ocr/index.js';
import { openPdf, readPage, readPdfInfo } from './pdf.js';

const input = workerData as ReaderInput;
const port = parentPort!;
const send = (reply: ReaderReply) => port.postMessage(reply);

// pdf.js leaves some rejections of a damaged file unhandled after the call that failed has
// already reported it; they must not end the thread.
process.on('unhandledRejection', () => undefined);

try {
  const { doc, ops } = await openPdf(new Uint8Array(input.bytes), input.password);
  const commonHan = await commonHanCharacters();
  send({ type: 'opened', info: input.describe ? await readPdfInfo(doc) : undefined });
  port.on('message', async ({ pages }: { pages: number[] }) => {
    for (const number of pages) {
      try {
        send({ type: 'page', number, page: await readPage(doc, number, ops, commonHan) });
      } catch (error) {
        send({ type: 'page-failed', number, cause: describePdfError(error) });
      }
    }
  });
} catch (error) {
  send({ type: 'failed', reason: describeLoadError(error, input.password) });
}
