import type { MetricWordTables } from '../types.js';

/** How Chinese reports name one metric in different editions. */
export const zhMetricWords: MetricWordTables = {
  synonyms: [
    ['网民', '互联网用户', '上网用户', '网络用户'],
    ['用户', '用户数', '人数'],
    ['签发', '领用', '发放', '申领'],
    ['访问量', '访问次数', '浏览量'],
    ['交易额', '交易规模', '成交额'],
    ['零售额', '零售总额'],
    ['网上零售', '网络零售'],
    ['申请量', '申请数量', '申请数'],
    ['营业收入', '营收'],
    ['普及率', '渗透率'],
  ],
  incrementWords: ['新增', '新建', '新开通', '新上线', '新注册', '新签约'],
  changeBaseWords: ['比', '较', '相比', '相较', '对比', '与'],
};
