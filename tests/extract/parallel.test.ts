import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convert as convertFromSource } from '../../pipeline/index.js';
import { buildCli, type BuiltCli } from '../cli/build.js';
import { projectRoot } from '../helpers.js';

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
});
