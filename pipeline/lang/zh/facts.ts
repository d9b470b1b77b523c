import { neutralNotClaimNames } from '../codes.js';
import type { FactTables, UnitEntry } from '../types.js';

/** Classifiers of counted things, by what they count. */
const classifiers: [string[], string][] = [
  [['个', '项', '件', '张', '台', '批', '种', '类', '大类', '款', '条', '笔', '所', '座', '部', '门', '套', '份', '篇', '本', '支', '只', '辆', '架', '艘', '颗', '块', '处', '场', '堂', '单', '片', '省', '地', '大'], 'item'],
  [['家'], 'organization'],
  [['人', '名'], 'person'],
  [['人次'], 'person_times'],
  [['辆次', '架次', '艘次', '场次', '批次'], 'times'],
  [['字'], 'character'],
  [['次'], 'times'],
  [['户'], 'household'],
];

const measures: [string, string, UnitEntry['kind']][] = [
  ['元', 'CNY', 'amount'],
  ['元人民币', 'CNY', 'amount'],
  ['人民币', 'CNY', 'amount'],
  ['美元', 'USD', 'amount'],
  ['欧元', 'EUR', 'amount'],
  ['日元', 'JPY', 'amount'],
  ['英镑', 'GBP', 'amount'],
  ['港元', 'HKD', 'amount'],
  ['港币', 'HKD', 'amount'],
  ['韩元', 'KRW', 'amount'],
  ['%', '%', 'percent'],
  ['％', '%', 'percent'],
  ['个百分点', 'percentage_point', 'change'],
  ['百分点', 'percentage_point', 'change'],
  ['倍', 'fold', 'multiple'],
  ['年', 'year', 'duration'],
  // 成立 75 周年: the years since a founding.
  ['周年', 'year', 'duration'],
  ['个月', 'month', 'duration'],
  ['天', 'day', 'duration'],
  ['日', 'day', 'duration'],
  ['小时', 'hour', 'duration'],
  ['分钟', 'minute', 'duration'],
  ['秒', 'second', 'duration'],
  ['毫秒', 'ms', 'duration'],
  ['公里', 'km', 'measure'],
  ['千米', 'km', 'measure'],
  ['米', 'm', 'measure'],
  ['平方公里', 'km2', 'measure'],
  ['平方千米', 'km2', 'measure'],
  ['公顷', 'ha', 'measure'],
  ['立方米', 'm3', 'measure'],
  ['微克/立方米', 'ug/m3', 'measure'],
  ['厘米', 'cm', 'measure'],
  ['纳米', 'nm', 'measure'],
  ['毫米', 'mm', 'measure'],
  ['升', 'L', 'measure'],
  ['兆瓦', 'MW', 'measure'],
  ['吉瓦', 'GW', 'measure'],
  ['标准箱', 'TEU', 'measure'],
  ['岁', 'year', 'measure'],
  ['平方米', 'm2', 'measure'],
  ['亩', 'mu', 'measure'],
  ['吨', 't', 'measure'],
  ['千克', 'kg', 'measure'],
  ['公斤', 'kg', 'measure'],
  ['千瓦', 'kW', 'measure'],
  ['千瓦时', 'kWh', 'measure'],
  ['兆瓦时', 'MWh', 'measure'],
  ['吉瓦时', 'GWh', 'measure'],
  ['太瓦时', 'TWh', 'measure'],
  ['千伏', 'kV', 'measure'],
  ['微米', 'um', 'measure'],
  ['标箱', 'TEU', 'measure'],
  ['吨标准煤', 'tce', 'measure'],
  ['吨标煤', 'tce', 'measure'],
  ['吨二氧化碳', 'tCO2', 'measure'],
  ['吨二氧化碳当量', 'tCO2e', 'measure'],
  ['块/32', 'block/32', 'count'],
];

