import { appendFile, cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertBatch } from '../../pipeline/batch/index.js';
import { collectInputs } from '../../pipeline/inputs.js';
import { convert, serializeFacts } from '../../pipeline/index.js';
import { fixture } from '../helpers.js';
import { badInputs, expectedOutputNames, goodInputs, listFiles, makeShelf } from './shelf.js';

// Under vitest the pipeline runs from its TypeScript source, where no compiled worker exists:
// convertBatch then runs the same conversion job in this thread. tests/cli/convert.test.ts runs
// the compiled CLI, worker pool included, on the same shelf.
describe('convertBatch on a shelf of 3 good and 4 bad inputs', () => {
  let work: string;
  let shelf: string;
  let out: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'baogao-batch-'));
    shelf = join(work, 'shelf');
    out = join(work, 'out');
    await makeShelf(shelf);
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('converts the good ones, names every bad one with its reason, and leaves nothing else', async () => {
    const summary = await convertBatch(await collectInputs([shelf]), { outDir: out, format: 'yaml' });
    expect(summary).toMatchObject({ converted: 3, unchanged: 0, failed: 4 });
    for (const [name, reason] of Object.entries(badInputs)) {
      const outcome = summary.outcomes.find((candidate) => candidate.file === join(shelf, name));
      expect(outcome?.status, name).toBe('failed');
      if (outcome?.status === 'failed') expect(outcome.reason, name).toMatch(reason);
    }
    expect(await listFiles(out)).toEqual(expectedOutputNames());
  });

  it('writes what a single-file conversion gives, byte for byte', async () => {
    for (const name of goodInputs) {
      const doc = await convert(join(shelf, name));
      const base = name.replace(/\.txt$/, '');
      expect(await readFile(join(out, `${base}.md`), 'utf8')).toBe(doc.markdown);
      expect(await readFile(join(out, `${base}.facts.yaml`), 'utf8')).toBe(serializeFacts(doc.factsFile, 'yaml'));
    }
  });

  it('rewrites nothing on a rerun, and everything with force', async () => {
    const before = await Promise.all(expectedOutputNames().map((name) => stat(join(out, name))));
    const rerun = await convertBatch(await collectInputs([shelf]), { outDir: out, format: 'yaml' });
    expect(rerun).toMatchObject({ converted: 0, unchanged: 3, failed: 4 });
    const after = await Promise.all(expectedOutputNames().map((name) => stat(join(out, name))));
    expect(after.map((info) => [info.ino, info.mtimeMs])).toEqual(before.map((info) => [info.ino, info.mtimeMs]));

    const forced = await convertBatch(await collectInputs([shelf]), { outDir: out, format: 'yaml', force: true });
    expect(forced).toMatchObject({ converted: 3, unchanged: 0, failed: 4 });
    expect(await listFiles(out)).toEqual(expectedOutputNames());
  });

  it('converts again an input whose bytes changed', async () => {
    const changed = join(shelf, goodInputs[1]!);
    await appendFile(changed, '\n补充一段。\n');
    const summary = await convertBatch([changed], { outDir: out, format: 'yaml' });
    expect(summary).toMatchObject({ converted: 1, unchanged: 0, failed: 0 });
  });
});

describe('convertBatch with inputs of the same name', () => {
  it('fails the later one instead of overwriting the outputs of the first', async () => {
    const out = await mkdtemp(join(tmpdir(), 'baogao-clash-'));
    try {
      const first = fixture('dcdr2021-excerpt.zh.txt');
      const second = join(out, 'copy', 'dcdr2021-excerpt.zh.txt');
      await cp(first, second);
      const summary = await convertBatch([first, second], { outDir: join(out, 'out'), format: 'json' });
      expect(summary).toMatchObject({ converted: 1, failed: 1 });
      const failure = summary.outcomes[1];
      expect(failure).toMatchObject({ file: second, status: 'failed' });
      if (failure?.status === 'failed') expect(failure.reason).toContain(first);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
