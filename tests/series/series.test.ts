import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFacts } from '../../pipeline/index.js';
import { buildSeries, renderSeriesCsv, renderSeriesHtml, seriesColumns, type FactsSeries } from '../../pipeline/series/index.js';
import { fixture } from '../helpers.js';

const chromium = '/usr/bin/chromium';

/** The DOM a real headless browser builds from a page, and the addresses it was asked for: none may leave the machine. */
async function renderInChromium(page: string, work: string): Promise<string> {
  const { stdout } = await promisify(execFile)(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      `--user-data-dir=${join(work, 'profile')}`,
      '--dump-dom',
      `file://${page}`,
    ],
    { maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
  );
  return stdout;
}

// Three editions, given out of order: the 2022 and 2021 ones are synthetic (tests/fixtures), the
// 2020 one is the report's seed text.
describe('buildSeries over three editions', () => {
  let series: FactsSeries;
  let work: string;
  beforeAll(async () => {
    const files = await Promise.all(['series-2022.zh.txt', 'digital-china-2020.zh.txt', 'diff-restated.zh.txt'].map((name) => extractFacts(fixture(name))));
    series = buildSeries(files);
    work = await mkdtemp(join(tmpdir(), 'baogao-series-'));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('puts the editions in order of their reporting years', () => {
    expect(series.editions.map((edition) => edition.year)).toEqual([2020, 2021, 2022]);
  });

  it('follows a metric through every edition that states it, with its short name', () => {
    const fiveG = series.metrics.find((metric) => metric.metric === '5G 基站');
    expect(fiveG?.points.map((point) => [point.year, point.value])).toEqual([
      [2020, 718000],
      [2021, 1425000],
      [2022, 2312000],
    ]);
    const retail = series.metrics.find((metric) => metric.metric === '网上零售额');
    expect(retail?.points.map((point) => point.text)).toEqual(['11.76 万亿元', '13.09万亿元', '13.79万亿元']);
  });

  it('lists each metric in two or more editions, in reporting order, each edition once', () => {
    expect(series.metrics.length).toBeGreaterThanOrEqual(15);
    for (const metric of series.metrics) {
      const years = metric.points.map((point) => point.year!);
      expect(years.length).toBeGreaterThanOrEqual(2);
      expect([...years].sort()).toEqual(years);
      expect(new Set(years).size).toBe(years.length);
    }
  });

  it('writes one CSV row per metric and edition, with the fact it comes from', () => {
    const lines = renderSeriesCsv(series).replace(/^\ufeff/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe(seriesColumns.join(','));
    expect(lines.length - 1).toBe(series.metrics.reduce((count, metric) => count + metric.points.length, 0));
    expect(lines).toContain('m1,5G 基站,数字中国发展报告（2021 年）,2021,1425000,个,142.5万个,diff-restated.zh.txt,f3-2-1');
  });

  it('draws one chart per metric in a page that refers to nothing outside it', () => {
    const html = renderSeriesHtml(series);
    expect(html.match(/<svg\b/g)?.length).toBe(series.metrics.length);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script|<link|<img|url\((?!#)/i);
  });

  it.skipIf(!existsSync(chromium))('renders in headless Chromium with one chart per metric', async () => {
    const page = join(work, 'series.html');
    await writeFile(page, renderSeriesHtml(series));
    const dom = await renderInChromium(page, work);
    expect(dom.match(/<svg\b/g)?.length).toBe(series.metrics.length);
    // Every chart has its line, its title and its points.
    expect(dom.match(/<figure class="chart"/g)?.length).toBe(series.metrics.length);
    expect(dom).toContain('5G 基站');
    expect(dom).toContain('231.2');
  });
});
