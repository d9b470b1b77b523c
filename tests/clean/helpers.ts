import { layout } from '../../pipeline/layout/index.js';
import type { LaidOutDocument, Line, Page } from '../../pipeline/types.js';

/** A line of text at (x, y) on a page, each Han character one em wide, each other character half. */
export function line(text: string, page: number, x: number, y: number, options: { size?: number; bold?: boolean } = {}): Line {
  const size = options.size ?? 12;
  const ems = [...text].reduce((sum, char) => sum + (/[\x20-\x7e]/.test(char) ? 0.5 : 1), 0);
  return { text, page, box: { x, y, width: ems * size, height: size }, fontSize: size, bold: options.bold ?? false };
}

export function page(number: number, lines: Line[], extra: Partial<Page> = {}): Page {
  return { number, width: 595, height: 842, lines, rules: [], images: [], ...extra };
}

/** The pages as the layout stage passes them to clean. */
export function laidOutDocument(pages: Page[]): LaidOutDocument {
  return layout({
    source: { path: 't.pdf', fileName: 't.pdf', name: 't', format: 'pdf', bytes: 0, sha256: '' },
    messages: [],
    metadata: { pageCount: pages.length },
    outline: [],
    pages,
  });
}
