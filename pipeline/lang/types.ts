import type { FactKind, Language, Qualifier } from '../types.js';

/** A numbering scheme of headings: 一、 / （一） / 1. / I. … */
export interface HeadingScheme {
  /** Stable name of the scheme, e.g. 'zh-numeral-comma' for 一、. */
  name: string;
  /** Matches a heading line of this scheme; group 1 is the numeral, match[0] the numbering with the space after it. */
  pattern: RegExp;
  /** The usual depth of this scheme in a report of this language (1 = chapter). */
  typicalLevel: number;
  /** Always at the top of the document's hierarchy, beside the chapters whatever their scheme: appendices. */
  topLevel?: boolean;
  /** A heading only when set apart by its type (bold or larger than the body): a bare number also starts lines of prose. */
  setApart?: boolean;
}

/** Page-layout knowledge of one language: what the clean and structure stages need. */
export interface LayoutTables {
  language: Language;
  headingSchemes: HeadingScheme[];
  /** A figure or table caption line: "图 1 …", "Figure 1 …". */
  caption: RegExp;
  /** A source line under a figure or table: "来源：…", "Source: …". */
  source: RegExp;
  /** Characters that end a sentence. */
  sentenceEnd: string;
  /** Words that mark a document's title line: 报告, Report… */
  titleWords: RegExp;
  /** The longest heading expected, in characters (numbering included). */
  headingMaxLength: number;
  /** Page-number lines written in words of this language: "第 3 页 共 34 页", "Page 3 of 34". */
  pageNumberForms: PageNumberForm[];
  /** The label that opens a note at the foot of a page: "注：", "Note:". */
  noteLabel: RegExp;
  /** The title of a contents page or a list of figures: "目录", "Contents", "List of Tables". */
  contentsTitle: RegExp;
  /** A broker's rating standing alone on a cover, set large but never the title: 增持（维持）, 'Overweight (maintained)'. */
  ratingLine: RegExp;
  /**
   * Opening sentences that name a document printed without a title line (a work report read
   * to a congress opens "现在，我代表北京市人民政府，向大会报告政府工作"), and the title they
   * name, a replacement template of the opening's groups: '$<body>政府工作报告'.
   */
  openingTitles: { opening: RegExp; title: string }[];
}

/** A printed page-number line; group 1 of the pattern is the number. */
export interface PageNumberForm {
  pattern: RegExp;
  /** How the number is written: front matter is often numbered i, ii, iii. */
  numerals: 'arabic' | 'roman';
}

/**
 * Number knowledge of one language, read by the language-neutral facts engine
 * (pipeline/facts). Canonical names (units, qualifiers, kinds) are the same in every
 * language, so a fact and its translation compare equal.
 */
