import { describe, expect, it } from 'vitest';
import { facts } from '../../pipeline/index.js';
import type { Language } from '../../pipeline/index.js';
import { documentYears } from '../../pipeline/facts/context.js';
import { factTables } from '../../pipeline/facts/tables.js';
import { monthSpan, yearPartMonths } from '../../pipeline/facts/time.js';
import { documentOf } from './document.js';

describe('the months of a part of a year, one helper for prose and tables', () => {
  it.each<[Parameters<typeof yearPartMonths>[0], [number, number] | undefined]>([
    [{ quarter: 1 }, [1, 3]],
    [{ quarter: 4 }, [10, 12]],
    [{ quarters: 3 }, [1, 9]],
    [{ half: 2 }, [7, 12]],
    [{ firstMonth: 1, lastMonth: 9 }, [1, 9]],
    [{ months: 6, lastMonth: 6 }, [1, 6]],
    [{ months: 12, lastMonth: 6 }, [-5, 6]],
    [{ quarter: 5 }, undefined],
    [{ firstMonth: 10, lastMonth: 3 }, undefined],
    [{ lastMonth: 6 }, undefined],
    [{}, undefined],
  ])('%j → %j', (part, months) => {
    expect(yearPartMonths(part)).toEqual(months);
  });

  it.each<[string, [number, number], string | undefined]>([
    ['2022', [1, 3], '2022-01/2022-03'],
    ['2022', [-5, 6], '2021-07/2022-06'],
    ['', [1, 6], '-01/-06'],
    ['', [-5, 6], undefined],
  ])('%s %j → %s', (year, months, time) => {
    expect(monthSpan(year, months)).toBe(time);
  });
});

describe("the cover's date", () => {
  it.each<[Language, string, string]>([
    ['zh', '2021 年 10 月 07 日', '2021-10-07'],
    ['zh', '2021-10-07', '2021-10-07'],
    ['zh', '2020.7.21', '2020-07-21'],
    ['zh', '2022 年 3 月', '2022-03'],
    ['en', 'March 2022', '2022-03'],
  ])('%s %s → %s', (language, line, date) => {
    expect(documentYears(documentOf([{ text: '某某公司深度报告' }, { text: line }], language), factTables(language)!).date).toBe(date);
  });
});

describe("spans of a broker's price table end at the document's date", () => {
  const performance = (date: string, language: Language = 'zh') =>
    facts(
      documentOf(
        [
          { text: '证券研究报告' },
          { text: date },
          {
            kind: 'table',
            rows: language === 'zh'
              ? [['涨跌幅（%）', '1M', '3M', '12M', '近6个月', '今年以来'], ['相对收益', '-2.35', '5.10', '18.40', '7.7', '3.2'], ['绝对收益', '-4.12', '1.96', '25.31', '9.1', '4.4']]
              : [['Performance (%)', '1M', '3M', '12M', 'YTD'], ['Absolute', '-4.12', '1.96', '25.31', '4.4']],
            headerRows: 1,
          },
        ],
        language,
      ),
    ).facts;

  it('1M, 3M, 12M, 近6个月 and 今年以来 before a date inside a month', () => {
    const found = performance('2021 年 10 月 07 日');
    expect(found.slice(0, 5).map((f) => [f.table?.column, f.value, f.unit, f.time])).toEqual([
      ['1M', -2.35, '%', '2021-09/2021-10'],
      ['3M', 5.1, '%', '2021-07/2021-10'],
      ['12M', 18.4, '%', '2020-10/2021-10'],
      ['近6个月', 7.7, '%', '2021-04/2021-10'],
      ['今年以来', 3.2, '%', '2021-01/2021-10'],
    ]);
    expect(found[5]).toMatchObject({ subject: expect.stringContaining('绝对收益'), value: -4.12, time: '2021-09/2021-10' });
  });

  it('whole months before a date at a month end, or a month alone', () => {
    expect(performance('2022-03-31').slice(0, 3).map((f) => f.time)).toEqual(['2022-03/2022-03', '2022-01/2022-03', '2021-04/2022-03']);
    expect(performance('2022 年 3 月').slice(0, 2).map((f) => f.time)).toEqual(['2022-03/2022-03', '2022-01/2022-03']);
  });

  it('English headers', () => {
    expect(performance('October 2021', 'en').map((f) => [f.value, f.time])).toEqual([
      [-4.12, '2021-10/2021-10'],
      [1.96, '2021-08/2021-10'],
      [25.31, '2020-11/2021-10'],
      [4.4, '2021-01/2021-10'],
    ]);
  });

  it('no date, no span: the cell is a fact without a time', () => {
    const found = facts(documentOf([{ kind: 'table', rows: [['涨跌幅（%）', '1M'], ['相对收益', '-2.35']], headerRows: 1 }])).facts;
    expect(found[0]).toMatchObject({ value: -2.35, time: null });
  });
});
