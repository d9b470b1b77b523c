import { describe, expect, it } from 'vitest';
import { clean } from '../../pipeline/clean/index.js';
import { continuedColumns } from '../../pipeline/clean/tables.js';
import type { Box, Line } from '../../pipeline/types.js';
import { laidOutDocument, line, page } from '../clean/helpers.js';

/** A line that is one run, as the extract stage gives it. */
function cell(text: string, pageNumber: number, x: number, y: number): Line {
  const made = line(text, pageNumber, x, y, { size: 10.5 });
  return { ...made, runs: [{ text, box: made.box!, fontSize: 10.5, fontName: 'Song', bold: false }] };
}

/** A ruled grid: rows of cells at the column lefts xs, one row every 20 pt from y. */
function ruledTable(pageNumber: number, rows: string[][], xs: number[], y: number): { lines: Line[]; rules: Box[] } {
  const lines = rows.flatMap((row, r) => row.flatMap((text, c) => (text ? [cell(text, pageNumber, xs[c]! + 4, y + r * 20 + 5)] : [])));
  const bottom = y + rows.length * 20;
  const rules = [
    ...rows.map((_, r) => ({ x: xs[0]!, y: y + r * 20, width: xs.at(-1)! - xs[0]!, height: 0.5 })),
    { x: xs[0]!, y: bottom, width: xs.at(-1)! - xs[0]!, height: 0.5 },
    ...xs.map((x) => ({ x, y, width: 0.5, height: bottom - y })),
  ];
  return { lines, rules };
}


describe('a table continued on the next page', () => {
  const xs = [50, 250, 300, 420, 545];

  it('goes on in the same table, its columns placed under the first part’s though it dropped an empty one (附注)', () => {
    const first = ruledTable(1, [['项目', '附注', '2020年度', '2019年度'], ['投资活动现金流入小计', '', '1,057,676,004.62', '2,112,665,143.46'], ['投资支付的现金', '', '', '53,600,000.00']], xs, 700);
    const second = ruledTable(2, [['支付其他与投资活动有关的现金', '', '1,215,060,000.00', '1,338,600,000.00'], ['取得借款收到的现金', '', '', '50,000,000.00']], xs, 60);
    const blocks = clean(laidOutDocument([page(1, first.lines, { rules: first.rules }), page(2, second.lines, { rules: second.rules })])).blocks;
    const tables = blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ page: 1, pageEnd: 2, headerRows: 1 });
    expect(tables[0]!.rows!.slice(3)).toEqual([
      ['支付其他与投资活动有关的现金', '', '1,215,060,000.00', '1,338,600,000.00'],
      ['取得借款收到的现金', '', '', '50,000,000.00'],
    ]);
  });

  it('stays apart when text comes between, or its columns stand elsewhere', () => {
    const first = ruledTable(1, [['项目', '2020年度', '2019年度'], ['营业收入', '1,057.62', '2,112.46']], [50, 250, 420, 545], 700);
    const second = ruledTable(2, [['名称', '金额'], ['甲公司', '1,215.00']], [300, 400, 545], 60);
    const blocks = clean(laidOutDocument([page(1, first.lines, { rules: first.rules }), page(2, second.lines, { rules: second.rules })])).blocks;
    expect(blocks.filter((b) => b.kind === 'table')).toHaveLength(2);
  });

  it.each<[string, { left: number; right: number }[], number[] | undefined]>([
    ['the same columns', [{ left: 50, right: 250 }, { left: 250, right: 300 }, { left: 300, right: 420 }], [0, 1, 2]],
    ['an empty middle column dropped', [{ left: 50, right: 250 }, { left: 300, right: 420 }], [0, 2]],
    ['columns elsewhere', [{ left: 600, right: 700 }], undefined],
    ['no row labels under the first', [{ left: 260, right: 300 }, { left: 300, right: 420 }], undefined],
    ['two columns under one', [{ left: 300, right: 350 }, { left: 360, right: 420 }], undefined],
  ])('columns: %s', (_, later, map) => {
    expect(continuedColumns([{ left: 50, right: 250 }, { left: 250, right: 300 }, { left: 300, right: 420 }], later)).toEqual(map);
  });
});
