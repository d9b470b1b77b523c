import { describe, expect, it } from 'vitest';
import { findTables } from '../../pipeline/clean/tables.js';
import type { Line } from '../../pipeline/types.js';
import { line, page } from './helpers.js';

/** A line that is one run, as the extract stage gives it. */
function cell(text: string, x: number, y: number, bold = false): Line {
  const made = line(text, 1, x, y, { size: 10.5, bold });
  return { ...made, runs: [{ text, box: made.box!, fontSize: 10.5, fontName: 'Song', bold }] };
}

describe('tables', () => {
  it('rebuilds an open ("three-line") table from its rules and the gaps between its columns', () => {
    const lines = [
      cell('学校', 80, 105, true),
      cell('模板名称', 200, 105, true),
      cell('热度', 400, 105, true),
      cell('清华大学', 80, 130),
      cell('thuthesis', 200, 130),
      cell('5', 400, 130),
      cell('上海交通大学', 80, 150),
      cell('SJTUThesis', 200, 150),
      cell('5', 400, 150),
      cell('sjtu', 200, 165),
    ];
    const rules = [100, 122, 185].map((y) => ({ x: 70, y, width: 400, height: 0.5 }));
    const [table] = findTables(page(1, lines, { rules }));
    expect(table).toMatchObject({
      rows: [
        ['学校', '模板名称', '热度'],
        ['清华大学', 'thuthesis', '5'],
        ['上海交通大学', 'SJTUThesis sjtu', '5'],
      ],
      headerRows: 1,
    });
    expect(table!.lines.size).toBe(lines.length);
  });

  it('takes no table from rules around running text', () => {
    const text = cell('信息基础设施建设规模全球领先，我国建成全球规模最大的光纤网络和移动网络。', 80, 130);
    const rules = [100, 185].map((y) => ({ x: 70, y, width: 440, height: 0.5 }));
    expect(findTables(page(1, [text, cell('第二行文字也写满了整整一行的宽度，中间没有任何空隙。', 80, 150)], { rules }))).toEqual([]);
  });

  it('rebuilds a statement set without rules: values in columns, "$" joined to its number, headers over the columns', () => {
    // Labels at the left, numbers right-aligned in two columns, a '$' in a column of its own.
    const right = (text: string, end: number, y: number) => cell(text, end - text.length * 5.25, y);
    const lines = [
      cell('CONSOLIDATED STATEMENTS OF OPERATIONS', 150, 50),
      cell('Three Months Ended March 31,', 420, 80),
      right('2021', 480, 92),
      right('2022', 560, 92),
      cell('Revenue', 40, 105), cell('$', 420, 105), right('2,903', 480, 105), cell('$', 500, 105), right('6,854', 560, 105),
      cell('Costs and expenses', 40, 118),
      cell('Sales and marketing', 40, 131), right('1,103', 480, 131), right('1,263', 560, 131),
      cell('Loss from operations', 40, 144), right('(1,524)', 480, 144), right('(482)', 560, 144),
      cell('Other income (expense), net', 40, 157), right('1,710', 480, 157), right('—', 560, 157),
      cell('The accompanying notes are an integral part of these statements.', 100, 200),
    ];
    const [table] = findTables(page(1, lines));
    expect(table).toMatchObject({
      rows: [
        ['', 'Three Months Ended March 31,', ''],
        ['', '2021', '2022'],
        ['Revenue', '$ 2,903', '$ 6,854'],
        ['Costs and expenses', '', ''],
        ['Sales and marketing', '1,103', '1,263'],
        ['Loss from operations', '(1,524)', '(482)'],
        ['Other income (expense), net', '1,710', '—'],
      ],
      headerRows: 2,
    });
    expect(table!.lines.size).toBe(lines.length - 2);
  });

  it('takes no table from a contents page, a chart\'s labels or prose with numbers', () => {
    const contents = [1, 2, 3, 4].map((i) => [cell(`第${i}节 重要提示 ....................`, 40, 100 + i * 14), cell(String(i * 4), 500, 100 + i * 14)]).flat();
    expect(findTables(page(1, contents))).toEqual([]);
    const ticks = [0, 1, 2, 3].map((i) => [cell(String(i * 20), 100, 100 + i * 14), cell(String(i * 5), 300, 100 + i * 14)]).flat();
    expect(findTables(page(1, ticks))).toEqual([]);
    const prose = [0, 1, 2].map((i) => cell(`2020 年全国数字经济规模达到 39.2 万亿元，占 GDP 比重为 38.6%，同比提升 2.4 个百分点。`, 40, 100 + i * 14));
    expect(findTables(page(1, prose))).toEqual([]);
  });

  it('joins a rule drawn in pieces, one per column, and keeps rows under a label centred on its group apart', () => {
    const lines = [
      cell('策略', 110, 105, true), cell('年化收益率', 170, 105, true), cell('夏普比率', 330, 105, true),
      cell('多头', 110, 130), cell('15.45%', 170, 130), cell('0.80', 330, 130),
      cell('沪深 300', 50, 145), cell('多空', 110, 145), cell('21.71%', 170, 145), cell('0.82', 330, 145),
      cell('基准', 110, 160), cell('6.14%', 170, 160), cell('0.23', 330, 160),
    ];
    const pieces = (y: number) => [48, 107, 143, 300].map((x, i, xs) => ({ x, y, width: (xs[i + 1] ?? 420) - x, height: 0.5 }));
    const [table] = findTables(page(1, lines, { rules: [...pieces(100), ...pieces(120), ...pieces(175)] }));
    expect(table?.rows).toEqual([
      ['', '策略', '年化收益率', '夏普比率'],
      ['', '多头', '15.45%', '0.80'],
      ['沪深 300', '多空', '21.71%', '0.82'],
      ['', '基准', '6.14%', '0.23'],
    ]);
  });

  it('takes one ruled row of cells as a table (the end of a table continued from the page before)', () => {
    const lines = [cell('经营活动产生的现金流量净额', 60, 105), cell('49,859,316.61', 250, 105), cell('56,623,806.88', 400, 105)];
    const rules = [
      ...[100, 120].map((y) => ({ x: 50, y, width: 500, height: 0.5 })),
      ...[50, 240, 390, 550].map((x) => ({ x, y: 100, width: 0.5, height: 20 })),
    ];
    expect(findTables(page(1, lines, { rules }))[0]?.rows).toEqual([['经营活动产生的现金流量净额', '49,859,316.61', '56,623,806.88']]);
  });
});
