import { readFile } from 'node:fs/promises';
import type { ExtractedDocument } from '../types.js';
import { ConversionError } from '../types.js';
import { extractPdf } from './document.js';
import type { PageReading } from './parallel.js';
import type { OcrMode } from './pdf.js';
import { describeSource } from './source.js';
import { extractText } from './text.js';

export { runsText, toLine } from './lines.js';

export type { OcrMode } from './pdf.js';

/** The password of an encrypted PDF, how its pages are read (threads, limits), when by OCR. */
export interface ExtractOptions extends PageReading {
  /** When pages are read by OCR: 'auto' (the default) only pages without usable text, 'off' never, 'force' every page. */
  ocr?: OcrMode;
  /** Called before each page is read by OCR: its number, and how many pages of the document OCR reads. */
  onOcrPage?: (page: number, index: number, count: number) => void;
}

/** An input file: its path, and its bytes when already read. */
export interface InputFile {
  path: string;
  bytes?: Uint8Array;
}

/** Stage 1: a PDF or a UTF-8 text file → pages of positioned lines. */
export async function extract(input: InputFile, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  let bytes = input.bytes;
  if (!bytes) {
    try {
      bytes = await readFile(input.path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new ConversionError(input.path, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? String(error)})`);
    }
  }
  if (bytes.length === 0) throw new ConversionError(input.path, 'empty file');
  const source = describeSource(input.path, bytes);
  if (source.format === 'pdf') return withoutControlCharacters(await extractPdf(source, bytes, options));
  if (/\.pdf$/i.test(source.fileName)) throw new ConversionError(input.path, 'not a PDF: it does not start with a "%PDF-" header');
  return withoutControlCharacters(extractText(source, bytes));
}

/** C0 and C1 control characters but the tab (text tables) and the line feed. */
const controlCharacter = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Control characters (a damaged font's mapping, a byte flipped in a text string) mean nothing to a
 * reader and break YAML 1.1 readers: each becomes a space, so every offset into a line stays valid.
 */
function withoutControlCharacters(doc: ExtractedDocument): ExtractedDocument {
  const clean = (text: string) => text.replace(controlCharacter, ' ');
  const metadata = Object.fromEntries(Object.entries(doc.metadata).map(([key, value]) => [key, typeof value === 'string' ? clean(value) : value]));
  return {
    ...doc,
    metadata: metadata as ExtractedDocument['metadata'],
    outline: doc.outline.map((entry) => ({ ...entry, title: clean(entry.title) })),
    pages: doc.pages.map((page) => ({
      ...page,
      lines: page.lines.map((line) => ({ ...line, text: clean(line.text), ...(line.runs ? { runs: line.runs.map((run) => ({ ...run, text: clean(run.text) })) } : {}) })),
    })),
  };
}
