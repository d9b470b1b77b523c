import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract/index.js';
import { missingPages, pageCensus } from '../../pipeline/extract/page-tree.js';
import { hostile, writePdf } from '../robustness/mutate.js';

// In-process reading (the TypeScript source has no compiled page worker); tests/robustness runs
// the compiled readers with their time and memory limits.
describe('extracting damaged PDFs', () => {
  let work: string;
  const extractBytes = async (name: string, bytes: Buffer) => {
    const path = join(work, name);
    await writeFile(path, bytes);
    return extract({ path });
  };
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'baogao-damaged-'));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('counts the pages a page tree declares and the page objects a file holds', () => {
    const census = pageCensus(hostile['page-tree-short']!());
    expect(census.declared).toBe(12);
    expect(census.objects).toHaveLength(12);
    expect(missingPages(census, 4)).toBe(8);
    expect(missingPages(pageCensus(writePdf({ pages: 3 })), 3)).toBe(0);
  });

  it('counts each page object once where objects stand one after another in an uncompressed object stream', () => {
    // pdfTeX at compression level 0 lists an object stream's objects as `% N 0 obj` lines with no endobj between them.
    const listed = ['% 3 0 obj\n<< /Type /Pages /Count 2 /Kids [4 0 R 5 0 R] >>', '% 4 0 obj\n<< /Type /Page /Parent 3 0 R >>', '% 5 0 obj\n<< /Type /Page /Parent 3 0 R >>', '% 6 0 obj\n<< /Font 7 0 R >>', '% 7 0 obj\n<< /Type /Font >>'];
    const bytes = Buffer.from(`%PDF-1.5\n1 0 obj\n<< /Type /ObjStm /N 5 >>\nstream\n${listed.join('\n')}\nendstream\nendobj\n2 0 obj\n<< /Type /Catalog /Pages 3 0 R >>\nendobj\nstartxref\n0\n%%EOF\n`, 'latin1');
    expect(pageCensus(bytes).objects?.map((object) => object.number)).toEqual([4, 5]);
    expect(missingPages(pageCensus(bytes), 2)).toBe(0);
  });

  it('recovers the pages a damaged page tree hides, in file order, and says so', async () => {
    const doc = await extractBytes('short.pdf', hostile['page-tree-short']!());
    expect(doc.metadata.pageCount).toBe(12);
    expect(doc.pages.map((page) => page.lines[0]?.text)).toEqual(Array.from({ length: 12 }, (_, i) => `Chapter ${i + 1}. Digital economy`));
    expect(doc.messages.map((m) => m.text)).toContain("the page tree lists 4 of the file's 12 pages: the other 8 were recovered from the page objects, in the order the file stores them");
  });

  it('reads a page whose page box is absurd as a Letter page', async () => {
    for (const name of ['mediabox-huge-negative', 'mediabox-1e32', 'mediabox-garbage']) {
      const doc = await extractBytes(`${name}.pdf`, hostile[name]!());
      expect(doc.pages[0]!.width, name).toBeLessThanOrEqual(14_400);
      expect(doc.pages[0]!.lines[0]?.text, name).toBe('Chapter 1. Digital economy');
    }
  });

  it('turns control characters in the text into spaces', async () => {
    const doc = await extractBytes('controls.pdf', hostile['text-with-control-characters']!());
    const text = doc.pages.flatMap((page) => page.lines.map((line) => line.text)).join('\n');
    expect(text).toContain('rose 5% in 2021.');
    expect(text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
  });
});