/** Units written in Latin letters, the same in both languages. */
const latinUnits: [string, UnitEntry['kind']][] = [
  ['KB', 'measure'], ['MB', 'measure'], ['GB', 'measure'], ['TB', 'measure'], ['PB', 'measure'], ['EB', 'measure'], ['ZB', 'measure'],
  ['KB/s', 'measure'], ['MB/s', 'measure'], ['GB/s', 'measure'], ['TB/s', 'measure'],
  ['bps', 'measure'], ['Kbps', 'measure'], ['Mbps', 'measure'], ['Gbps', 'measure'], ['Tbps', 'measure'],
  ['M', 'measure'],
  ['PF', 'measure'], ['EF', 'measure'], ['TFLOPS', 'measure'], ['PFLOPS', 'measure'], ['EFLOPS', 'measure'],
  ['TFlops', 'measure'], ['PFlops', 'measure'], ['EFlops', 'measure'],
  ['km', 'measure'], ['MHz', 'measure'], ['GHz', 'measure'], ['nm', 'measure'], ['ms', 'duration'],
  // Energy, power and sizes of industry and science.
  ['W', 'measure'], ['kW', 'measure'], ['MW', 'measure'], ['GW', 'measure'], ['TW', 'measure'],
  ['Wh', 'measure'], ['kWh', 'measure'], ['MWh', 'measure'], ['GWh', 'measure'], ['TWh', 'measure'], ['kV', 'measure'],
  ['um', 'measure'], ['μm', 'measure'], ['µm', 'measure'], ['mm', 'measure'], ['cm', 'measure'], ['m', 'measure'],
  ['TEU', 'measure'], ['tce', 'measure'], ['tCO2e', 'measure'], ['MtCO2e', 'measure'],
  ['bit', 'measure'], ['Kbit', 'measure'], ['Mbit', 'measure'], ['Gbit', 'measure'], ['TOPS', 'measure'], ['GFLOPS', 'measure'],
];

/** PF and PFlops are PFLOPS; M alone is a bandwidth (100M). */
function latinCanonical(text: string): string {
  if (text === 'M') return 'Mbps';
  if (text === 'μm' || text === 'µm') return 'um';
  if (/^[TPE]F(?:lops|LOPS)?$/.test(text)) return `${text[0]}FLOPS`;
  return text;
}

/**
 * Numbers that name rather than count in reports, papers and broker notes: labels of boxes,
 * cases, theorems and formulas (专栏 3, 案例 2, 定理 1, 式 (3)), decades (七八十年代), numerals
 * inside terms (三元组 is no 3 yuan), postal and other codes.
 */
const genreNames = [
  '(?:专栏|案例|框|附录|附件|定理|定义|引理|推论|算法|性质|命题|公式|方程|步骤)\\s*[(（]?\\s*\\d+(?:[-.－]\\d+)*\\s*[)）]?',
  '式\\s*[(（]\\s*\\d+\\s*[)）]',
  '[零一二三四五六七八九十]+年代',
  '[一二两三四五六七八九十]+部分',
  // Kinds counted in words sort what the text describes (两种模式, 三大类, 两方面); data counts kinds in digits (163 种).
  '(?<![\\d第])[一二两三四五六七八九十]+\\s*(?:大类|大方面|方面|种|类)',
  // After a demonstrative a numeral points back to what was named (这两套研究体系, 上述三项措施).
  '(?:[这那此该]|上述)\\s*[一二两三四五六七八九十]+',
  // Identifiers of a journal article.
  '(?:文章编号|中图分类号|文献标识码|文献标志码|分类号)\\s*[:：]?\\s*[\\w\\-－()（）/／.．]+',
  '[一二两三四五六七八九十百千\\d]+\\s*元(?=组|素|论|化|函数|方程|结构|关系|变量|多项式|回归|运算)',
  // A postal code after a place (北京 100044；), a six-digit code alone in brackets (生物股份（600201）).
  '(?<=\\p{L}\\s?)\\d{6}(?=\\s*(?:[,，;；)）]|$))',
  '(?<=[（(]\\s*)\\d{6}(?=\\s*[)）])',
  // Digits joined by a point and a space (v6. 2. 0, 4. 2 节, or a decimal point a font set wide: 3. 3 GHz) are no two
  // numbers; Chinese text never writes a decimal or a sentence end that way between digits.
  '\\d+(?:\\.\\s+\\d+)+',
  // Seven digits or more without separators and without a unit: grant, account or serial numbers.
  '(?<![\\d,.])\\d{7,}(?!\\s*[\\d,.%％\\p{Script=Han}])',
];