export interface FactTables {
  language: Language;
  /** Digit words of native numerals: 一 → 1, 两 → 2, 'three' → 3, 'twenty' → 20. */
  digits: Record<string, number>;
  /** Place words inside a native numeral: 十 → 10, 百 → 100, 'hundred' → 100. */
  places: Record<string, number>;
  /**
   * Scale words after a number, applied to its value: 万 → 1e4, 亿 → 1e8, 'million' → 1e6.
   * Consecutive scale words multiply (千 亿, 万 亿).
   */
  scales: Record<string, number>;
  /** A native digit word meaning "some" (十几个): the number becomes a lower bound. */
  vagueDigits: string[];
  /** A lone native numeral with this value before a classifier is an article, not a count (一批, 'a'). */
  articleValues: number[];
  /** Whole words that are numbers by themselves: 一半 → 0.5, 'half' → 0.5, 'a third'. */
  numberWords: Record<string, number>;
  /** Words for "some number of" a magnitude, read as a lower bound: 'tens of' → 10, 'hundreds of millions of' → 1e8 (数十, 数亿). */
  vagueQuantities?: Record<string, number>;
  /** 'And a half' after a duration's unit: 三年半 (3.5 years). */
  halfWords?: string[];
  /** Percent written before a native numeral: 百分之三十. */
  percentPrefix?: string;
  /** Fractions written denominator first: 四分之一 ('分之'). */
  fractionInfix?: string;
  /** Ordinal suffixes after Arabic digits: '14th' ('st|nd|rd|th'). */
  ordinalSuffixes: string[];
  /** Ordinal words: 'first' → 1 (Chinese writes ordinals with rank.prefix + numeral). */
  ordinalWords: Record<string, number>;
  units: UnitEntry[];
  qualifiers: QualifierEntry[];
  /** Words that, right before a number, make it a change rather than a level: 增长, 下降, 'up', 'increased by'. */
  changeCues: string[];
  /** Words right after a percentage that make it a change: 'a 3.6% increase', '7.7% growth', '13.3% higher'. */
  changeCuesAfter?: string[];
  /**
   * Units that mean something else after a change word: 'increased by 7 times' is a multiple
   * (提升 7 倍), where '54 billion times' counts occasions (次).
   */
  changeUnits?: Record<string, { unit: string; kind: FactKind }>;
  /** Of these, rates that may be followed by a to-word (增速为 9.7%, 年均增长率达 13.1%, 'growth rate of'). */
  changeRates?: string[];
  /** Of these, the ones meaning a fall (下降, 'down'): the change is recorded with direction 'down'. */
  fallCues: string[];
  /**
   * A word before a number that, after a comparing verb earlier in its clause, makes the number
   * the margin of a change: 'outperforms LayoutXLM by 1.48%'. Falling verbs are among fallCues.
   */
  comparedBy?: { word: string; verbs: string[] };
  /** Words opening a share that restates the number before it in another measure: 'increased to $26.4 billion, or 39%'. */
  restatingWords?: string[];
  /** Words that open a from-to pair: 由, 从, 'from'. */
  fromCues: string[];
  /** Words that lead to the second value of a pair or to a level: 到, 至, 'to'. */
  toCues: string[];
  /** Written ranges between two numbers: '-', '至', '到', 'to'. */
  rangeSeparators: string[];
  /** Words that pair the members of a list with another list in order: 分别, 'respectively'. */
  respectively?: string[];
  /** Words joining the numbers of a list ("45.7%和61.8%", '、', 'and'): they share a from-to role and a kind. */
  listJoiners: string[];
  rank: RankTables;
  time: TimeTables;
  notClaims: NotClaimTables;
  /**
   * True when counted nouns take a classifier (三家企业): a bare number written right before a
   * word is then part of a name or code (12315 平台, 919 电商节), not a count.
   */
  countsNeedClassifier?: boolean;
  /**
   * True when a number's own time may be written after it, in its clause ('57.4% at the end of
   * 2015'); Chinese writes it before the number (2015 年底的 52.6%).
   */
  timeAfterNumber?: boolean;
  /**
   * How many words may stand between a count and the noun that is its unit ('110,000 industrial
   * enterprises'); 0 or absent where the unit follows the number directly (11 万家).
   */
  wordsBeforeCountNoun?: number;
  /**
   * Regular-expression sources of the labels of a scholarly paper's parts, matched at a block's
   * start: 摘要：, 关键词：, 参考文献, 'Abstract', 'References'. A document with two of them is a
   * paper, whose numerals written in words count the parts of its method ('two tasks', 三大类),
   * while its findings are written in digits.
   */
  paperParts?: string[];
  /** Characters (besides sentence ends) that end a clause: '，', '、', ','. */
  clauseSeparators: string;
  /** Words that do not belong to a subject: verbs and particles around a number (达到, 为, 的, 'reached'). */
  subjectStopWords: string[];
}

