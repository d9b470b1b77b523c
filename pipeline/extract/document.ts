import type { ExtractedDocument, SourceInfo } from '../types.js';
import { ConversionError } from '../types.js';
import type { ExtractOptions } from './index.js';
import { missingPages, pageCensus, withNewPageTree, type PageCensus } from './page-tree.js';
import { readPdfPages, type PdfReading } from './parallel.js';
import { openPdf, readPagesByOcr, refuseWithoutText } from './pdf.js';

/**
 * Reads every page's positioned lines, rulings and figure areas, the bookmarks and the metadata.
 * Pages are read in parallel worker threads when the compiled worker is there (readPdfPages),
 * each page by readPage; their order and content do not depend on how many threads read them.
 * Pages without usable text are then read by OCR in this thread (the models load only then).
 */
export async function extractPdf(source: SourceInfo, bytes: Uint8Array, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  const { info, pages, messages, bytes: read } = await readAllPages(source.path, bytes, options);
  const failed = messages.filter((message) => message.page !== undefined && /could not be read: /.test(message.text));
  if (!pages.some((page) => page.lines.length > 0 || page.unusableText !== undefined) && failed.length === pages.length && failed.length > 0) {
    throw new ConversionError(source.path, `none of its ${info.pageCount} pages could be read (${failed[0]!.text.replace(/^page \d+ could not be read: /, '')})`);
  }
  const mode = options.ocr ?? 'auto';
  if (mode === 'off') refuseWithoutText(source.path, pages);
  else if (pages.some((page) => page.width > 0 && (mode === 'force' || page.unusableText !== undefined))) {
    const { doc } = await openPdf(new Uint8Array(read), options.password);
    try {
      await readPagesByOcr(doc, pages, mode, messages, options.onOcrPage);
    } finally {
      await doc.destroy();
    }
  }
  if (!pages.some((page) => page.lines.length > 0)) {
    throw new ConversionError(source.path, `no text on any of its ${info.pageCount} pages${pages.some((page) => page.ocr) ? ', even by OCR' : ''}`);
  }
  for (const page of pages) {
    if (messages.some((m) => m.page === page.number) || page.unusableText === undefined || page.ocr) continue;
    messages.push({ severity: 'warning', stage: 'extract', page: page.number, text: `page ${page.number} has ${page.unusableText}; its content is missing (OCR is off)` });
  }
  return { source, messages, metadata: info.metadata, outline: info.outline, pages };
}

/**
 * The pages pdf.js reads, and those a damaged page tree hides: recovered from the page objects
 * when the file allows, else named page by page as missing.
 */
async function readAllPages(path: string, bytes: Uint8Array, options: ExtractOptions): Promise<PdfReading & { bytes: Uint8Array }> {
  // Counted while the first reader thread starts; the page count the file declares tells how many more are worth starting.
  let census: PageCensus | undefined;
  const declaredPages = () => {
    census = pageCensus(bytes);
    return census.declared ?? census.objects?.length;
  };
  const reading = await readPdfPages(path, bytes, options, declaredPages);
  census ??= pageCensus(bytes);
  const read = reading.info.pageCount;
  const missing = missingPages(census, read);
  if (missing === 0) return { ...reading, bytes };
  if (census.objects && census.objects.length > read && !census.encrypted) {
    const repaired = withNewPageTree(bytes, census.objects);
    const recovered = await readPdfPages(path, repaired, options).catch(() => undefined);
    if (recovered && recovered.info.pageCount > read) {
      const text = `the page tree lists ${read} of the file's ${recovered.info.pageCount} pages: the other ${recovered.info.pageCount - read} were recovered from the page objects, in the order the file stores them`;
      return { ...recovered, bytes: repaired, messages: [{ severity: 'warning', stage: 'extract', text }, ...recovered.messages] };
    }
  }
  const lost = Array.from({ length: missing }, (_, i) => read + i + 1);
  const text = (page: number) => `page ${page} is missing: the file's page tree names ${read + missing} pages but leads to ${read}, and this one could not be recovered`;
  return { ...reading, bytes, messages: [...reading.messages, ...lost.map((page) => ({ severity: 'warning' as const, stage: 'extract', page, text: text(page) }))] };
}
