import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badInputs, expectedOutputNames, goodInputs, listFiles, makeShelf } from '../batch/shelf.js';
import { fixture } from '../helpers.js';
import { buildCli, type BuiltCli } from './build.js';

describe('baogao convert on a shelf of 3 good and 4 bad inputs (compiled CLI, worker pool)', () => {
  let cli: BuiltCli;
  let work: string;
  let shelf: string;
  let out: string;
  beforeAll(async () => {
    cli = await buildCli();
    work = await mkdtemp(join(tmpdir(), 'baogao-cli-'));
    shelf = join(work, 'shelf');
    out = join(work, 'out');
    await makeShelf(shelf);
  });
  afterAll(async () => {
    await cli.remove();
    await rm(work, { recursive: true, force: true });
  });

  it('exits 1, names every bad file, writes the good ones whole and nothing else', async () => {
    const { status, stdout, stderr } = await cli.baogao(['convert', shelf, '-o', out, '--jobs', '2']);
    expect(status).toBe(1);
    for (const [name, reason] of Object.entries(badInputs)) {
      const line = stderr.split('\n').find((candidate) => candidate.includes(join(shelf, name)));
      expect(line, name).toMatch(reason);
    }
    expect(stdout).toContain('3 converted, 0 unchanged (skipped), 4 failed');
    // Not a terminal: no progress bar.
    expect(stderr).not.toContain('converting [');
    expect(await listFiles(out)).toEqual(expectedOutputNames());
  });

  it('writes the same bytes as an in-process single-file conversion', async () => {
    // The same build's library, not the TypeScript source: the source may have moved on since the build.
    const { convert, serializeFacts } = await cli.library();
    for (const name of goodInputs) {
      const doc = await convert(join(shelf, name));
      const base = name.replace(/\.txt$/, '');
      expect(await readFile(join(out, `${base}.md`), 'utf8')).toBe(doc.markdown);
      expect(await readFile(join(out, `${base}.facts.yaml`), 'utf8')).toBe(serializeFacts(doc.factsFile, 'yaml'));
    }
  });

  it('rewrites nothing on a rerun', async () => {
    const before = await Promise.all(expectedOutputNames().map((name) => stat(join(out, name))));
    const { status, stdout } = await cli.baogao(['convert', shelf, '-o', out]);
    expect(status).toBe(1);
    expect(stdout).toContain('0 converted, 3 unchanged (skipped), 4 failed');
    const after = await Promise.all(expectedOutputNames().map((name) => stat(join(out, name))));
    expect(after.map((info) => [info.ino, info.mtimeMs])).toEqual(before.map((info) => [info.ino, info.mtimeMs]));
    expect(await listFiles(out)).toEqual(expectedOutputNames());
  });

  it('exits 0 and says only problems with --quiet when every input converts', async () => {
    const quietOut = join(work, 'quiet');
    const inputs = goodInputs.map((name) => join(shelf, name));
    const { status, stdout } = await cli.baogao(['convert', ...inputs, '-o', quietOut, '--format', 'json', '--quiet']);
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expect(await listFiles(quietOut)).toEqual(expectedOutputNames('json'));
  });

  it('with --ocr off, refuses a garbled document in one line naming the file and the cause, exit 1, no output', async () => {
    const garbled = fixture('ocr/garbled.pdf');
    const refusedOut = join(work, 'refused');
    const { status, stderr } = await cli.baogao(['convert', garbled, '-o', refusedOut, '--ocr', 'off']);
    expect(status).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.startsWith(`failed: ${garbled}: its text cannot be read (page 1 has a garbage text layer: `)).toBe(true);
    expect(lines[0]).toMatch(/; OCR is off \(--ocr off\)$/);
    expect(await listFiles(refusedOut).catch(() => [])).toEqual([]);
  });

  it('exits 2 when no input is found', async () => {
    const empty = join(work, 'empty');
    await mkdir(empty);
    const { status, stderr } = await cli.baogao(['convert', empty, '-o', join(work, 'none')]);
    expect(status).toBe(2);
    expect(stderr).toContain('no .pdf or .txt input found');
  });
});
