import type { LayoutTables } from '../types.js';

const numeral = '[一二三四五六七八九十百零〇]+';
/** After a numbering: any space, then the title (not a mark that would make it a number: 1.5, 3、4). */
const titleStart = '\\s*(?=[^\\s.．,，、%])';
/** After a decimal numbering (2.1): not a digit, a mark, a scale or unit word that would make it an amount (1.5 亿). */
const decimalTitleStart = '\\s*(?=[^\\s\\d.．,，、%‰万亿千百倍个元年月日])';

/** The ratings brokers give a stock or an industry, and the change a rating states beside it. */
const zhRatings = ['买入', '增持', '持有', '中性', '减持', '卖出', '推荐', '强烈推荐', '谨慎推荐', '审慎推荐', '谨慎增持', '优于大市', '同步大市', '弱于大市', '强于大市', '跑赢大市', '跑输大市', '跑赢行业', '跑输行业', '看好', '看淡', '超配', '标配', '低配'];
const zhRatingChanges = ['维持', '首次', '首次覆盖', '上调', '下调', '调高', '调低'];

export const zhLayout: LayoutTables = {
  language: 'zh',
  // In the usual order of a Chinese report's hierarchy; the levels used are decided per document.
  headingSchemes: [
    { name: 'zh-chapter', pattern: new RegExp(`^第(${numeral}|\\d{1,2})[章篇部编]${titleStart}`), typicalLevel: 1 },
    { name: 'zh-part', pattern: new RegExp(`^第(${numeral}|\\d{1,2})部分${titleStart}`), typicalLevel: 1 },
    { name: 'zh-section', pattern: new RegExp(`^第(${numeral}|\\d{1,2})节${titleStart}`), typicalLevel: 2 },
    { name: 'zh-numeral-comma', pattern: new RegExp(`^(${numeral})[、．.]${titleStart}`), typicalLevel: 1 },
    { name: 'zh-paren-numeral', pattern: new RegExp(`^[（(]\\s*(${numeral})\\s*[）)]${titleStart}`), typicalLevel: 2 },
    // A broker's note writes a mark after the numbering: "2.2、点位效率理论".
    { name: 'decimal-3', pattern: new RegExp(`^(\\d{1,2}\\.\\d{1,2}\\.\\d{1,2})(?![.．]?\\d)、?${decimalTitleStart}`), typicalLevel: 4 },
    { name: 'decimal-2', pattern: new RegExp(`^(\\d{1,2}\\.\\d{1,2})(?![.．]?\\d)、?${decimalTitleStart}`), typicalLevel: 3 },
    { name: 'arabic-dot', pattern: new RegExp(`^(\\d{1,2})[.．、](?!\\d)${titleStart}`), typicalLevel: 3 },
    // A paper's chapters: "0 引言", "1 基于 SDN 的安全组播机制设计" (the space often lost), never "2 个", "5 亿元".
    { name: 'arabic-bare', pattern: /^(\d{1,2})\s*(?=\p{Script=Han})(?![个万亿千百倍元年月日项次家条种类名位岁]|[多余])/u, typicalLevel: 1, setApart: true },
    { name: 'arabic-paren', pattern: new RegExp(`^[（(]\\s*(\\d{1,2})\\s*[）)]${titleStart}`), typicalLevel: 4 },
    { name: 'circled', pattern: new RegExp(`^([①-⑳])${titleStart}`), typicalLevel: 5 },
    { name: 'zh-appendix', pattern: new RegExp(`^附[件录](?:\\s*(${numeral}|\\d{1,2}|[A-Z])\\s*[：:、.．]?|\\s*[：:、.．]|\\s+)${titleStart}`), typicalLevel: 1, topLevel: true },
  ],
  // "图 1 …" / "表 2-1 …"; PDF text often loses the space after the number ("图1我国…"); not an entry of a list of figures, with its dot leaders.
  // A broker's note writes a mark after the number: "图 12、2018 年起…".
  caption: /^(?!.*(?:\.{4,}|…{2,}|·{4,}))附?(?:图|表)\s*\d{1,3}(?:[-.－]\d{1,3})?(?:\s*[:：、]\s*|\s+|(?=[^\s\d.．、，,:：%年月日个]))[^。；]+$/,
  source: /^(?:数据)?(?:来源|资料来源|出处)\s*[：:]/,
  sentenceEnd: '。！？；',
  titleWords: /报告|白皮书|蓝皮书|公报|纲要|规划|年鉴|指数|提议|方案|意见/,
  headingMaxLength: 50,
  pageNumberForms: [{ pattern: /^第\s*(\d{1,4})\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?$/, numerals: 'arabic' }],
  noteLabel: /注\s*[:：]/,
  contentsTitle: /^(?:[图表]|图表|插图)?\s*目\s*录$/,
  // The work reports read to a people's congress by a government, its standing committee, a court or a procuratorate.
  openingTitles: [
    { opening: /^(?:现在，?)?我代表国务院，?向大会报告政府工作/, title: '政府工作报告' },
    { opening: /^(?:现在，?)?我代表(?<body>[^，,。；]{2,24}?)人民政府，?向大会报告政府工作/, title: '$<body>政府工作报告' },
    { opening: /^(?:现在，?)?我代表(?<body>[^，,。；]{2,30}?(?:常务委员会|人民法院|人民检察院))，?向大会报告工作/, title: '$<body>工作报告' },
  ],
  ratingLine: new RegExp(`^(?:投资)?(?:评级\\s*[：:]\\s*)?(?:${zhRatings.join('|')})(?:\\s*[（(](?:${zhRatingChanges.join('|')})[）)])?$`),
};
