import { describe, expect, it } from 'vitest';
import { correctOcrLine, ocrCorrections } from '../../pipeline/lang/ocr.js';

const cases: { line: string; corrected: string; by?: string }[] = [
  { line: '一13一', corrected: '— 13 —', by: 'a page number between dashes read as 一' },
  { line: '一 7 一', corrected: '— 7 —', by: 'a page number between dashes read as 一' },
  { line: '23一', corrected: '— 23 —', by: 'a page number between dashes read as 一' },
  { line: '图12019年至2023年全市数字经济核心产业增加值', corrected: '图 1 2019年至2023年全市数字经济核心产业增加值', by: 'a year run into the number of a caption' },
  { line: '图102013一2020年我国IPv6地址数量', corrected: '图 10 2013一2020年我国IPv6地址数量', by: 'a year run into the number of a caption' },
  // Left alone: a page number already in form, Han numerals, a caption whose number is followed by words, prose.
  { line: '-5-', corrected: '-5-' },
  { line: '一二', corrected: '一二' },
  { line: '图4我国网民规模及互联网普及率', corrected: '图4我国网民规模及互联网普及率' },
  { line: '表2 2020年各地区信息化发展水平', corrected: '表2 2020年各地区信息化发展水平' },
  { line: '2015年底的41.9亿GB增长到2020年的1656亿GB', corrected: '2015年底的41.9亿GB增长到2020年的1656亿GB' },
];

describe('corrections of OCR’d lines', () => {
  it.each(cases)('$line → $corrected', ({ line, corrected, by }) => {
    expect(correctOcrLine(line)).toBe(corrected);
    const matching = ocrCorrections.filter((correction) => correction.pattern.test(line)).map((correction) => correction.name);
    expect(matching).toEqual(by ? [by] : []);
  });
});
