import { readFile } from 'node:fs/promises';
import type { ExtractedDocument } from '../types.js';
import { ConversionError } from '../types.js';
import { extractPdf, type OcrMode } from './pdf.js';
import { describeSource } from './source.js';
import { extractText } from './text.js';

export { runsText, toLine } from './lines.js';

export type { OcrMode } from './pdf.js';

export interface ExtractOptions {
  /** Password of an encrypted PDF. */
  password?: string;
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
  if (source.format === 'pdf') return extractPdf(source, bytes, options);
  if (/\.pdf$/i.test(source.fileName)) throw new ConversionError(input.path, 'not a PDF: it does not start with a "%PDF-" header');
  return extractText(source, bytes);
}
