import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildCli, type BuiltCli } from '../cli/build.js';
import { hostile, mutatedPdfs, writePdf } from './mutate.js';

/** C0 and C1 controls but tab and line feed: none may reach the Markdown or the facts. */
const controlCharacter = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
/** What a person should never read in a failure: exception names, stack frames, pdf.js's words. */
const internals = /Exception|TypeError|RangeError|ReferenceError|\bat \S+ \(|XRef|undefined|originated/;
const limits = { threads: 1, pageTimeLimit: 10, fileTimeLimit: 60, memoryLimit: 256 };

type Outcome = { ok: true; markdown: string; facts: string; warnings: string[] } | { ok: false; message: string; name: string };

// The page readers' time and memory limits need worker threads, so compiled code: the build's library.
describe('damaged and hostile PDFs (seeded generator)', () => {
  let cli: BuiltCli;
  let work: string;
  let lib: Awaited<ReturnType<BuiltCli['library']>>;
  const convertFile = async (name: string, bytes: Buffer): Promise<{ path: string; outcome: Outcome }> => {
    const path = join(work, name);
    await writeFile(path, bytes);
    try {
      const doc = await lib.convert(path, limits);
      const warnings = doc.messages.filter((m) => m.severity !== 'info').map((m) => m.text);
      return { path, outcome: { ok: true, markdown: doc.markdown, facts: lib.serializeFacts(doc.factsFile, 'yaml'), warnings } };
    } catch (error) {
      return { path, outcome: { ok: false, message: (error as Error).message, name: (error as Error).name } };
    }
  };
  const expectClean = (path: string, outcome: Outcome) => {
    if (outcome.ok) {
      expect(controlCharacter.test(outcome.markdown), `${path}: Markdown`).toBe(false);
      expect(controlCharacter.test(outcome.facts), `${path}: facts`).toBe(false);
      expect(() => parse(outcome.facts, { version: '1.1' }), `${path}: facts for a YAML 1.1 reader`).not.toThrow();
      for (const warning of outcome.warnings) {
        expect(warning, path).not.toMatch(/\n/);
        expect(warning, path).not.toMatch(internals);
      }
    } else {
      expect(outcome.name, `${path}: ${outcome.message}`).toBe('ConversionError');
      expect(outcome.message.startsWith(`${path}: `), outcome.message).toBe(true);
      expect(outcome.message, path).not.toMatch(/\n/);
      expect(outcome.message, path).not.toMatch(internals);
    }
  };

  beforeAll(async () => {
    cli = await buildCli();
    lib = await cli.library();
    work = await mkdtemp(join(tmpdir(), 'baogao-fuzz-'));
  }, 180_000);
  afterAll(async () => {
    await cli?.remove();
    await rm(work, { recursive: true, force: true });
  });

  it('generates the same files for the same seed', () => {
    const first = mutatedPdfs(7, 20).map((c) => c.bytes.toString('base64'));
    expect(mutatedPdfs(7, 20).map((c) => c.bytes.toString('base64'))).toEqual(first);
    expect(mutatedPdfs(8, 20).map((c) => c.bytes.toString('base64'))).not.toEqual(first);
  });

  it('converts the undamaged base documents', async () => {
    const { outcome } = await convertFile('base.pdf', writePdf({ pages: 3 }));
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.markdown).toContain('data centres reached 1,240');
  }, 60_000);

  it('skips a page of 100,000 `q` operators after the time limit, with a warning naming the page, and keeps the others', async () => {
    const { outcome } = await convertFile('q-bomb.pdf', hostile['q-bomb']!());
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.warnings.some((warning) => /^page 2 could not be read: reading it took longer than 10 s$/.test(warning))).toBe(true);
    expect(outcome.markdown).toContain('Results of the Charlie survey follow.');
    expect(outcome.markdown).not.toContain('Results of the Bravo survey follow.');
  }, 120_000);

  it('lays out pages whose page box is absurd (-99999999999, 1e32) from their text', async () => {
    for (const name of ['mediabox-huge-negative', 'mediabox-1e32']) {
      const { outcome } = await convertFile(`${name}.pdf`, hostile[name]!());
      expect(outcome.ok, name).toBe(true);
      if (outcome.ok) expect(outcome.markdown, name).toContain('Results of the Bravo survey follow.');
    }
  }, 120_000);

  it('recovers the pages a damaged page tree hides, and says so', async () => {
    const { outcome } = await convertFile('page-tree-short.pdf', hostile['page-tree-short']!());
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.warnings).toContain("the page tree lists 4 of the file's 12 pages: the other 8 were recovered from the page objects, in the order the file stores them");
    expect(outcome.markdown).toContain('Results of the Lima survey follow.');
  }, 120_000);

  it('ends every hostile file and 3 × 70 mutated ones as a clean conversion or a one-line error naming the file', async () => {
    const cases = [...Object.entries(hostile).map(([name, make]) => ({ name: `${name}.pdf`, bytes: make() })), ...[1, 2, 3].flatMap((seed) => mutatedPdfs(seed, 70))];
    let converted = 0;
    for (const { name, bytes } of cases) {
      const { path, outcome } = await convertFile(name, bytes);
      expectClean(path, outcome);
      if (outcome.ok) converted++;
    }
    // The generator damages files in ways a reader survives too: some must convert.
    expect(converted).toBeGreaterThan(cases.length / 5);
  }, 1_800_000);
});
