import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers.js';
import { buildCli, type BuiltCli } from './build.js';

const inputs = 8;

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Starts `baogao convert` on the shelf, sends SIGINT `interrupts` times once the first input's
 * Markdown is written (a conversion is then done and others are under way or waiting), and
 * returns how the process ended.
 */
async function convertInterrupted(cli: BuiltCli, shelf: string, out: string, interrupts: number): Promise<Ended> {
  const child = spawn(process.execPath, [cli.entry, 'convert', shelf, '-o', out, '--jobs', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ended = new Promise<Ended>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  while (!(await readdir(out).catch(() => [] as string[])).some((name) => name.endsWith('.md'))) await sleep(20);
  for (let count = 0; count < interrupts; count++) {
    child.kill('SIGINT');
    // The second signal must come after the first is handled: wait for the notice on stderr.
    while (count === 0 && interrupts > 1 && !stderr.includes('interrupted')) await sleep(10);
  }
  return ended;
}

/** The outputs written: every Markdown file has its facts file, and no temporary file is left. */
async function expectWholeOutputs(out: string): Promise<number> {
  const names = await readdir(out);
  expect(names.filter((name) => name.startsWith('.') || name.endsWith('.tmp'))).toEqual([]);
  const markdown = names.filter((name) => name.endsWith('.md'));
  for (const name of markdown) expect(names).toContain(name.replace(/\.md$/, '.facts.yaml'));
  return markdown.length;
}

describe('Ctrl-C in a batch (compiled CLI, child process)', () => {
  let cli: BuiltCli;
  let work: string;
  const shelf = () => join(work, 'shelf');
  beforeAll(async () => {
    cli = await buildCli();
    work = await mkdtemp(join(tmpdir(), 'baogao-interrupt-'));
    await mkdir(shelf());
    for (let index = 1; index <= inputs; index++) await copyFile(fixture('dcdr2021-excerpt.zh.txt'), join(shelf(), `edition-${index}.txt`));
  }, 300_000);
  afterAll(async () => {
    await cli.remove();
    await rm(work, { recursive: true, force: true });
  });

  it('stops new work, finishes what is under way, prints the summary and exits 130 without a native crash', async () => {
    const out = join(work, 'once');
    const { code, stdout, stderr } = await convertInterrupted(cli, shelf(), out, 1);
    expect(stderr).not.toMatch(/terminate called|Napi::Error|Abort/);
    expect(code).toBe(130);
    const summary = /(\d+) converted, 0 unchanged \(skipped\), 0 failed, (\d+) not started \(interrupted\)/.exec(stdout);
    expect(summary, stdout).not.toBeNull();
    const [converted, interrupted] = [Number(summary![1]), Number(summary![2])];
    expect(converted).toBeGreaterThanOrEqual(1);
    expect(converted + interrupted).toBe(inputs);
    expect(await expectWholeOutputs(out)).toBe(converted);
  }, 180_000);

  it('stops at once on a second Ctrl-C, leaving whole outputs and no temporary file', async () => {
    const out = join(work, 'twice');
    const { code, signal, stderr } = await convertInterrupted(cli, shelf(), out, 2);
    expect(stderr).not.toMatch(/terminate called|Napi::Error/);
    // Ended by the signal itself, as shells report with status 130.
    expect(signal === 'SIGINT' || code === 130).toBe(true);
    expect(await expectWholeOutputs(out)).toBeLessThan(inputs);
  }, 180_000);
});
