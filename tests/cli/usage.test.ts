import { mkdir, mkdtemp, readdir, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers.js';
import { buildCli, type BuiltCli } from './build.js';

describe('bad usage is said at once, exit 2, before anything is converted (compiled CLI)', () => {
  let cli: BuiltCli;
  let work: string;
  const path = (...names: string[]) => join(work, ...names);
  beforeAll(async () => {
    cli = await buildCli();
    work = await mkdtemp(join(tmpdir(), 'baogao-usage-'));
    await mkdir(path('shelf'));
    await copyFile(fixture('dcdr2021-excerpt.zh.txt'), path('shelf', 'edition.txt'));
    await writeFile(path('a-file'), 'not a directory');
  }, 300_000);
  afterAll(async () => {
    await cli.remove();
    await rm(work, { recursive: true, force: true });
  });

  it.each([
    ['convert', ['convert', '{shelf}', '-o', '{a-file}']],
    ['diff', ['diff', '{shelf}/edition.txt', '{shelf}/edition.txt', '-o', '{a-file}']],
    ['align', ['align', '{shelf}/edition.txt', '{shelf}/edition.txt', '-o', '{a-file}']],
  ])('%s with -o naming a file', async (_command, args) => {
    const { status, stdout, stderr } = await cli.baogao(args.map((arg) => arg.replace('{shelf}', path('shelf')).replace('{a-file}', path('a-file'))));
    expect(status).toBe(2);
    expect(stderr).toContain(`-o ${path('a-file')}: exists and is not a directory`);
    expect(stdout).toBe('');
    expect((await readdir(work)).sort()).toEqual(['a-file', 'shelf']);
  });

  it.each([
    ['convert', ['convert', '{shelf}', '{missing}', '-o', '{out}']],
    ['diff', ['diff', '{missing}', '{shelf}/edition.txt', '-o', '{out}']],
    ['align', ['align', '{shelf}/edition.txt', '{missing}', '-o', '{out}']],
    ['export', ['export', '{shelf}', '{missing}', '--to', '{out}/x.duckdb']],
  ])('%s with an input that does not exist', async (_command, args) => {
    const missing = path('shelf', 'no-such-report.pdf');
    const { status, stdout, stderr } = await cli.baogao(args.map((arg) => arg.replace('{shelf}', path('shelf')).replace('{missing}', missing).replace('{out}', path('out'))));
    expect(status).toBe(2);
    expect(stderr).toContain(`error: ${missing}: no such file or directory`);
    expect(stdout).toBe('');
    expect((await readdir(work)).sort()).toEqual(['a-file', 'shelf']);
  });
});
