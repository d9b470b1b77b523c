import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { clean } from '../../pipeline/clean/index.js';
import { extract } from '../../pipeline/extract/index.js';
import { layout } from '../../pipeline/layout/index.js';
import type { CleanedDocument } from '../../pipeline/types.js';
import { fixture, hasShared, shared } from '../helpers.js';

/** Page 1 of real PDFs as a person reads it (tests/fixtures/regions/real2-page1.yaml, annotated from the page images). */
interface PageReading {
  order: string[];
  after?: string[];
  whole?: [string, string][];
}
const readings = YAML.parse(readFileSync(fixture('regions/real2-page1.yaml'), 'utf8')) as Record<string, PageReading>;

/** Text compared without spaces, width variants folded (fullwidth Latin and digits). */
const comparable = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

describe.skipIf(!hasShared).each(Object.entries(readings))('page 1 of %s read in a person\'s order', (file, reading) => {
  let doc: CleanedDocument;
  let page1: string[];
  beforeAll(async () => {
    doc = clean(layout(await extract({ path: join(shared, 'real2', file) })));
    page1 = doc.blocks.filter((block) => block.page === 1).map((block) => comparable(block.text));
  }, 120_000);

  /** Where a piece first stands in page 1's text: [block, offset], compared in reading order. */
  const position = (piece: string): number => {
    const wanted = comparable(piece);
    let offset = 0;
    for (const text of page1) {
      const at = text.indexOf(wanted);
      if (at >= 0) return offset + at;
      offset += text.length + 1;
    }
    return -1;
  };

  it('reads the annotated pieces in order', () => {
    const positions = reading.order.map(position);
    reading.order.forEach((piece, i) => expect(positions[i], `missing: ${piece}`).toBeGreaterThanOrEqual(0));
    for (let i = 1; i < positions.length; i++) expect(positions[i], `${reading.order[i]} before ${reading.order[i - 1]}`).toBeGreaterThan(positions[i - 1]!);
  });

  it('reads the sidebar after the main text, in blocks of its own', () => {
    const last = position(reading.order.at(-1)!);
    for (const piece of reading.after ?? []) {
      expect(position(piece), piece).toBeGreaterThan(last);
      const block = doc.blocks.find((b) => b.page === 1 && comparable(b.text).includes(comparable(piece)));
      expect(block?.aside?.kind, piece).toBe('sidebar');
    }
  });

  it('keeps annotated paragraphs whole across line wraps and columns', () => {
    for (const [first, last] of reading.whole ?? []) {
      expect(page1.some((text) => text.includes(comparable(first)) && text.includes(comparable(last))), `${first} … ${last}`).toBe(true);
    }
  });

  it('leaves no paragraph of one glyph (a side tab read one glyph per line)', () => {
    expect(page1.filter((text) => /^\p{Script=Han}$/u.test(text))).toEqual([]);
  });
});
