import type { ExtractedDocument, SourceInfo } from '../types.js';
import { repairText } from '../lang/unicode.js';
import { ConversionError } from '../types.js';

/** Plain UTF-8 text: pages split at form feeds, one line per line of the file, blank lines kept as ''. */
export function extractText(source: SourceInfo, bytes: Uint8Array): ExtractedDocument {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ConversionError(source.path, 'not a PDF and not UTF-8 text');
  }
  if (text.includes('\u0000')) throw new ConversionError(source.path, 'not a PDF and not text (binary data)');
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (body.trim() === '') throw new ConversionError(source.path, 'empty file: no text to convert');
  // Form feeds are page breaks in text extracted by pdftotext.
  const pages = body.split('\f').map((pageText, index) => ({
    number: index + 1,
    width: 0,
    height: 0,
    lines: pageText.split('\n').map((line) => ({ text: repairText(line), page: index + 1 })),
    rules: [],
    images: [],
  }));
  return {
    source,
    messages: [],
    metadata: { pageCount: pages.length },
    outline: [],
    pages,
  };
}
