import { describe, expect, it } from 'vitest';
import { findTables } from '../../pipeline/clean/tables.js';
import type { Line } from '../../pipeline/types.js';
import { line, page } from '../clean/helpers.js';

/** A line that is one run, as the extract stage gives it. */
function cell(text: string, x: number, y: number, region?: number): Line {
  const made = line(text, 1, x, y, { size: 9 });
  return { ...made, runs: [{ text, box: made.box!, fontSize: 9, fontName: 'Song', bold: false }], ...(region === undefined ? {} : { region }) };
}
const right = (text: string, end: number, y: number, region?: number) => cell(text, end - text.length * 4.5, y, region);

describe('tables of a broker note’s first page', () => {
  it('a banner rule of the same extent above the prose does not swallow the three-line table below it', () => {
    const prose = [0, 1, 2].map((i) => cell('公司发布半年报，上半年实现营业收入 58.32 亿元，同比增长 21.4%，收入增长符合预期，盈利能力稳步提升。', 45, 90 + i * 16));
    const table = [
      cell('会计年度', 45, 366), right('2020A', 330, 366), right('2021E', 400, 366), right('2022E', 470, 366), right('2023E', 540, 366),
      cell('营业收入（百万元）', 45, 384), right('10,234', 330, 384), right('12,108', 400, 384), right('14,205', 470, 384), right('16,380', 540, 384),
      cell('EPS（元）', 45, 402), right('1.38', 330, 402), right('1.68', 400, 402), right('2.03', 470, 402), right('2.41', 540, 402),
    ];
    const rules = [62, 362, 380, 420].map((y) => ({ x: 42, y, width: 510, height: 0.75 }));
    const tables = findTables(page(1, [...prose, ...table], { rules }));
    expect(tables.map((t) => t.rows[0])).toEqual([['会计年度', '2020A', '2021E', '2022E', '2023E']]);
    expect(tables[0]!.rows).toHaveLength(3);
  });

  it('a sidebar’s three-line table, a fifth of the page wide, and its key-value list beside prose', () => {
    const sidebar = 0;
    const prose = [0, 1, 2, 3, 4].map((i) => cell('公司发布半年报，上半年实现营业收入 58.32 亿元，同比增长 21.4%，', 45, 130 + i * 16));
    const keyValues = [
      [cell('收盘价（元）', 400, 130, sidebar), right('45.60', 550, 130, sidebar)],
      [cell('总股本（百万股）', 400, 146, sidebar), right('1,200.00', 550, 146, sidebar)],
      [cell('总市值（百万元）', 400, 162, sidebar), right('54,720.00', 550, 162, sidebar)],
      [cell('资产负债率（%）', 400, 178, sidebar), right('32.40', 550, 178, sidebar)],
    ].flat();
    const performance = [
      cell('涨跌幅（%）', 398, 256, sidebar), right('1M', 490, 256, sidebar), right('3M', 520, 256, sidebar), right('12M', 555, 256, sidebar),
      cell('相对收益', 398, 273, sidebar), right('-2.35', 490, 273, sidebar), right('5.10', 520, 273, sidebar), right('18.40', 555, 273, sidebar),
      cell('绝对收益', 398, 289, sidebar), right('-4.12', 490, 289, sidebar), right('1.96', 520, 289, sidebar), right('25.31', 555, 289, sidebar),
    ];
    const rules = [252, 269, 302].map((y) => ({ x: 395, y, width: 165, height: 0.75 }));
    const regions = [{ kind: 'sidebar' as const, box: { x: 390, y: 100, width: 170, height: 220 } }];
    const tables = findTables({ ...page(1, [...prose, ...keyValues, ...performance], { rules }), regions } as Parameters<typeof findTables>[0]);
    expect(tables.map((t) => t.rows)).toEqual([
      [
        ['涨跌幅（%）', '1M', '3M', '12M'],
        ['相对收益', '-2.35', '5.10', '18.40'],
        ['绝对收益', '-4.12', '1.96', '25.31'],
      ],
      [
        ['', ''],
        ['收盘价（元）', '45.60'],
        ['总股本（百万股）', '1,200.00'],
        ['总市值（百万元）', '54,720.00'],
        ['资产负债率（%）', '32.40'],
      ],
    ]);
  });

  it('a list of titles and bare page numbers is no key-value table', () => {
    const contents = ['公司简介', '经营情况讨论与分析', '重要事项', '财务报告'].flatMap((title, i) => [cell(title, 60, 100 + i * 16), right(String(3 + i * 7), 540, 100 + i * 16)]);
    expect(findTables(page(1, contents))).toEqual([]);
  });
});
