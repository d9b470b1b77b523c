import { describe, expect, it } from 'vitest';
import { layoutTables } from '../../pipeline/lang/index.js';

describe('caption patterns', () => {
  const zh = layoutTables('zh');
  const en = layoutTables('en');

  it('take the ways Chinese reports number figures and tables', () => {
    for (const caption of ['图 1 我国固定宽带家庭普及率', '图1我国创新指数', '图 2-1 算力规模', '表 1：信息化发展评价指标体系', '表1: 指标', '附图 1 样本分布', '附表2 数据来源说明']) {
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