export const zhFacts: FactTables = {
  language: 'zh',
  // 半 is a half only before a unit (为期半年, 半个月); a share of a whole is 一半 (numberWords).
  digits: { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 半: 0.5 },
  places: { 十: 10, 百: 100, 千: 1000 },
  scales: { 十: 10, 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 },
  vagueDigits: ['几', '数'],
  articleValues: [1],
  halfWords: ['半'],
  // 上百家, 数百个, 成千: "some hundreds", a lower bound.
  vagueQuantities: { 上百: 100, 上千: 1000, 上万: 1e4, 上亿: 1e8, 数百: 100, 数千: 1000, 几百: 100, 几千: 1000, 成百: 100, 成千: 1000 },
  // Shares in words: 一半, and tenths (超八成 = more than 80 %).
  numberWords: {
    一半: 0.5, 半数: 0.5,
    一成: 0.1, 两成: 0.2, 二成: 0.2, 三成: 0.3, 四成: 0.4, 五成: 0.5, 六成: 0.6, 七成: 0.7, 八成: 0.8, 九成: 0.9,
  },
  percentPrefix: '百分之',
  fractionInfix: '分之',
  ordinalSuffixes: [],
  ordinalWords: {},
  units: [
    ...classifiers.flatMap(([texts, unit]) => texts.map((text): UnitEntry => ({ text, unit, kind: 'count' }))),
    ...measures.map(([text, unit, kind]): UnitEntry => ({ text, unit, kind })),
    // 'M' alone is a bandwidth (100M); 'G' is not a unit: 5G, 25G, 10G PON name technologies.
    ...latinUnits.map(([text, kind]): UnitEntry => ({ text, unit: latinCanonical(text), kind })),
  ],
  qualifiers: [
    ...['超过', '超过了', '超', '逾', '突破', '突破了', '高于', '多于', '大于', '超出'].map((text) => ({ text, qualifier: 'gt' as const, position: 'before' as const })),
    ...['至少', '不少于', '不低于', '不小于'].map((text) => ({ text, qualifier: 'gte' as const, position: 'before' as const })),
    ...['不到', '不足', '低于', '少于', '小于', '未满', '优于'].map((text) => ({ text, qualifier: 'lt' as const, position: 'before' as const })),
    ...['不超过', '不高于', '最多', '至多'].map((text) => ({ text, qualifier: 'lte' as const, position: 'before' as const })),
    { text: '近', qualifier: 'approx', position: 'before', notWithUnits: ['year', 'month'] },
    ...['约', '约为', '约占', '大约', '大约为', '接近', '将近', '大概', '几乎', '近乎'].map((text) => ({ text, qualifier: 'approx' as const, position: 'before' as const })),
    ...['余', '多'].map((text) => ({ text, qualifier: 'gt' as const, position: 'inside' as const })),
    ...['以上', '多'].map((text) => ({ text, qualifier: 'gt' as const, position: 'after' as const })),
    ...['以下', '以内'].map((text) => ({ text, qualifier: 'lt' as const, position: 'after' as const })),
    ...['左右', '上下'].map((text) => ({ text, qualifier: 'approx' as const, position: 'after' as const })),
  ],
  changeCues: [
    '增长', '增加', '提高', '提升', '上升', '上涨', '增速', '增幅', '增长率', '扩大', '下降', '降低', '减少', '压缩', '缩小', '缩短',
    '下滑', '回落', '降幅', '幅度', '跃升', '增', '降', '涨', '减',
  ],
  changeRates: ['增速', '增幅', '增长率', '降幅', '增长速度', '涨幅', '复合增长率'],
  // 保持 55%的高位增长, 以超过 50%的速度增长: the growth named after the percentage.
  changeCuesAfter: ['的增长', '的增速', '的增幅', '的高位增长', '的高速增长', '的速度增长', '的年均增长', '的年均增速', '的降幅'],
  fallCues: ['下降', '降低', '减少', '压缩', '缩小', '缩短', '下滑', '回落', '降幅', '降', '减', '的降幅'],
  fromCues: ['由', '从', '自'],
  toCues: ['到', '至', '为', '达', '达到'],
  rangeSeparators: ['-', '－', '—', '~', '～', '至', '到'],
  listJoiners: ['、', '和', '及', '以及', '与'],
  respectively: ['分别'],
  rank: {
    prefix: ['第'],
    suffix: ['位', '名', '大'],
    cues: ['排名', '排', '排行', '位居', '位列', '居', '列', '跃居', '跻身', '保持', '世界', '全球', '全国', '国际', '亚洲'],
    top: ['前'],
    consecutive: ['连续'],
  },
  time: {
    patterns: [
      // Quarters and halves: 2022 年第一季度, 22 年 1 季度, 2022Q1, 2022 年前三季度, 2022 年上半年; without a year: 一季度, 上半年.
      '(?:(?<year>(?:19|20)\\d{2})|(?<![\\d.])(?<shortYear>\\d{2}))\\s*年\\s*(?:第\\s*)?(?<quarter>[一二三四1-4])\\s*季度',
      '(?<year>(?:19|20)\\d{2})\\s*年?\\s*[Qq](?<quarter>[1-4])(?!\\d)',
      '(?:(?<year>(?:19|20)\\d{2})|(?<![\\d.])(?<shortYear>\\d{2}))\\s*年\\s*前\\s*(?<quarters>[一二三])\\s*(?:个)?季度',
      '(?:(?<year>(?:19|20)\\d{2})|(?<![\\d.])(?<shortYear>\\d{2}))\\s*年\\s*(?<half>[上下])半年',
      '(?<![\\d年前])(?:第\\s*)?(?<quarter>[一二三四])\\s*季度',
      '(?<![\\d年])前\\s*(?<quarters>[一二三])\\s*(?:个)?季度',
      '(?<![\\d年前])(?<half>[上下])半年',
      // A forecast year in a broker's table or text: 2024E, 2025F.
      '(?<year>(?:19|20)\\d{2})[EF](?![A-Za-z\\d])',
      // A span of months: 2010 年 1 月至 2021 年 9 月, 2018 年 1 月-2021 年 6 月.
      '(?<fromYear>(?:19|20)\\d{2})\\s*年\\s*(?<fromMonth>1[0-2]|0?[1-9])\\s*月(?:份)?\\s*(?:至|到|—|－|-|~|～)\\s*(?<toYear>(?:19|20)\\d{2})\\s*年\\s*(?<toMonth>1[0-2]|0?[1-9])\\s*月(?:份)?',
      // 2015 年至 2020 年, 2013—2020 年, 2016-2020 年
      '(?<fromYear>(?:19|20)\\d{2})\\s*年?\\s*(?:至|到|—|－|-|~|～)\\s*(?<toYear>(?:19|20)\\d{2})\\s*年',
      // 2016 年以来, 2010 年 4 月份以来, 2018 年起
      '(?<sinceYear>(?:19|20)\\d{2})\\s*年(?:\\s*\\d{1,2}\\s*月份?(?:\\s*\\d{1,2}\\s*日)?)?\\s*(?:以来|起(?![点步草飞]))',
      // 2020 年 12 月 6 日, 2020 年 11 月底, 2020 年底
      '(?<year>(?:19|20)\\d{2})\\s*年(?:\\s*(?<month>1[0-2]|0?[1-9])\\s*月(?:\\s*(?<day>3[01]|[12]\\d|0?[1-9])\\s*日)?)?(?:底|末|初|中|上半年|下半年|前三季度|第[一二三四]季度)?',
      // 11 月, 12 月 6 日 (the year from the context)
      '(?<![\\d.])(?<month>1[0-2]|0?[1-9])\\s*月(?:\\s*(?<day>3[01]|[12]\\d|0?[1-9])\\s*日)?(?:底|末|初|中)?',
    ],
    months: {},
    yearPartWords: { 一: 1, 二: 2, 三: 3, 四: 4, 上: 1, 下: 2 },
    relativeYears: { 上年: -1, 去年: -1, 上一年: -1, 前年: -2, 今年: 0, 本年: 0, 当年: 0, 目前: 0, 当前: 0, 现阶段: 0 },
    datedWords: ['去年', '今年', '目前', '当前', '现阶段'],
    reportPeriods: [
      '(?<year>(?:19|20)\\d{2})\\s*年\\s*(?:年度|半年度|第[一二三]季度|[一三]季度)\\s*报告',
      '报告期\\s*[:：]?\\s*(?<year>(?:19|20)\\d{2})\\s*年',
    ],
    dateLines: ['^\\s*(?<year>(?:19|20)\\d{2})\\s*(?:年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?|[./-]\\s*\\d{1,2}(?:\\s*[./-]\\s*\\d{1,2})?)\\s*$'],
    periods: [
      { text: '九五', from: 1996, to: 2000 },
      { text: '十五', from: 2001, to: 2005 },
      { text: '十一五', from: 2006, to: 2010 },
      { text: '十二五', from: 2011, to: 2015 },
      { text: '十三五', from: 2016, to: 2020 },
      { text: '十四五', from: 2021, to: 2025 },
      { text: '十五五', from: 2026, to: 2030 },
    ],
    periodSuffixes: ['时期', '期间', '期末', '以来', '规划期'],
    baseMarkers: ['相比', '相较', '比', '较', '同比', '对比'],
    windowWords: ['回测窗口', '回测区间', '回测期', '回测时间', '回测周期', '样本区间', '样本期', '测试区间', '测试期', '统计区间', '统计期间', '考察期', '观察期'],
  },
  notClaims: {
    nameFollowers: ['平台', '热线', '强', '工程', '计划', '规划', '行动', '专项', '中国', '网', '号', '版', '系列', '节'],
    titleQuotes: [['《', '》']],
    codeQuotes: [['“', '”'], ['"', '"'], ['「', '」']],
    enumerators: ['[一二三四五六七八九十]+是', '[（(][一二三四五六七八九十\\d]+[）)]', '第[一二三四五六七八九十]+[，、,]', '\\d+[.．、](?!\\d)', '\\d+(?:[.．]\\d+)+\\s*、(?!\\s*\\d)', '\\d{1,2}\\s*[)）]'],
    versions: ['(?<=[\\p{Script=Han}A-Za-z]\\s*)\\d+\\.0(?!\\d)'],
    names: [
      ...neutralNotClaimNames,
      ...genreNames,
      '[上下前后]半(?:年|个月)', '一成不变', '[一二三四五六七八九]成(?=[为了熟])', '半年(?:报|度)', '(?:邮编|邮政编码|电话|传真)\\s*[:：]?\\s*[\\d\\s()（）-]+', '\\d+\\s*年代', '(?:未来|今后)\\s*[一二三四五六七八九十两\\d]+\\s*(?:年|个月)', '[一二三四五六七八九十两\\d]+\\s*年(?=\\s*(?:年均|平均|复合))', '[一二三四五六七八九十]+(?:中|次)全会', '八项规定', '[一二三四五六七八九十\\d]+\\s*年(?:行动|攻坚|规划|计划)', '(?:十[一二三四五六七八九]|二十[一二三四五六七八九]?)大', '“?[一二三四五六七八九十]+个一”?'],
    settingWords: ['超参数', '学习率', '批大小', '批量大小', '批次大小', '迭代次数', '隐藏层维度', 'batch size', 'learning rate'],
    // The group a share is taken of, or the group another number of its clause counts: 清理了一年以内的应收账款约 50%.
    thresholds: ['^\\s*(?:以上|以下)?的[^，,；;。\\d]{0,12}?(?:比例|占比|比重)', '^\\s*的[^，,；;。\\d]{1,12}?\\d'],
    // 如表 1 所示, 见图 2; in a list of figures the page number before 图 is glued to it (…21图 10).
    references: ['(?<=^|[如见和及、，,\\s（(“\\d.…])(?:附)?[图表]\\s*\\d+(?:[-.－]\\d+)*'],
  },
  countsNeedClassifier: true,
  paperParts: ['^摘\\s*要\\s*[:：]', '^关\\s*键\\s*词\\s*[:：]', '^参\\s*考\\s*文\\s*献\\s*[:：]?\\s*$'],
  clauseSeparators: '，,：:；;（）()',
  subjectStopWords: [
    '的', '了', '已', '已经', '共', '共计', '累计', '总计', '合计', '达', '达到', '为', '是', '有', '约', '其中', '分别', '均', '都', '全国', '我国',
    '建成', '完成', '实现', '新增', '超过', '突破', '由', '从', '到', '至', '增长', '提升', '提高', '同比', '比', '较', '上年', '占', '将',
  ],
};
