import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type { FactsDiff } from '../../pipeline/index.js';
import { edition, fact } from '../diff/facts.js';
import { buildCli, type BuiltCli } from './build.js';

describe('baogao diff (compiled CLI)', () => {
  let cli: BuiltCli;
  let work: string;
  beforeAll(async () => {
    cli = await buildCli();
    work = await mkdtemp(join(tmpdir(), 'baogao-diff-'));
    const old = edition(2020, [fact('71.8 万个', '已建成 5G 基站达到 71.8 万个。', { value: 718000, scale: 10000, subject: '5G 基站', time: '2020', section: ['一、成就'] })]);
    const next = edition(2021, [fact('142.5万个', '全国累计建成5G基站142.5万个。', { value: 1425000, scale: 10000, subject: '5G基站', time: '2021', section: ['一、信息基础设施'] })]);
    await writeFile(join(work, 'old.facts.yaml'), YAML.stringify(old));
    await writeFile(join(work, 'new.facts.json'), JSON.stringify(next));
  });
  afterAll(async () => {
    await cli.remove();
    await rm(work, { recursive: true, force: true });
  });

  it('writes diff.yaml and diff.md from two facts files and exits 1 when something changed', async () => {
    const out = join(work, 'out');
    const { status, stdout } = await cli.baogao(['diff', join(work, 'old.facts.yaml'), join(work, 'new.facts.json'), '-o', out]);
    expect(status).toBe(1);
    expect(stdout).toContain('1 changed, 0 unchanged, 0 ambiguous');
    const diff = YAML.parse(await readFile(join(out, 'diff.yaml'), 'utf8')) as FactsDiff;
    expect(diff.changed[0]).toMatchObject({ metric: '5G 基站', old: { value: 718000 }, new: { value: 1425000 }, change: { absolute: 707000 } });
    expect(await readFile(join(out, 'diff.md'), 'utf8')).toContain('## 一、信息基础设施');
  });

  it('exits 0 when both editions say the same, and writes JSON with --format json', async () => {
    const out = join(work, 'same');
    const { status } = await cli.baogao(['diff', join(work, 'old.facts.yaml'), join(work, 'old.facts.yaml'), '-o', out, '--format', 'json', '-q']);
    expect(status).toBe(0);
    const diff = JSON.parse(await readFile(join(out, 'diff.json'), 'utf8')) as FactsDiff;
    expect(diff.summary).toEqual({ changed: 0, unchanged: 1, ambiguous: 0, only_old: 0, only_new: 0 });
  });

  it('exits 2 and names the input when one cannot be read', async () => {
    const { status, stderr } = await cli.baogao(['diff', join(work, 'missing.facts.yaml'), join(work, 'old.facts.yaml'), '-o', join(work, 'x')]);
    expect(status).toBe(2);
    expect(stderr).toContain('missing.facts.yaml');
  });
});
