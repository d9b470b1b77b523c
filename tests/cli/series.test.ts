import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { edition, fact } from '../diff/facts.js';
import { buildCli, type BuiltCli } from './build.js';

const baseStations = (year: number, text: string, value: number) =>
  edition(year, [fact(text, `累计建成5G基站${text}。`, { value, scale: 10000, subject: '5G基站', time: String(year), section: ['一、信息基础设施'] })]);

describe('baogao series (compiled CLI)', () => {
  let cli: BuiltCli;
  let work: string;
  beforeAll(async () => {
    cli = await buildCli();
    work = await mkdtemp(join(tmpdir(), 'baogao-series-cli-'));
    await writeFile(join(work, '2022.facts.yaml'), YAML.stringify(baseStations(2022, '231.2万个', 2312000)));
    await writeFile(join(work, '2020.facts.json'), JSON.stringify(baseStations(2020, '71.8万个', 718000)));
    await writeFile(join(work, '2021.facts.yaml'), YAML.stringify(baseStations(2021, '142.5万个', 1425000)));
  });
  afterAll(async () => {
    await cli.remove();
    await rm(work, { recursive: true, force: true });
  });

  it('writes series.csv, series.json and series.html for editions given in any order', async () => {
    const out = join(work, 'out');
    const inputs = ['2022.facts.yaml', '2020.facts.json', '2021.facts.yaml'].map((name) => join(work, name));
    const { status, stdout } = await cli.baogao(['series', ...inputs, '-o', out, '-q', '--format', 'json']);
    expect(status).toBe(0);
    expect(stdout).toBe('');
    const csv = await readFile(join(out, 'series.csv'), 'utf8');
    expect(csv.replace(/^\ufeff/, '').split('\r\n').slice(1, 4)).toEqual([
      'm1,5G 基站,报告（2020 年）,2020,718000,个,71.8万个,2020.txt,f-8-71.8万个',
      'm1,5G 基站,报告（2021 年）,2021,1425000,个,142.5万个,2021.txt,f-8-142.5万个',
      'm1,5G 基站,报告（2022 年）,2022,2312000,个,231.2万个,2022.txt,f-8-231.2万个',
    ]);
    const data = JSON.parse(await readFile(join(out, 'series.json'), 'utf8'));
    expect(data.metrics[0].points.map((point: { value: number }) => point.value)).toEqual([718000, 1425000, 2312000]);
    expect((await readFile(join(out, 'series.html'), 'utf8')).match(/<svg\b/g)?.length).toBe(1);
  });

  it('says that one edition is no series, and names an input it cannot read (exit 2)', async () => {
    const one = await cli.baogao(['series', join(work, '2020.facts.json'), '-o', join(work, 'one')]);
    expect(one.status).toBe(2);
    expect(one.stderr).toContain('two or more editions');
    const missing = await cli.baogao(['series', join(work, '2020.facts.json'), join(work, 'nowhere.facts.yaml'), '-o', join(work, 'missing')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nowhere.facts.yaml');
  });
});
