import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type { Alignment } from '../../pipeline/index.js';
import { buildCli, type BuiltCli } from '../cli/build.js';
import { fixture } from '../helpers.js';

describe('baogao align (compiled CLI)', () => {
  let cli: BuiltCli;
  let work: string;
  beforeAll(async () => {
    cli = await buildCli();
    work = await mkdtemp(join(tmpdir(), 'baogao-align-'));
  }, 120_000);
  afterAll(async () => {
    await cli.remove();
    await rm(work, { recursive: true, force: true });
  });

  it('converts both documents, writes align.yaml and align.md, and exits 1 on planted errors', async () => {
    const out = join(work, 'planted');
    const { status, stdout } = await cli.baogao(['align', fixture('digital-china-2020.zh.txt'), fixture('dcdr2020-ch3.en.planted.txt'), '-o', out]);
    expect(status).toBe(1);
    expect(stdout).toMatch(/\d+ translation facts: \d+ as in the original, [1-9]\d* different/);
    const alignment = YAML.parse(await readFile(join(out, 'align.yaml'), 'utf8')) as Alignment;
    expect(alignment.original.source_file).toBe('digital-china-2020.zh.txt');
    expect(alignment.differences.find((d) => d.translation.text === '1.36 billion yuan')).toMatchObject({ original: { text: '1.36万亿元' }, fields: ['value'] });
    const markdown = await readFile(join(out, 'align.md'), 'utf8');
    expect(markdown).toContain('| value | 1.36 billion yuan = 1360000000 (amount, CNY, 2020) | 1.36万亿元 = 1360000000000 (amount, CNY, 2020) |');
  });

  it('takes facts files as well, writes JSON with --format json, and exits 0 when every number agrees', async () => {
    const facts = join(work, 'facts');
    expect((await cli.baogao(['convert', fixture('dcdr2020-ch3.en.txt'), '-o', facts, '-q'])).status).toBe(0);
    const english = join(facts, 'dcdr2020-ch3.en.facts.yaml');
    const out = join(work, 'same');
    const { status } = await cli.baogao(['align', english, english, '-o', out, '--format', 'json', '-q']);
    expect(status).toBe(0);
    const alignment = JSON.parse(await readFile(join(out, 'align.json'), 'utf8')) as Alignment;
    expect(alignment.summary.pairs).toBe(alignment.summary.translation_facts);
    expect(alignment.summary.only_in_original).toBe(0);
  });

  it('exits 1 with a one-line error for a file that is not a facts file', async () => {
    const { status, stderr } = await cli.baogao(['align', fixture('english-gold.yaml'), fixture('english-gold.yaml'), '-o', join(work, 'bad')]);
    expect(status).toBe(2);
    expect(stderr.trim()).toMatch(/^error: .*english-gold\.yaml: not a facts file/);
  });
});
