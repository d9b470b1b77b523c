import { describe, expect, it } from 'vitest';
import { fieldLabel, footnoteMarker, listMarker, pageNumberForms } from '../../pipeline/lang/index.js';
import { isTrackingString, templateSpans } from '../../pipeline/lang/marks.js';

describe('page furniture tables', () => {
  const formOf = (text: string) => pageNumberForms.find((form) => form.pattern.test(text));

  it('take the page-number forms of every language and the neutral ones', () => {
    for (const text of ['3', '— 3 —', '第 3 页 共 34 页', '第3页', 'Page 3 of 34', 'p. 3', '3 / 34']) {
      expect(formOf(text)?.numerals, text).toBe('arabic');
    }
    for (const text of ['iv', 'XII', '- ix -']) expect(formOf(text)?.numerals, text).toBe('roman');
    for (const text of ['2020 年', 'Xiv', 'Page three']) expect(formOf(text), text).toBeUndefined();
  });

  it('take footnote markers and the note labels of both languages', () => {
    for (const text of ['1 见附表', '¹ Source', '① 注释', '[2] 参见', '* 估计值', '注：数据未含港澳台', 'Note: estimates']) {
      expect(footnoteMarker.test(text), text).toBe(true);
    }
    for (const text of ['2020年', '数据来源：统计局', 'Notes on method']) expect(footnoteMarker.test(text), text).toBe(false);
  });

  it('take list markers before an item text', () => {
    for (const text of ['1. 第一项', '2) item', '3、第三项', '（3）第三项', '• bullet', '⚫ 要点', '– dash']) expect(listMarker.test(text), text).toBe(true);
    for (const text of ['正文', '1']) expect(listMarker.test(text), text).toBe(false);
  });

  it.each([
    ['＃title＃', ['＃title＃']],
    ['分析师：＃assAuthor＃', ['＃assAuthor＃']],
    ['＃相关报告relatedReport＃风险提示', ['＃相关报告relatedReport＃']],
    ['＃createTime1＃', ['＃createTime1＃']],
    ['[Table_Main] 投资评级', ['[Table_Main]']],
    ['Downloaded by oXOAfUkUvZqQmRnPtLsKwJ on', ['oXOAfUkUvZqQmRnPtLsKwJ']],
    ['#1 in the ranking, item #2#', []],
    ['参见[1]和[Fig. 2]', []],
    ['InformationCentricNetworks and iPhoneAppStoreConnect', []],
    ['sha 3a7bd3e2360a3d29eea436fcfb7e44c735d117c4', []],
    ['zhengzhaolei@xyzq.com.cn S0190520080006', []],
  ])('find the template text of %j', (text, found) => {
    expect(templateSpans(text).map(([start, end]) => text.slice(start, end))).toEqual(found);
  });

  it('tell tracking strings from words, names and codes', () => {
    expect(isTrackingString('oXOAfUkUvZqQmRnPtLsKwJ')).toBe(true);
    for (const token of ['XYLayoutLMForDocuments', 'McDonaldsMcKinseyMcGraw', 'ABCDEFGHIJKLMNOPQR', 'abcdefghijklmnopqrst']) expect(isTrackingString(token), token).toBe(false);
  });

  it('take a short field label and its colon at a line start', () => {
    for (const text of ['分析师：郑兆磊', '证书编号：S0190520080006', 'Email: a@b.cn', '当前价格(元)：82.42']) expect(fieldLabel.test(text), text).toBe(true);
    for (const text of ['数字经济渗透到衣食住行娱各个领域：消费', '2021 年 10 月 07 日', '其中，A：', 'https://example.com']) expect(fieldLabel.test(text), text).toBe(false);
  });
});
