import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import type { ExtractedDocument, Line, Message, Page, SourceInfo, TextRun } from '../types.js';
import { ConversionError } from '../types.js';

const require = createRequire(import.meta.url);
const pdfjsRoot = dirname(require.resolve('pdfjs-dist/package.json'));
// pdf.js fetches these by URL; in Node a file URL with a trailing slash works offline.
const cMapUrl = pathToFileURL(join(pdfjsRoot, 'cmaps') + '/').href;
const standardFontDataUrl = pathToFileURL(join(pdfjsRoot, 'standard_fonts') + '/').href;

export interface PdfOptions {
  password?: string;
}

async function loadPdfjs() {
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

/** Reads every page's text runs with their positions; lines are assembled by assembleLines. */
export async function extractPdf(source: SourceInfo, bytes: Uint8Array, options: PdfOptions = {}): Promise<ExtractedDocument> {
  const pdfjs = await loadPdfjs();
  const messages: Message[] = [];
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    password: options.password,
    cMapUrl,
    cMapPacked: true,
    standardFontDataUrl,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    throw new ConversionError(source.path, describeLoadError(error, options.password));
  }
  try {
    const info = (await doc.getMetadata().catch(() => null))?.info as Record<string, unknown> | undefined;
    const pages: Page[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const run = toRun(item, content.styles, viewport.height);
        if (run) runs.push(run);
      }
      pages.push({
        number,
        width: viewport.width,
        height: viewport.height,
        lines: assembleLines(runs, number),
        rules: [],
        images: [],
      });
      page.cleanup();
    }
    const textPages = pages.filter((p) => p.lines.length > 0).length;
    if (textPages === 0) {
      throw new ConversionError(source.path, `no text layer on any of its ${doc.numPages} pages (scanned images?); OCR is not supported`);
    }
    for (const p of pages) {
      if (p.lines.length === 0) messages.push({ severity: 'warning', stage: 'extract', page: p.number, text: 'page has no text layer' });
    }
    return {
      source,
      messages,
      metadata: {
        pageCount: doc.numPages,
        title: stringOf(info?.Title),
        author: stringOf(info?.Author),
        language: stringOf(info?.Language),
        producer: stringOf(info?.Producer),
        creator: stringOf(info?.Creator),
      },
      outline: [],
      pages,
    };
  } finally {
    await doc.destroy();
  }
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function describeLoadError(error: unknown, password: string | undefined): string {
  const name = (error as { name?: string })?.name ?? '';
  const message = String((error as { message?: string })?.message ?? error);
  if (name === 'PasswordException') {
    return password === undefined ? 'encrypted PDF: needs a password (use --password)' : 'encrypted PDF: wrong password';
  }
  if (name === 'InvalidPDFException') return `not a valid PDF (${message.replace(/\.$/, '')}); truncated or damaged?`;
  return `cannot read PDF: ${message}`;
}

function toRun(item: TextItem, styles: Record<string, { fontFamily: string }>, pageHeight: number): TextRun | null {
  if (item.str === '') return null;
  const [a, b, , d, e, f] = item.transform as number[];
  const fontSize = Math.hypot(a, b) || Math.abs(d) || 1;
  const fontName = item.fontName;
  const family = styles[fontName]?.fontFamily ?? '';
  return {
    text: item.str,
    box: { x: e, y: pageHeight - f - fontSize, width: item.width, height: fontSize },
    fontSize,
    fontName,
    bold: /bold|heavy|black/i.test(fontName + ' ' + family),
  };
}

const cjk = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF“”‘’—…·]/u;

/** Groups runs into visual lines by baseline, orders them by x and decides spaces from the gaps. */
export function assembleLines(runs: TextRun[], page: number): Line[] {
  const sorted = runs
    .filter((r) => r.text.trim() !== '' || r.box.width > 0)
    .sort((r, s) => r.box.y + r.box.height - (s.box.y + s.box.height) || r.box.x - s.box.x);
  const rows: TextRun[][] = [];
  for (const run of sorted) {
    const baseline = run.box.y + run.box.height;
    const row = rows.find((candidate) => {
      const first = candidate[0]!;
      return Math.abs(first.box.y + first.box.height - baseline) < Math.min(first.fontSize, run.fontSize) * 0.4;
    });
    if (row) row.push(run);
    else rows.push([run]);
  }
  const lines: Line[] = [];
  for (const row of rows) {
    row.sort((r, s) => r.box.x - s.box.x);
    let text = '';
    let previous: TextRun | undefined;
    for (const run of row) {
      const piece = run.text.replace(/\s+/g, ' ');
      if (previous) {
        const gap = run.box.x - (previous.box.x + previous.box.width);
        const lastChar = text.trimEnd().slice(-1);
        const nextChar = piece.trimStart().charAt(0);
        const bothLatin = !cjk.test(lastChar) && !cjk.test(nextChar);
        const threshold = run.fontSize * (bothLatin ? 0.15 : 0.6);
        text = text.trimEnd();
        if (gap > threshold) text += ' ';
        text += piece.trimStart();
      } else {
        text = piece;
      }
      previous = run;
    }
    text = text.trim();
    if (text === '') continue;
    const x = Math.min(...row.map((r) => r.box.x));
    const y = Math.min(...row.map((r) => r.box.y));
    const right = Math.max(...row.map((r) => r.box.x + r.box.width));
    const bottom = Math.max(...row.map((r) => r.box.y + r.box.height));
    lines.push({
      text,
      page,
      box: { x, y, width: right - x, height: bottom - y },
      fontSize: Math.max(...row.map((r) => r.fontSize)),
      bold: row.every((r) => r.bold || r.text.trim() === ''),
      runs: row,
    });
  }
  return lines;
}
