import { describe, expect, it } from 'vitest';
import { facts } from '../../pipeline/index.js';
import type { Block, Language } from '../../pipeline/index.js';
import { documentOf } from './document.js';

const table = (rows: string[][]): Partial<Block> => ({ kind: 'table', rows, headerRows: 1 });
const cellsOf = (blocks: Partial<Block>[], language: Language = 'zh') =>
  facts(documentOf(blocks, language)).facts.filter((fact) => fact.table).map((fact) => [fact.table!.row, fact.value, fact.unit, fact.time]);

describe('unit notes and captions below a table', () => {
  const revenue = table([['项目', '2022年', '2023年'], ['营业收入', '12.5', '14.0']]);

  it.each([
    ['单位：亿元', 12.5e8, 'CNY'],
    ['资料来源：公司公告，单位：亿元', 12.5e8, 'CNY'],
    ['注：单位为百万元', 12.5e6, 'CNY'],
    ['资料来源：Wind', 12.5, ''],
  ])('%s', (note, value, unit) => {
    expect(cellsOf([{ text: '表 3：公司收入' }, revenue, { kind: 'source', text: note }, { text: '公司收入稳步增长，盈利能力持续提升，未来三年有望保持较快增长态势。' }])[0]).toEqual(['营业收入', value, unit, '2022']);
  });

  it('a unit line right over the next table is that table’s, not the one above it', () => {
    const found = cellsOf([revenue, { text: '单位：万元' }, table([['项目', '2023年'], ['净利润', '3.5']])]);
    expect(found).toEqual([
      ['营业收入', 12.5, '', '2022'],
      ['营业收入', 14, '', '2023'],
      ['净利润', 35000, 'CNY', '2023'],
    ]);
  });

  it('a note above wins over a note below; running text below is no note', () => {
    expect(cellsOf([{ text: '单位：万元' }, revenue, { text: '单位：亿元' }])[0]).toEqual(['营业收入', 125000, 'CNY', '2022']);
    expect(cellsOf([revenue, { text: '按照单位：亿元计算的口径，公司收入在 2020 年首次超过同行业平均水平，此后持续增长并保持领先。' }])[0]).toEqual(['营业收入', 12.5, '', '2022']);
  });

  it('English: a note and a caption under the table', () => {
    const found = cellsOf(
      [table([['', 'FY2022', 'FY2023'], ['Revenue', '1,250', '1,400']]), { kind: 'caption', text: 'Table 2: Revenue by year' }, { text: 'Note: in thousands of U.S. dollars' }],
      'en',
    );
    expect(found[0]).toEqual(['Revenue', 1.25e6, 'USD', '2022']);
    const withCaption = facts(documentOf([table([['', 'FY2022'], ['Revenue', '1,250']]), { kind: 'caption', text: 'Table 2: Revenue by year' }], 'en')).facts[0];
    expect(withCaption!.table!.caption).toBe('Table 2: Revenue by year');
  });
});
