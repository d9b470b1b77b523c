import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageDecoding } from '../../pipeline/extract/pdfjs.js';
import { convert as convertFromSource, extract as extractFromSource } from '../../pipeline/index.js';
import { buildCli, type BuiltCli } from '../cli/build.js';
import { fixture, projectRoot } from '../helpers.js';

const sample = join(projectRoot, 'input', 'dcdr2020.libreoffice.pdf');

// Worker threads need the compiled pipeline: the build's library reads pages in 1, 2 and 3
// threads; the TypeScript source (no compiled worker) reads them in this thread.
describe('pages read in parallel threads', () => {
  let cli: BuiltCli;
  beforeAll(async () => {
    cli = await buildCli();
  }, 180_000);
  afterAll(() => cli.remove());

  it('give the same Markdown and facts, byte for byte, whatever the number of threads', async () => {
    const { convert, serializeFacts } = await cli.library();
    const outputs = [];
    for (const threads of [1, 2]) {
      const doc = await convert(sample, { threads });
      outputs.push({ markdown: doc.markdown, facts: serializeFacts(doc.factsFile, 'yaml'), messages: doc.messages });
    }
    expect(outputs[0]!.markdown.length).toBeGreaterThan(10_000);
    expect(outputs[1]).toEqual(outputs[0]);
    const inThisThread = await convertFromSource(sample);
    expect(inThisThread.markdown).toBe(outputs[0]!.markdown);
  }, 180_000);

  it('call onPage once for every page, and keep the page order in the document', async () => {
    const { extract } = await cli.library();
    const seen: number[] = [];
    const doc = await extract({ path: sample }, { threads: 2, onPage: (page) => seen.push(page.number) });
    expect(doc.pages.map((page) => page.number)).toEqual(Array.from({ length: doc.metadata.pageCount }, (_, i) => i + 1));
    expect([...seen].sort((a, b) => a - b)).toEqual(doc.pages.map((page) => page.number));
  }, 120_000);

  // Reader threads load pdf.js without image decoding and glyph outlines; this thread loads it
  // whole. Pages with raster images, vector charts, tables and text must come out the same.
  it('read every page the same in a reader thread as in this thread: lines, rules, figures, fills', async () => {
    const { extract } = await cli.library();
    for (const file of [sample, fixture('layout/chart-report.pdf'), fixture('bad/image-page.pdf'), fixture('regions/box-report.pdf')]) {
      const threaded = await extract({ path: file }, { threads: 2, ocr: 'off' });
      const here = await extractFromSource({ path: file }, { ocr: 'off' });
      expect(threaded.pages, file).toEqual(here.pages);
      expect(threaded.messages, file).toEqual(here.messages);
    }
    const withImages = await extract({ path: sample }, { threads: 2, ocr: 'off' });
    expect(withImages.pages.some((page) => page.images.length > 0)).toBe(true);
  }, 180_000);

  it('a reader kept for the next file reads it as a fresh reader would, and does not keep the process alive', async () => {
    const { extract } = await cli.library();
    const files = [sample, fixture('layout/chart-report.pdf'), sample];
    const fresh = [];
    for (const file of files) fresh.push((await extract({ path: file }, { threads: 2, ocr: 'off' })).pages);
    const kept = [];
    for (const file of files) kept.push((await extract({ path: file }, { threads: 2, ocr: 'off', keepReaders: true })).pages);
    expect(kept).toEqual(fresh);
    // A process whose last file left its readers idle ends by itself.
    const script = join(cli.entry, '..', '..', 'kept-readers.mjs');
    writeFileSync(
      script,
      `const { extract } = await import('./index.js');
      const doc = await extract({ path: ${JSON.stringify(sample)} }, { threads: 2, keepReaders: true });
      console.log(doc.pages.length);`,
    );
    const { stdout } = await promisify(execFile)(process.execPath, [script], { timeout: 120_000 });
    expect(Number(stdout.trim())).toBe(fresh[0]!.length);
  }, 240_000);
});

// Where pdf.js decodes an image is found by its text in pdf.js's worker: an upgrade that moves it
// must fail here, not silently read every image's pixels again.
describe('the page readers\' pdf.js', () => {
  it('has exactly one place where it decodes the images of a page', () => {
    const worker = createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
    expect(readFileSync(worker, 'utf8').split(imageDecoding).length).toBe(2);
  });
});