/** A unit or classifier as written, with its canonical language-neutral name. */
export interface UnitEntry {
  /** As written: '元', '个百分点', 'GB', 'yuan', 'percentage points'. */
  text: string;
  /** Canonical, language-neutral, no scale: 'CNY', 'USD', '%', 'percentage_point', 'item', 'person', 'GB', 'km'. */
  unit: string;
  /** The kind of a number with this unit when no change or rank word decides otherwise. */
  kind: FactKind;
  /** Where it is written: after the number (the default) or before it ('RMB 8.16 trillion'). */
  position?: 'before' | 'after';
}

/** A word that bounds a number: 超过 → gt, 约 → approx, 'nearly' → approx. */
export interface QualifierEntry {
  text: string;
  qualifier: Qualifier;
  /**
   * before: ahead of the number (超过 2 亿, 'more than');
   * inside: between the number or its scale and the unit (540 余亿, 2.4 万余家, 9 万多个);
   * after: behind the unit (98% 以上, 7 倍左右).
   */
  position: 'before' | 'inside' | 'after';
  /** Canonical units with which the word is no qualifier: 近 5 年 is "the last five years", not "about five". */
  notWithUnits?: string[];
}

export interface RankTables {
  /** Written before the numeral: 第. */
  prefix: string[];
  /** Written after it: 位, 名. */
  suffix: string[];
  /** Words that make a following ordinal or numeral a rank: 排名, 位居, 世界, 'ranked'. */
  cues: string[];
  /** Top-N words ahead of a numeral: 前 (前三), 'top'. */
  top: string[];
  /** Words that make an ordinal period a count of consecutive periods: 连续 (连续第六年), 'consecutive'. */
  consecutive?: string[];
}

/** A named plan period: "十三五" → 2016–2020. */
export interface PeriodName {
  text: string;
  from: number;
  to: number;
}

/**
 * Time expressions. Patterns are regular-expression sources with named groups:
 * year, month, day (a point); fromYear, toYear, with fromMonth, toMonth for a span of months (a period);
 * sinceYear (from then to the edition year).
 */
export interface TimeTables {
  patterns: string[];
  /** Month names for the month group when not digits: 'November' → 11. */
  months: Record<string, number>;
  /**
   * Words of the groups that name parts of a year, besides digits: quarter and quarters
   * (第一季度, 前三季度, 'first quarter') → 1…4, half (上半年, 'first half') → 1 or 2, and
   * monthsEnded ('three months ended March 31') → the number of months.
   */
  yearPartWords?: Record<string, number>;
  /** Relative years: 上年 → -1, 今年 → 0, 'last year' → -1 (from the edition year). */
  relativeYears: Record<string, number>;
  /** Of these, the ones counted from the document's date rather than the year it reports on: 目前, 今年, 'currently'. */
  datedWords?: string[];
  /**
   * Regular-expression sources of the phrases on a cover that name the period a document reports
   * on, with a year group: 'for the quarterly period ended March 31, 2022', 2020 年年度报告.
   */
  reportPeriods?: string[];
  /** Regular-expression sources of a date line standing alone on a cover, with a year group: 2021年9月, 'September 2021'. */
  dateLines?: string[];
  periods: PeriodName[];
  /** Words after a plan name that belong to the period it names: “十三五”时期, 'period'. */
  periodSuffixes?: string[];
  /** Words before a time that make it a comparison base, not the time of the number: 相比, 比, 较, 'compared with'. */
  baseMarkers: string[];
  /**
   * Words saying a period is the span statistics are taken over (回测窗口, 样本区间, 'sample
   * period', 'backtest'): the figures the sentences after it give are about the whole period,
   * not its end year.
   */
  windowWords?: string[];
}

