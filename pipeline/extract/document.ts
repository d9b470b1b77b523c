import type { ExtractedDocument, Page, SourceInfo } from '../types.js';
import { ConversionError } from '../types.js';
import { missingPages, pageCensus, withNewPageTree } from './page-tree.js';
import { readPdfPages, type PageReading, type PdfReading } from './parallel.js';

export type PdfOptions = PageReading;

/**
 * Reads every page's positioned lines, rulings and figure areas, the bookmarks and the metadata.
 * Pages are read in parallel worker threads when the compiled worker is there (readPdfPages),
 * each page by readPage; their order and content do not depend on how many threads read them.
 */
export async function extractPdf(source: SourceInfo, bytes: Uint8Array, options: PdfOptions = {}): Promise<ExtractedDocument> {
  const { info, pages, messages } = await readAllPages(source.path, bytes, options);
  if (!pages.some((page) => page.lines.length > 0) && messages.length === pages.length && messages.length > 0) {
    throw new ConversionError(source.path, `none of its ${info.pageCount} pages could be read (${messages[0]!.text.replace(/^page \d+ could not be read: /, '')})`);
  }
  if (!pages.some((page) => page.lines.length > 0)) {
    throw new ConversionError(source.path, `no text layer on any of its ${info.pageCount} pages (scanned images?); OCR is not supported`);
  }
  const unreadable = pages.filter((page) => page.lines.length > 0 && unreadableShare(page) > maximumUnreadableShare);
  if (unreadable.length === pages.filter((page) => page.lines.length > 0).length) {
    throw new ConversionError(source.path, 'its text cannot be read: the fonts map their glyphs to no Unicode characters; OCR is not supported');
  }
  for (const page of pages) {
    if (messages.some((m) => m.page === page.number)) continue;
    if (page.lines.length === 0) {
      messages.push({ severity: 'warning', stage: 'extract', page: page.number, text: `page ${page.number} has no text layer (scanned image?); its content is missing` });
    } else if (unreadable.includes(page)) {
      messages.push({ severity: 'warning', stage: 'extract', page: page.number, text: `page ${page.number}: most of its text cannot be read (fonts without a Unicode map)` });
    }
  }
  return { source, messages, metadata: info.metadata, outline: info.outline, pages };
}

/**
 * The pages pdf.js reads, and those a damaged page tree hides: recovered from the page objects
 * when the file allows, else named page by page as missing.
 */
async function readAllPages(path: string, bytes: Uint8Array, options: PdfOptions): Promise<PdfReading> {
  const pending = readPdfPages(path, bytes, options);
  // Counted while the reader threads start.
  const census = pageCensus(bytes);
  const reading = await pending;
  const read = reading.info.pageCount;
  const missing = missingPages(census, read);
  if (missing === 0) return reading;
  if (census.objects && census.objects.length > read && !census.encrypted) {
    const recovered = await readPdfPages(path, withNewPageTree(bytes, census.objects), options).catch(() => undefined);
    if (recovered && recovered.info.pageCount > read) {
      const text = `the page tree lists ${read} of the file's ${recovered.info.pageCount} pages: the other ${recovered.info.pageCount - read} were recovered from the page objects, in the order the file stores them`;
      return { ...recovered, messages: [{ severity: 'warning', stage: 'extract', text }, ...recovered.messages] };
    }
  }
  const lost = Array.from({ length: missing }, (_, i) => read + i + 1);
  const text = (page: number) => `page ${page} is missing: the file's page tree names ${read + missing} pages but leads to ${read}, and this one could not be recovered`;
  return { ...reading, messages: [...reading.messages, ...lost.map((page) => ({ severity: 'warning' as const, stage: 'extract', page, text: text(page) }))] };
}

/** Above this share of unreadable characters a page's text is garbage. */
const maximumUnreadableShare = 0.5;
/** Private-use code points, the replacement character and control characters: glyphs with no Unicode meaning. */
const unreadableChar = /[\uE000-\uF8FF\uFFFD\u0000-\u0008\u000E-\u001F]/gu;

function unreadableShare(page: Page): number {
  const text = page.lines.map((line) => line.text.replace(/\s+/g, '')).join('');
  return text.length === 0 ? 0 : (text.match(unreadableChar)?.length ?? 0) / text.length;
}

