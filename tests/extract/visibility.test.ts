import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract/index.js';
import { hiddenItems, type PaintedText } from '../../pipeline/extract/visibility.js';
import type { ExtractedDocument } from '../../pipeline/types.js';
import { writePdf } from '../robustness/mutate.js';

/** One page painting text every way a page can hide it, and the ways hidden-looking text is still seen. */
const page = [
  'BT /F1 12 Tf 72 720 Td (Visible line of text.) Tj ET',
  'BT 3 Tr /F1 12 Tf 72 700 Td (Hidden by render mode three.) Tj ET',
  'BT 0 Tr 7 Tr /F1 12 Tf 72 690 Td (Hidden as a clipping path.) Tj 0 Tr ET',
  '1 g BT /F1 12 Tf 72 680 Td (Hidden white on white.) Tj ET 0 g',
  'q 1 1 1 rg 1 1 1 RG BT 2 Tr /F1 12 Tf 72 670 Td (Hidden white fill and stroke.) Tj ET Q',
  '0 0 0.5 rg 60 630 300 30 re f 1 g BT /F1 12 Tf 72 640 Td (White on a blue banner.) Tj ET 0 g',
  'BT /F1 12 Tf 700 600 Td (Parked outside the page.) Tj ET',
  'q 300 0 0 200 72 300 cm BI /W 1 /H 1 /BPC 8 /CS /G ID \x80 EI Q',
  'BT 3 Tr /F1 12 Tf 80 450 Td (Scanned text under its OCR layer.) Tj ET',
  'BT 0 Tr /F1 12 Tf 72 250 Td (Visible again after the layer.) Tj ET',
].join('\n');

describe('text painted not to be seen', () => {
  let work: string;
  let doc: ExtractedDocument;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'baogao-visibility-'));
    const path = join(work, 'hidden.pdf');
    await writeFile(path, writePdf({ pages: 1, content: () => page }));
    doc = await extract({ path });
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('is left out: render mode 3 or 7, white on the white page, outside the page', () => {
    expect(doc.pages[0]!.lines.map((line) => line.text)).toEqual([
      'Visible line of text.',
      'White on a blue banner.',
      'Scanned text under its OCR layer.',
      'Visible again after the layer.',
    ]);
  });
});

describe('matching pdf.js text items to the painted characters', () => {
  const painted = (text: string, hidden: ('invisible' | 'white' | undefined)[]): PaintedText => ({ chars: [...text], hidden, rasters: [], backgrounds: [] });

  it('follows the items in step, white space and a character it cannot find aside', () => {
    const text = 'ab#title#cd';
    const flags = [...text].map((_, i) => (i >= 2 && i <= 8 ? 'white' : undefined)) as ('white' | undefined)[];
    expect(hiddenItems(['a b', '#title#', 'cd', 'ﬁ'], painted(text, flags))).toEqual([undefined, 'white', undefined, undefined]);
  });

  it('leaves an item seen when only part of it is hidden', () => {
    expect(hiddenItems(['abc'], painted('abc', [undefined, 'invisible', 'invisible']))).toEqual([undefined]);
  });
});
