import { describe, expect, it } from 'vitest';
import { factTables, readCellNumber, readUnitWords, tableCells, type TableSetting } from '../../pipeline/facts/tables.js';
import type { Language } from '../../pipeline/index.js';
import { tableTables } from '../../pipeline/lang/index.js';

/** The cells of a small table, each reduced to what a test checks. */
function cellsOf(language: Language, rows: string[][], setting: Partial<TableSetting> = {}, headerRows = 1) {
  const full: TableSetting = { caption: '', notes: [], contextYear: null, ...setting };
  return tableCells(rows, headerRows, full, factTables(language)!, tableTables(language)).map((cell) => ({
    row: cell.rowLabel,
    column: cell.columnLabel,
    value: cell.number?.value,
    unit: cell.number?.unit,
    kind: cell.number?.kind,
    direction: cell.number?.direction,
    time: cell.time,
    forecast: cell.forecast,
    subject: cell.subject,
  }));
}

describe('a cell that is a number alone', () => {
  it.each([
    ['1,581,905,632.48', 1581905632.48],
    ['(5,702)', -5702],
    ['-5,702', -5702],
    ['−5,702', -5702],
    ['△5,702', -5702],
    ['$ (0.06)', -0.06],
    ['$ 2,903', 2903],
    ['（1,234）', -1234],
    ['15.45%', 15.45],
    ['0.00', 0],
  ])('%s → %s', (text, value) => {
    expect(readCellNumber(text)?.value).toBe(value);
  });

  it.each(['增加3.88个百分点', '(5,702', 'AA+', '2,903 $ 6,854', ''])('%s is more than a number', (text) => {
    expect(readCellNumber(text)).toBeUndefined();
  });
});

describe('unit words as tables state them', () => {
  it.each<[Language, string, { scale: number; unit: string }]>([
    ['zh', '万元', { scale: 1e4, unit: 'CNY' }],
    ['zh', '元', { scale: 1, unit: 'CNY' }],
    ['zh', '百万元', { scale: 1e6, unit: 'CNY' }],
    ['zh', '亿元', { scale: 1e8, unit: 'CNY' }],
    ['zh', '元／股', { scale: 1, unit: 'CNY' }],
    ['zh', '%', { scale: 1, unit: '%' }],
    ['zh', '万股', { scale: 1e4, unit: 'share' }],
    ['en', 'millions', { scale: 1e6, unit: '' }],
    ['en', '$ millions', { scale: 1e6, unit: 'USD' }],
    ['en', 'thousands', { scale: 1e3, unit: '' }],
  ])('%s %s', (language, words, expected) => {
    expect(readUnitWords(words, factTables(language)!, tableTables(language))).toMatchObject(expected);
  });
});