export interface NotClaimTables {
  /** Words right after a bare number that make it a name or code: 平台, 热线, 强 (500 强), 'hotline'. */
  nameFollowers: string[];
  /** Paired quotes whose content is a title, never a claim: 《》. */
  titleQuotes: [string, string][];
  /** Paired quotes around a bare code: “9710”. */
  codeQuotes: [string, string][];
  /** Regular-expression sources of list enumerators at a clause start: 一是, (1), 'first,'. */
  enumerators: string[];
  /** Regular-expression sources of version numbers: 教育信息化 2.0, 'Industry 4.0'. */
  versions: string[];
  /** Regular-expression sources of figure and table references: 如表 1 所示, 'see Figure 2'. */
  references?: string[];
  /** Regular-expression sources of fixed names written with numerals: 八项规定, 三次全会, 'Group of Twenty'. */
  names?: string[];
  /**
   * Regular-expression sources matched right after a number that only marks off the group a
   * share is taken of: 出口带宽达到 100M 的学校比例为 99.92% (the claim is the share).
   */
  thresholds?: string[];
  /**
   * Words that make a sentence one that sets parameters ('learning rate', 'batch size', 超参数):
   * its numbers without a unit are settings, not claims.
   */
  settingWords?: string[];
}

/**
 * How a language's tables state units and periods. Patterns are matched against a table's unit
 * note, caption, row labels and column headers, with named groups as each entry says.
 */
export interface TableTables {
  /**
   * Unit notes (单位：万元, 'In millions'): group unit holds unit words read as '1<unit>' by the
   * number tables (万元 → scale 10000, CNY); or group scale holds a scale word of scaleWords.
   */
  unitNotes: RegExp[];
  /** Scale words of unit notes that are not the prose scales: 'millions' → 1e6. */
  scaleWords: Record<string, number>;
  /** Currencies a note names apart from the scale: 币种：人民币, 'U.S. dollars'; the symbol written in cells: '$'. */
  currencies: { pattern: RegExp; unit: string; text: string }[];
  /**
   * Exceptions of a unit note ('except share amounts which are reflected in thousands'): rows whose
   * label matches rows take scale (1 = unscaled) and unit instead of the note's.
   */
  noteExceptions: { note: RegExp; rows: RegExp; scale: number; unit?: { unit: string; text: string } }[];
  /** A unit in brackets at the end of a row label or column header: 营业收入(百万元), 'Revenue (in millions)'. */
  labelUnit: RegExp;
  /** Rows of a rate per thing, never scaled by the table's note: 每股收益, 元/股, 'per share'. */
  perUnitRows: RegExp;
  /** Units not in the prose tables that tables write: 股 (shares). */
  units: UnitEntry[];
  /** A column of changes: 本年比上年增减, 同比, 'YoY', '% change'. */
  changeHeaders: RegExp;
  /**
   * Periods in a column header or row label, with named groups: year (four digits, or two after
   * an apostrophe or FY), forecast (E, F, 预测), quarter (1–4 or a native numeral), half (1, 2 or a
   * word), months (the length of a span: 'Three Months Ended'), endMonth (its last month),
   * fromMonth and toMonth (1-3 月份); spans ending at the document's date: trailingMonths (1M,
   * 近3月), trailingYears (1Y, 近一年), yearToDate (YTD, 今年以来).
   */
  periods: RegExp[];
  /** Month names and numerals of the groups above: 'March' → 3, 一 → 1, 'three' → 3, 上 → 1. */
  periodWords: Record<string, number>;
  /** A column that numbers the rows: 序号, 'No.'. */
  indexHeaders: RegExp;
  /** A row that sums the rows above it and closes their group: 合计, 'Total'. */
  totalRows: RegExp;
  /** A row that is part of the row before it: 其中：…. */
  partRows: RegExp;
}

/**
 * Words reports use for what they measure, for pairing a metric across editions (pipeline/diff):
 * one edition says 签发, the next 领用; one 网民, the next 互联网用户.
 */
export interface MetricWordTables {
  /** Words that name the same measured thing; the first of a group stands for the others. */
  synonyms: string[][];
  /** Words that make a figure what a period added (新增, 新建, 'new'), not the stock at its end. */
  incrementWords: string[];
  /**
   * Words that, before a year, name the base of a change (比 2017 年, 'compared with 2017'): a
   * change since 2017 is not the year-on-year change of another edition.
   */
  changeBaseWords: string[];
}
