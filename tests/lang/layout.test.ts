import { describe, expect, it } from 'vitest';
import { layoutTables } from '../../pipeline/lang/index.js';

describe('caption patterns', () => {
  const zh = layoutTables('zh');
  const en = layoutTables('en');

  it('take the ways Chinese reports number figures and tables', () => {
    for (const caption of ['图 1 我国固定宽带家庭普及率', '图1我国创新指数', '图 2-1 算力规模', '表 1：信息化发展评价指标体系', '表1: 指标', '附图 1 样本分布', '附表2 数据来源说明', '图 12、2018 年起复合指标日度回测结果', '表 5、中信一级行业指数回测结果']) {
      expect(zh.caption.test(caption), caption).toBe(true);
    }
  });

  it('leave out sentences, contents entries and counts that start with 图 or 表', () => {
    for (const text of ['图 1 我国固定宽带家庭普及率..........3', '表 2 个省份的数据。', '图1：规模持续扩大。', '表示 2020 年的数据']) {
      expect(zh.caption.test(text), text).toBe(false);
    }
  });

  it('take English figure, table and chart captions', () => {
    for (const caption of ['Figure 1 Broadband penetration', 'Fig. 2: Rankings', 'Table 3. Weights', 'Exhibit 4 Survey']) {
      expect(en.caption.test(caption), caption).toBe(true);
    }
    expect(en.caption.test('Figure 1 Broadband penetration ........ 3')).toBe(false);
  });
});

describe('rating lines', () => {
  it('are a broker rating standing alone, with the change it states', () => {
    for (const text of ['增持（维持）', '买入(首次)', '投资评级：推荐', '强于大市（维持）', '中性']) expect(layoutTables('zh').ratingLine.test(text), text).toBe(true);
    for (const text of ['Overweight (maintained)', 'BUY', 'Rating: Neutral', 'Equal-weight']) expect(layoutTables('en').ratingLine.test(text), text).toBe(true);
  });

  it('never take a title or a sentence that names a rating', () => {
    for (const text of ['增持评级的理由', '维持买入评级。', '持有人大会', '买入信号的择时框架']) expect(layoutTables('zh').ratingLine.test(text), text).toBe(false);
    for (const text of ['Buy-side research', 'Sell-side views on rates']) expect(layoutTables('en').ratingLine.test(text), text).toBe(false);
  });
});

describe('decimal heading numbers', () => {
  const decimal = layoutTables('zh').headingSchemes.find((scheme) => scheme.name === 'decimal-2')!;
  it('take a broker note\'s mark after the number', () => {
    for (const text of ['2.2、点位效率理论', '2.1 自适应波段划分模型']) expect(decimal.pattern.test(text), text).toBe(true);
    for (const text of ['1.5、2.0 两档', '2.5 亿元']) expect(decimal.pattern.test(text), text).toBe(false);
  });
});

describe('opening sentences that name a document', () => {
  const titleOf = (text: string) => {
    for (const { opening, title } of layoutTables('zh').openingTitles) {
      const match = opening.exec(text);
      if (match) return match[0].replace(opening, title);
    }
    return undefined;
  };
  it('name the work reports read to a congress', () => {
    expect(titleOf('现在，我代表北京市人民政府，向大会报告政府工作，请予审议。')).toBe('北京市政府工作报告');
    expect(titleOf('现在，我代表国务院，向大会报告政府工作，请予审议。')).toBe('政府工作报告');
    expect(titleOf('我代表广东省人民代表大会常务委员会，向大会报告工作，请予审议。')).toBe('广东省人民代表大会常务委员会工作报告');
    expect(titleOf('现在，我代表上海市高级人民法院，向大会报告工作，请予审议。')).toBe('上海市高级人民法院工作报告');
  });
  it('leave other openings alone', () => {
    for (const text of ['我代表公司董事会向各位股东报告。', '本报告由国务院发展研究中心撰写。']) expect(titleOf(text), text).toBeUndefined();
  });
});