describe('every numeric cell of a table is a fact', () => {
  it('key figures: 单位：元 scales money rows, not per-share or percentage rows; a change column is dated with the later year', () => {
    const cells = cellsOf(
      'zh',
      [
        ['主要会计数据', '2020年', '2019年', '本期比上年同期增减(%)', '2018年'],
        ['营业收入', '1,581,905,632.48', '1,126,782,253.35', '40.39', '1,896,608,630.19'],
        ['基本每股收益（元／股）', '0.36', '0.20', '80.00', '0.67'],
        ['稀释每股收益（元／股）', '', '', '', '0.66'],
        ['加权平均净资产收益率（%）', '8.37', '4.49', '-3.88', '15.56'],
      ],
      { notes: ['单位：元 币种：人民币'] },
    );
    expect(cells).toHaveLength(4 + 4 + 1 + 4);
    expect(cells[0]).toMatchObject({ row: '营业收入', value: 1581905632.48, unit: 'CNY', kind: 'amount', time: '2020', subject: '营业收入' });
    expect(cells[1]).toMatchObject({ value: 1126782253.35, time: '2019' });
    expect(cells[2]).toMatchObject({ value: 40.39, unit: '%', kind: 'change', direction: 'up', time: '2020' });
    expect(cells[3]).toMatchObject({ time: '2018' });
    expect(cells[4]).toMatchObject({ row: '基本每股收益（元／股）', value: 0.36, unit: 'CNY' });
    expect(cells[8]).toMatchObject({ value: 0.66, time: '2018' });
    expect(cells[9]).toMatchObject({ value: 8.37, unit: '%', kind: 'percent' });
    expect(cells[11]).toMatchObject({ value: 3.88, kind: 'change', direction: 'down' });
  });

  it('万元: every amount is scaled; a numbered column is no fact; a caption date is the time', () => {
    const cells = cellsOf(
      'zh',
      [
        ['序号', '金融机构名称', '授信总额', '已使用情况', '剩余额度'],
        ['1', '工商银行', '330,435.30', '234,850.00', '95,585.30'],
        ['2', '渤海银行', '98,000.00', '0.00', '-'],
      ],
      { notes: ['单位：万元'], contextYear: '2023-03' },
    );
    expect(cells.map((c) => c.value)).toEqual([3304353000, 2348500000, 955853000, 980000000, 0]);
    expect(cells[0]).toMatchObject({ row: '工商银行', column: '授信总额', subject: '工商银行 授信总额', unit: 'CNY', time: '2023-03' });
  });

  it('a row label in 百万元 states its own scale', () => {
    const cells = cellsOf('zh', [['', '2022A', '2023E', '2024E'], ['营业收入(百万元)', '1,234', '1,500', '1,800'], ['(+/-)YOY(%)', '12.3', '21.6', '20.0'], ['EPS(元)', '0.52', '0.61', '0.75']]);
    expect(cells[0]).toMatchObject({ value: 1234e6, unit: 'CNY', time: '2022', forecast: false });
    expect(cells[1]).toMatchObject({ value: 1500e6, time: '2023', forecast: true });
    expect(cells[3]).toMatchObject({ value: 12.3, unit: '%' });
    expect(cells[6]).toMatchObject({ value: 0.52, unit: 'CNY' });
  });

  it('quarters take the year of the table', () => {
    const cells = cellsOf('zh', [['', '第一季度（1-3 月份）', '第二季度（4-6 月份）', '第四季度（10-12 月份）'], ['营业收入', '366,175,089.52', '258,180,404.26', '474,162,477.29']], {
      notes: ['单位：元 币种：人民币'],
      contextYear: '2020',
    });
    expect(cells.map((c) => c.time)).toEqual(['2020-01/2020-03', '2020-04/2020-06', '2020-10/2020-12']);
  });

  it.each<[Language, string, string | null]>([
    ['zh', '2023Q1', '2023-01/2023-03'],
    ['zh', '2023 年第三季度', '2023-07/2023-09'],
    ['zh', '2023 年上半年', '2023-01/2023-06'],
    ['zh', '2022年末', '2022'],
    ['en', 'Q2 2023', '2023-04/2023-06'],
    ['en', '3Q22', '2022-07/2022-09'],
    ['en', 'FY2023', '2023'],
    ['en', 'Three Months Ended March 31, 2022', '2022-01/2022-03'],
    ['en', 'Nine Months Ended September 30, 2022', '2022-01/2022-09'],
    ['en', 'Year Ended June 30, 2022', '2021-07/2022-06'],
    ['en', 'Year Ended December 31, 2022', '2022'],
  ])('%s column %s → %s', (language, header, time) => {
    expect(cellsOf(language, [['', header], ['Revenue', '100']])[0]!.time).toBe(time);
  });

  it('a statement in millions: $ cells, negatives in parentheses, group rows, per-share rows unscaled, share counts in thousands', () => {
    const cells = cellsOf(
      'en',
      [
        ['', 'Three Months Ended March 31,', ''],
        ['', '2021', '2022'],
        ['Revenue', '$ 2,903', '$ 6,854'],
        ['Costs and expenses', '', ''],
        ['Sales and marketing', '1,103', '1,263'],
        ['Total costs and expenses', '4,427', '7,336'],
        ['Loss from operations', '(1,524)', '(482)'],
        ['Net loss per share attributable to common stockholders:', '', ''],
        ['Basic', '$ (0.06)', '$ (3.03)'],
        ['Weighted-average shares used to compute net loss per share attributable to common stockholders:', '', ''],
        ['Basic', '1,858,525', '1,953,989'],
        ['Other', '—', '-'],
      ],
      { notes: ['(In millions, except share amounts which are reflected in thousands, and per share amounts)'] },
      2,
    );
    expect(cells).toHaveLength(12);
    expect(cells[0]).toMatchObject({ row: 'Revenue', value: 2903e6, unit: 'USD', kind: 'amount', time: '2021-01/2021-03' });
    expect(cells[1]).toMatchObject({ time: '2022-01/2022-03' });
    expect(cells[2]).toMatchObject({ row: 'Costs and expenses / Sales and marketing', value: 1103e6 });
    expect(cells[4]).toMatchObject({ row: 'Total costs and expenses' });
    expect(cells[6]).toMatchObject({ row: 'Loss from operations', value: -1524e6 });
    expect(cells[8]).toMatchObject({ value: -0.06, unit: 'USD' });
    expect(cells[10]).toMatchObject({ value: 1858525e3, unit: 'share' });
  });

  it('a second header row part-way down heads the rows below it', () => {
    const cells = cellsOf('zh', [
      ['主要会计数据', '2020年', '2019年', '本期比上年同期增减(%)'],
      ['营业收入', '1,581.00', '1,126.00', '40.39'],
      ['', '2020年末', '2019年末', '本期末比上年'],
      ['', '', '', '同期末增减（%）'],
      ['总资产', '6,278.00', '5,585.00', '12.40'],
    ]);
    expect(cells.slice(3).map((c) => [c.column, c.time, c.kind])).toEqual([
      ['2020年末', '2020', 'count'],
      ['2019年末', '2019', 'count'],
      ['本期末比上年 同期末增减（%）', '2020', 'change'],
    ]);
  });

  it('其中 rows name the row they are part of; a label centred on its group labels every row of it', () => {
    const parts = cellsOf('zh', [['项目', '2020年'], ['营业总成本', '100'], ['其中：营业成本', '80']]);
    expect(parts[1]!.row).toBe('营业总成本 / 其中：营业成本');
    const groups = cellsOf('zh', [
      ['', '策略', '年化收益率'],
      ['', '多头', '15.45%'],
      ['沪深 300', '多空', '21.71%'],
      ['', '基准', '6.14%'],
      ['', '多头', '19.81%'],
      ['中证 500', '多空', '23.84%'],
      ['', '基准', '10.37%'],
    ]);
    expect(groups.map((c) => c.row)).toEqual(['沪深 300 多头', '沪深 300 多空', '沪深 300 基准', '中证 500 多头', '中证 500 多空', '中证 500 基准']);
    expect(groups[0]).toMatchObject({ value: 15.45, unit: '%', subject: '沪深 300 多头 年化收益率' });
  });
});

describe('rows of a rate are not scaled by the table’s unit; a rate word inside a label is no rate', () => {
  it.each<[Language, string, string, number]>([
    ['zh', '单位：万元', '毛利率(%)', 35.2],
    ['zh', '单位：万元', '加权平均净资产收益率（%）', 35.2],
    ['zh', '单位：万元', '研发投入占营业收入比例', 35.2],
    ['zh', '单位：万元', '汇率变动对现金及现金等价物的影响', 352000],
    ['en', '(In millions)', 'Effective tax rate', 35.2],
    ['en', '(In millions)', 'Gross margin (%)', 35.2],
    ['en', '(In millions)', 'Effect of exchange rate changes on cash and cash equivalents', 35.2e6],
  ])('%s %s: %s', (language, note, label, value) => {
    expect(cellsOf(language, [['', '2022'], [label, '35.2']], { notes: [note] })[0]!.value).toBeCloseTo(value, 6);
  });
});
