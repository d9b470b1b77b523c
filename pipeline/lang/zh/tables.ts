import type { TableTables } from '../types.js';

/**
 * How Chinese tables state units and periods: 单位：万元 币种：人民币 above a statement,
 * 每股收益（元/股） in a row label, 2022E and 第一季度（1-3 月份） in column headers.
 */
export const zhTables: TableTables = {
  unitNotes: [/单位\s*(?:[：:]|为)\s*(?<unit>(?:人民币|美元|港元|港币)?(?:[十百千万亿]+)?(?:元|股|户|人|家|个|吨|%|％)?)/u, /金额单位\s*[：:]\s*(?<unit>[十百千万亿]*元)/u],
  scaleWords: {},
  currencies: [
    { pattern: /币种\s*[：:]\s*人民币/u, unit: 'CNY', text: '元' },
    { pattern: /币种\s*[：:]\s*美元/u, unit: 'USD', text: '美元' },
    { pattern: /币种\s*[：:]\s*港[元币]/u, unit: 'HKD', text: '港元' },
    { pattern: /[¥￥]/u, unit: 'CNY', text: '元' },
  ],
  noteExceptions: [],
  labelUnit: /[（(]\s*(?<unit>[^（()）]{1,8}?)\s*[)）]\s*$/u,
  // A rate is the row's head, at its end (毛利率, 净资产收益率（%）), not a word inside (汇率变动对现金的影响).
  perUnitRows: /每股|[元%％]\s*[/／]\s*股|[/／]股|(?:率|比例|比重|占比)\s*(?:[（(][^（()）]*[)）])?\s*$/u,
  units: [
    { text: '股', unit: 'share', kind: 'count' },
    { text: '万股', unit: 'share', kind: 'count' },
  ],
  changeHeaders: /增减|增长率?|变动|变化|同比|环比|比上年|较上年|YoY|QoQ/iu,
  periods: [
    // 2022E, 2023F, 2024 年预测, 2020A (actual)
    /(?<![\d.])(?<year>(?:19|20)\d{2})\s*年?\s*(?:(?<forecast>[EF]|预测|预计|[（(][EF][）)])|A)?(?![\d.%])/u,
    // 2023Q1, 2023 年一季度, 2023 年第一季度, 1Q23
    /(?<year>(?:19|20)\d{2})\s*(?:年\s*)?(?:Q(?<quarter>[1-4])|第?(?<quarter2>[一二三四1-4])季度?)/u,
    /(?<![\d])(?<quarter>[1-4])Q(?<year>\d{2})(?![\d])/u,
    // 第一季度, 一季度 (the year from the table)
    /第?(?<quarter>[一二三四1-4])季度/u,
    // 2023 年上半年, 2023H1, 上半年
    /(?<year>(?:19|20)\d{2})\s*(?:年\s*)?(?:(?<half>[上下])半年|H(?<half2>[12]))/u,
    /(?<half>[上下])半年/u,
    // 1-3 月份, 1—9 月
    /(?<fromMonth>1[0-2]|0?[1-9])\s*[-—–~～至]\s*(?<toMonth>1[0-2]|0?[1-9])\s*月/u,
    // Spans before the report's date in a broker's price table: 1M, 3M, 12M, 近1月, 近3个月, 近一年, 今年以来
    /^(?<trailingMonths>\d{1,2})\s*M$/iu,
    /(?:近|过去|最近)\s*(?<trailingMonths>\d{1,2}|[一二三六]|十二)\s*个?月/u,
    /(?:近|过去|最近)\s*(?<trailingYears>\d|[一二三五])\s*年/u,
    /^(?<trailingYears>\d)\s*Y$/iu,
    /(?<yearToDate>今年以来|年初至今|年内|YTD)/u,
  ],
  periodWords: { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 十二: 12, 上: 1, 下: 2 },
  indexHeaders: /^(?:序号|编号|序)$/u,
  totalRows: /^(?:合计|总计|小计)|合计$|总计$/u,
  partRows: /^其中\s*[：:]/u,
};
