import type { Qualifier } from '../../types.js';
import { neutralNotClaimNames } from '../codes.js';
import type { FactTables, QualifierEntry, UnitEntry } from '../types.js';

/**
 * Number knowledge of English, as translations of Chinese reports and English reports write
 * numbers: "718,000", "200 million", "RMB 8.16 trillion", "52.6 percent", "ranked 14th",
 * "three basic telecom operators", "the eighth consecutive year". Canonical units, kinds and
 * qualifiers are those of the Chinese tables, so a fact and its translation compare equal.
 */

const ones = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const onesOrdinal = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const tensOrdinal = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

const digits: Record<string, number> = {};
ones.forEach((word, value) => (digits[word] = value));
tens.forEach((word, ten) => word && (digits[word] = ten * 10));

const ordinalWords: Record<string, number> = {};
onesOrdinal.forEach((word, value) => word && (ordinalWords[word] = value));
tensOrdinal.forEach((word, ten) => word && (ordinalWords[word] = ten * 10));
// "twenty-first" … "ninety-ninth"
tens.forEach((ten, t) => {
  if (!ten) return;
  onesOrdinal.slice(1, 10).forEach((one, o) => (ordinalWords[`${ten}-${one}`] = t * 10 + o + 1));
});

/** Fractions in words, as decimals (a fraction is a share: 一半 → 0.5). */
const fractions: Record<string, number> = {
  half: 0.5,
  'one half': 0.5,
  'a half': 0.5,
  'a third': 1 / 3,
  'one third': 1 / 3,
  'one-third': 1 / 3,
  'two thirds': 2 / 3,
  'two-thirds': 2 / 3,
  'a quarter': 0.25,
  'one quarter': 0.25,
  'one-quarter': 0.25,
  'one fourth': 0.25,
  'one-fourth': 0.25,
  'three quarters': 0.75,
  'three-quarters': 0.75,
  'a fifth': 0.2,
  'one fifth': 0.2,
  'one-fifth': 0.2,
  'a tenth': 0.1,
  'one tenth': 0.1,
  'one-tenth': 0.1,
};

const money = (texts: string[], unit: string, position: 'before' | 'after'): UnitEntry[] =>
  texts.map((text) => ({ text, unit, kind: 'amount', position }));
const counted = (texts: string[], unit: string): UnitEntry[] => texts.map((text) => ({ text, unit, kind: 'count' }));
const measured = (texts: string[], unit: string, kind: UnitEntry['kind'] = 'measure'): UnitEntry[] => texts.map((text) => ({ text, unit, kind }));

const units: UnitEntry[] = [
  ...money(['RMB', 'CNY', '¥', 'RMB¥'], 'CNY', 'before'),
  ...money(['yuan', 'RMB', 'renminbi', 'CNY'], 'CNY', 'after'),
  ...money(['US$', 'USD', '$'], 'USD', 'before'),
  ...money(['US dollars', 'U.S. dollars', 'dollars', 'USD'], 'USD', 'after'),
  ...money(['€', 'EUR'], 'EUR', 'before'),
  ...money(['euros', 'EUR'], 'EUR', 'after'),
  ...money(['HK$'], 'HKD', 'before'),
  ...money(['Hong Kong dollars', 'HK dollars'], 'HKD', 'after'),
  ...money(['£', 'GBP'], 'GBP', 'before'),
  ...money(['pounds', 'pounds sterling'], 'GBP', 'after'),
  ...money(['JPY'], 'JPY', 'before'),
  ...money(['yen'], 'JPY', 'after'),
  ...money(['won'], 'KRW', 'after'),
  ...measured(['%', 'percent', 'per cent', 'pct'], '%', 'percent'),
  ...measured(['percentage points', 'percentage point', 'points'], 'percentage_point', 'change'),
  // 倍: "7-fold", "39 times that of 2015", "3 times as many".
  ...measured(['-fold', 'fold', 'times that of', 'times those of', 'times as', 'times the', 'times higher', 'times more', 'times larger', 'times greater'], 'fold', 'multiple'),
  ...counted(['person-times', 'person times', 'visits', 'passenger trips', 'trips'], 'person_times'),
  ...counted(['times'], 'times'),
  ...counted(['people', 'persons', 'individuals', 'residents', 'citizens', 'workers', 'employees', 'students', 'teachers', 'doctors', 'patients', 'farmers', 'netizens', 'internet users', 'online users'], 'person'),
  ...counted(['households', 'families'], 'household'),
  ...counted(['enterprises', 'companies', 'firms', 'businesses', 'organizations', 'organisations', 'institutions', 'hospitals', 'schools', 'universities', 'banks'], 'organization'),
  ...counted(['items', 'pieces', 'units', 'sets', 'batches', 'cases', 'projects', 'kinds', 'types', 'categories', 'varieties'], 'item'),
  // After an ordinal: 'the eighth consecutive year' counts eight years (连续 8 年).
  ...measured(['consecutive years', 'consecutive year', 'straight years', 'straight year', 'year in a row', 'years in a row'], 'year', 'duration'),
  ...measured(['years', 'year'], 'year', 'duration'),
  ...measured(['months', 'month'], 'month', 'duration'),
  ...measured(['days', 'day'], 'day', 'duration'),
  ...measured(['hours', 'hour'], 'hour', 'duration'),
  ...measured(['minutes', 'minute'], 'minute', 'duration'),
  ...measured(['square kilometers', 'square kilometres', 'sq km', 'km²', 'km2'], 'km2'),
  ...measured(['kilometers', 'kilometres', 'km'], 'km'),
  ...measured(['meters', 'metres', 'm'], 'm'),
  ...measured(['tons', 'tonnes', 't'], 't'),
  ...measured(['kWh', 'kilowatt-hours'], 'kWh'),
  ...measured(['MW', 'megawatts'], 'MW'),
  ...measured(['GW', 'gigawatts'], 'GW'),
  ...measured(['TW', 'terawatts'], 'TW'),
  ...measured(['MWh', 'megawatt-hours', 'megawatt hours'], 'MWh'),
  ...measured(['GWh', 'gigawatt-hours', 'gigawatt hours'], 'GWh'),
  ...measured(['TWh', 'terawatt-hours', 'terawatt hours'], 'TWh'),
  ...measured(['kV', 'kilovolts'], 'kV'),
  ...measured(['μm', 'µm', 'um', 'micrometers', 'micrometres', 'microns'], 'um'),
  ...measured(['nanometers', 'nanometres'], 'nm'),
  ...measured(['tce', 'tonnes of coal equivalent', 'tons of coal equivalent'], 'tce'),
  ...measured(['tCO2e', 'tonnes of CO2e', 'tons of CO2e', 'metric tons of CO2e', 'tonnes of CO2 equivalent', 'metric tons of CO2 equivalent'], 'tCO2e'),
  ...['KB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'Kbps', 'Mbps', 'Gbps', 'Tbps', 'GHz', 'MHz', 'nm', 'TEU'].flatMap((unit) => measured([unit], unit)),
  // Computing power, named as the Chinese tables name it: 315 PF = 315 PFLOPS.
  ...['T', 'P', 'E'].flatMap((prefix) => measured([`${prefix}F`, `${prefix}FLOPS`, `${prefix}Flops`, `${prefix}flops`], `${prefix}FLOPS`)),
  ...measured(['square meters', 'square metres', 'sq m', 'm²'], 'm2'),
  ...measured(['cubic meters', 'cubic metres', 'm³'], 'm3'),
  ...measured(['hectares', 'ha'], 'ha'),
  ...measured(['mu'], 'mu'),
  ...measured(['kilograms', 'kg'], 'kg'),
  ...measured(['kilowatts', 'kW'], 'kW'),
  ...measured(['centimeters', 'centimetres', 'cm'], 'cm'),
  ...measured(['millimeters', 'millimetres', 'mm'], 'mm'),
  ...measured(['liters', 'litres'], 'L'),
  ...measured(['μg/m³', 'µg/m³', 'micrograms per cubic meter'], 'ug/m3'),
  // IPv6 address blocks: "54,592 (/32 blocks)" (54592(块/32)).
  ...counted(['(/32 blocks)', '/32 blocks', 'blocks of /32', '/32s'], 'block/32'),
  { text: 'ranks', unit: 'rank', kind: 'rank' },
];

/**
 * A spelled-out count followed by the list of exactly that many things describes them, it
 * states no quantity: "the three levels of the state, the provinces and enterprises", "the two
 * sessions of the NPC and the CPPCC". One pattern per count, two to nine: N − 2 commas, then "and".
 */
const listedMembers = ones.slice(2, 10).map((word, index) => {
  // An item is a short noun phrase: one to four words.
  const item = "[\\p{L}'-]+(?:\\s+[\\p{L}'-]+){0,3}?";
  const commas = `(?:,\\s*${item}){${index}}`;
  return `\\b${word}(?:\\s+[\\p{L}-]+){1,3}\\s+of\\s+${item}${commas},?\\s+(?:and|or)\\s`;
});

/** Qualifiers written before the number, also capitalised as a sentence opens with them ("More than 40,000 …"). */
const before = (qualifier: Qualifier, texts: string[]): QualifierEntry[] =>
  texts.flatMap((text) => [text, text[0]!.toUpperCase() + text.slice(1)]).map((text) => ({ text, qualifier, position: 'before' }));

const monthNames = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** As a journal's date line writes them: 'Apr. 2021', 'Oct. 2020'. */
const monthAbbreviations = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';

export const enFacts: FactTables = {
  language: 'en',
  digits,
  places: { hundred: 100 },
  // 'K', 'M', 'B' glued to an amount: "$5B", "US$1B", "$50M+".
  scales: { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mn: 1e6, bn: 1e9, tn: 1e12, K: 1e3, M: 1e6, B: 1e9 },
  vagueDigits: [],
  // "one of the …" and "a batch" are not counts.
  articleValues: [1],
  numberWords: fractions,
  // 数十, 数百, 上千, 数万, 数亿: "tens of PB of scientific data", "hundreds of millions of users".
  vagueQuantities: {
    'tens of': 10, 'dozens of': 10, 'hundreds of': 100, 'thousands of': 1e3, 'tens of thousands of': 1e4, 'hundreds of thousands of': 1e5,
    'millions of': 1e6, 'tens of millions of': 1e7, 'hundreds of millions of': 1e8, 'billions of': 1e9, 'tens of billions of': 1e10,
  },
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
  ordinalWords,
  units,
  qualifiers: [
    ...before('gt', ['more than', 'over', 'above', 'exceeding', 'in excess of', 'upwards of', 'passed', 'surpassed', 'exceeded', 'topped', 'broke through', 'beyond']),
    // The verbs in the present, as an aim or a standing fact states them: "exceed 200 million", "pass 9.97 billion yuan".
    ...before('gt', ['exceed', 'exceeds', 'pass', 'passes', 'passing', 'surpass', 'surpasses', 'surpassing', 'tops', 'topping']),
    ...before('gte', ['at least', 'no less than', 'not less than', 'no fewer than']),
    ...before('approx', ['nearly', 'almost', 'about', 'around', 'approximately', 'roughly', 'close to', 'some', 'an estimated', 'estimated', 'approx.']),
    // "positioning accuracy better than 10 meters" (优于 10 米).
    ...before('lt', ['less than', 'fewer than', 'under', 'below', 'lower than', 'better than']),
    ...before('lte', ['up to', 'at most', 'no more than', 'not more than', 'a maximum of', 'within']),
    { text: '-plus', qualifier: 'gt', position: 'inside' },
    { text: '+', qualifier: 'gt', position: 'inside' },
    // As 以上 and 以下 are read (gt, lt): "98% or more" renders "98% 以上"; only "at least" is 至少 (gte).
    ...['or more', 'and above', 'or above', 'and over', 'plus', '-plus'].map((text) => ({ text, qualifier: 'gt' as const, position: 'after' as const })),
    ...['or less', 'and below', 'or below', 'or fewer'].map((text) => ({ text, qualifier: 'lt' as const, position: 'after' as const })),
    ...['or so'].map((text) => ({ text, qualifier: 'approx' as const, position: 'after' as const })),
  ],
  changeCues: [
    'up', 'down', 'up by', 'down by', 'rose', 'rose by', 'rising', 'rising by', 'rises', 'increased', 'increased by', 'increasing by', 'increase of', 'an increase of',
    'grew', 'grew by', 'growing', 'growing by', 'growth of', 'expanded', 'expanded by', 'expanding', 'expanding by', 'jumped', 'surged', 'climbed', 'gained',
    'fell', 'fell by', 'falling', 'dropped', 'dropped by', 'declined', 'declined by', 'decreased', 'decreased by', 'decrease of', 'a decrease of',
    'decline of', 'a decline of', 'drop of', 'a drop of', 'cut by', 'reduced by', 'shrank', 'shrank by', 'lower by', 'higher by', 'increases of', 'respectively',
    // Nouns before a skipped "of": "an increase of 12.5 percent", "growth of 3%".
    'increase', 'increases', 'growth', 'rise', 'gain', 'decrease', 'decline', 'drop', 'fall', 'reduction', 'improvement', 'improvements',
    // Verbs before a skipped "by": "was cut by more than 40%".
    'cut', 'reduced', 'lowered', 'shortened', 'compressed', 'raised', 'boosted',
    'declining', 'decreasing', 'increasing', 'decreases', 'declines', 'falls', 'drops', 'improved', 'improved by', 'gains', 'grows',
  ],
  // "a 3.6% increase", "7.7% growth", "13.3% higher than a year earlier", "3% year-on-year".
  changeCuesAfter: [
    'increase', 'growth', 'rise', 'gain', 'jump', 'higher', 'more', 'year-on-year', 'year on year', 'YoY', 'y-o-y',
    'decrease', 'decline', 'drop', 'fall', 'lower', 'less', 'reduction',
  ],
  // 倍 after a change word: "increased by more than 7 times" (提升 7 倍以上).
  changeUnits: { times: { unit: 'fold', kind: 'multiple' } },
  fallCues: ['underperforms', 'underperformed', 'underperform', 'trails', 'trailed', 'lags', 'lagged', 'declining', 'decreasing', 'decreases', 'declines', 'falls', 'drops', 'lower', 'less', 'cut', 'reduced', 'lowered', 'shortened', 'compressed', 'decrease', 'decline', 'drop', 'fall', 'reduction', 'down', 'down by', 'fell', 'fell by', 'falling', 'dropped', 'dropped by', 'declined', 'declined by', 'decreased', 'decreased by', 'decrease of', 'a decrease of', 'decline of', 'a decline of', 'drop of', 'a drop of', 'cut by', 'reduced by', 'shrank', 'shrank by', 'lower by'],
  // "outperforms the baseline by 1.48%", "lagged the index by 2 percentage points".
  comparedBy: {
    word: 'by',
    verbs: ['outperforms', 'outperformed', 'outperform', 'beats', 'beat', 'exceeds', 'exceeded', 'surpasses', 'surpassed', 'improves', 'improve', 'boosts', 'underperforms', 'underperformed', 'underperform', 'trails', 'trailed', 'lags', 'lagged'],
  },
  restatingWords: ['or'],
  // "the improvement comes to 1.5%", "the growth rate was 7%".
  changeRates: ['improvement', 'growth rate', 'increase', 'decrease', 'decline', 'gain', 'reduction'],
  fromCues: ['from'],
  toCues: ['to', 'reaching', 'reached'],
  // Not 'to': "from 3.4 trillion yuan to 5.8 trillion yuan" is a from-to pair far more often than "3 to 5 years" is a range.
  rangeSeparators: ['-', '–', '—'],
  listJoiners: [',', 'and', ', and', 'or', ', or'],
  respectively: ['respectively'],
  rank: {
    prefix: ['No.', 'no.', '#'],
    // "first in the world", "ranked 14th globally".
    suffix: ['in the world', 'worldwide', 'globally', 'in the country', 'nationwide', 'in China', 'place'],
    // 'from' and 'to' for a ranking that moves: "rising from 29th in 2015 to 14th in 2020".
    cues: ['ranked', 'ranking', 'ranks', 'rank', 'ranked as', 'placed', 'placing', 'came', 'remained', 'was', 'is', 'stood', 'the world’s', "the world's", 'top', 'from', 'to'],
    top: ['top'],
  },
  time: {
    patterns: [
      // Parts of a year: "the three months ended March 31, 2022", "first quarter of 2022", "Q1 2022", "2022Q1", "first half of 2021", "H1 2021".
      `(?<monthsEnded>three|six|nine|twelve)\\s+months\\s+ended\\s+(?<month>${monthNames})\\s+\\d{1,2},\\s*(?<year>(?:19|20)\\d{2})`,
      '\\b(?<quarter>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth)\\s+quarter\\s+(?:of\\s+)?(?:fiscal\\s+(?:year\\s+)?)?(?<year>(?:19|20)\\d{2})',
      "\\b[Qq](?<quarter>[1-4])\\s*(?:FY\\s*)?(?:(?<year>(?:19|20)\\d{2})|'(?<shortYear>\\d{2}))(?!\\d)",
      '\\b(?<year>(?:19|20)\\d{2})\\s*[Qq](?<quarter>[1-4])\\b',
      '\\b(?<half>[Ff]irst|[Ss]econd)\\s+half\\s+(?:of\\s+)?(?:fiscal\\s+(?:year\\s+)?)?(?<year>(?:19|20)\\d{2})',
      '\\b[Hh](?<half>[12])\\s*(?:FY\\s*)?(?<year>(?:19|20)\\d{2})(?!\\d)',
      // A fiscal year is the year it names: "fiscal year 2022", "fiscal 2022", "FY2022", "FY22"; so is "the year ended December 31, 2021".
      '\\b(?:[Ff]iscal(?:\\s+[Yy]ear)?|FY)\\s*(?:(?<year>(?:19|20)\\d{2})|(?<shortYear>\\d{2}))(?!\\d)',
      `\\byear\\s+ended\\s+(?:${monthNames})\\s+\\d{1,2},\\s*(?<year>(?:19|20)\\d{2})`,
      // A forecast year: 2024E, 2025F.
      '(?<year>(?:19|20)\\d{2})[EF](?![A-Za-z\\d])',
      '(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)\\s+(?<day>\\d{1,2}),\\s*(?<year>(?:19|20)\\d{2})',
      '(?<day>\\d{1,2})\\s+(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\\s+(?<year>(?:19|20)\\d{2})',
      '(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)\\s+(?:of\\s+)?(?<year>(?:19|20)\\d{2})',
      '(?:[Ff]rom|[Bb]etween)\\s+(?<fromYear>(?:19|20)\\d{2})\\s+(?:to|and|through)\\s+(?<toYear>(?:19|20)\\d{2})',
      '(?<fromYear>(?:19|20)\\d{2})\\s*[-–—]\\s*(?<toYear>(?:19|20)\\d{2})',
      '(?:[Ss]ince|[Ff]rom)\\s+(?<sinceYear>(?:19|20)\\d{2})',
      '(?<year>(?:19|20)\\d{2})',
    ],
    yearPartWords: { first: 1, second: 2, third: 3, fourth: 4, three: 3, six: 6, nine: 9, twelve: 12 },
    months: {
      January: 1, February: 2, March: 3, April: 4, May: 5, June: 6, July: 7, August: 8, September: 9, October: 10, November: 11, December: 12,
      'Jan.': 1, 'Feb.': 2, 'Mar.': 3, 'Apr.': 4, 'Jun.': 6, 'Jul.': 7, 'Aug.': 8, 'Sep.': 9, 'Sept.': 9, 'Oct.': 10, 'Nov.': 11, 'Dec.': 12,
    },
    relativeYears: {
      'last year': -1, 'the previous year': -1, 'the year before': -1, 'this year': 0, 'the same year': 0, 'next year': 1,
      // 目前: "from 84,094 at the end of 2015 to 14,581 today".
      today: 0, 'at present': 0, currently: 0, now: 0,
    },
    datedWords: ['last year', 'this year', 'next year', 'today', 'at present', 'currently', 'now'],
    reportPeriods: [
      `\\b[Ff]or\\s+the\\s+(?:quarterly\\s+period|fiscal\\s+year|year|quarter|(?:three|six|nine)\\s+months)\\s+ended\\s+(?:${monthNames})\\s+\\d{1,2},\\s*(?<year>(?:19|20)\\d{2})`,
      '\\b(?<year>(?:19|20)\\d{2})\\s+(?:Annual|Interim|Quarterly|Half-[Yy]ear)\\s+Report\\b',
    ],
    dateLines: [`^\\s*(?:${monthNames}|(?:${monthAbbreviations})\\.?)\\s+(?:\\d{1,2},\\s*)?(?<year>(?:19|20)\\d{2})\\s*$`],
    // Not 'from': in "from 57.4% at the end of 2015 to 108%" the year is the number's own.
    // "… compared to the same period in 2021": the year is the base.
    baseMarkers: ['the same period in', 'the same period of', 'the same quarter of', 'the same quarter in', 'compared with', 'compared to', 'over', 'than', 'than in', 'relative to', 'versus', 'vs.', 'against', 'that of', 'those of'],
    windowWords: ['backtest', 'back-test', 'backtesting', 'back-testing', 'sample period', 'test period', 'testing period', 'evaluation period', 'study period', 'observation period', 'in-sample', 'out-of-sample'],
    // Five-Year Plans since the 11th run 2006–2010, 2011–2015, …: plan n starts in 1956 + 5(n − 1).
    periods: [11, 12, 13, 14, 15].flatMap((plan) => {
      const from = 1956 + (plan - 1) * 5;
      const ordinal = `${plan}th`;
      const word = Object.keys(ordinalWords).find((w) => ordinalWords[w] === plan)!;
      return [ordinal, word, word[0]!.toUpperCase() + word.slice(1)].map((name) => ({ text: `${name} Five-Year Plan`, from, to: from + 4 }));
    }),
  },
  notClaims: {
    nameFollowers: ['hotline', 'Hotline', 'platform', 'Platform', 'Project', 'Program', 'Programme', 'Initiative', 'Summit', 'Forum', 'Index', 'Strategy', 'era', 'Plus', 'Group'],
    titleQuotes: [['《', '》']],
    codeQuotes: [['"', '"'], ['“', '”'], ["'", "'"], ['‘', '’']],
    enumerators: ['^\\(\\d{1,2}\\)\\s*', '^\\d{1,2}\\)\\s*', '^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)(?:ly)?,\\s*', '^No\\.\\s*\\d+'],
    names: [
      ...neutralNotClaimNames,
      ...listedMembers,
      // After a demonstrative a number points back to what was named: "these two systems".
      '\\b(?:[Tt]hese|[Tt]hose)\\s+(?:two|three|four|five|six|seven|eight|nine|ten)\\b',
      // Greenhouse-gas scopes: "Scope 1, 2 and 3 emissions".
      '\\bScopes?\\s+\\d(?:\\s*(?:,|and|&|\\+|-|–)\\s*\\d)*',
      // Web addresses, and standards named by their number (ISO 27001, ISO/IEC 27701, RFC 8446).
      'https?://\\S+',
      '\\bwww\\.\\S+',
      '\\b(?:ISO|IEC|ISO/IEC|IEEE|RFC|GB/T|GB|EN|NIST SP)\\s*\\d+(?:[-.:]\\d+)*',
      // Parts of documents and plans: "Chapter Three", "Article 12", "Phase II".
      '\\b(?:Chapter|Part|Section|Article|Volume|Phase|Annex|Appendix|Item|Step|Level|Grade|Class|Tier|Stage)\\s+(?:\\d+|[A-Za-z]+)\\b',
      // Halves of a year are times, not shares; product generations ("Wi-Fi 6").
      '\\b(?:[Ff]irst|[Ss]econd)\\s+half\\b',
      '\\bhalf[- ]year(?:ly)?\\b',
      '\\bWi-?Fi\\s*\\d+',
      // English groups thousands ("12,309"): five digits or more without separators are a code (the 12315 hotline).
      '(?<![\\d,.])\\d{5,}(?![\\d%]|[,.]\\d)',
      // "a 360-degree view"
      '\\b360(?:°|-degree)',
      // Telephone numbers: +44 (0)203.078.6495, 888.878.7830.
      '\\+\\d{1,3}\\s*(?:\\(\\d+\\))?[\\d. -]{6,}\\d',
      '\\b\\d{3}[.-]\\d{3}[.-]\\d{4}\\b',
    ],
    // Parts of papers and filings: "Table 3", "Fig. 2", "Eq. (4)", "Theorem 1", "Note 12", "Section 3.4".
    references: [
      '\\b(?:Tables?|Figures?|Figs?\\.|Eqs?\\.|Equations?|Algorithms?|Theorems?|Lemmas?|Definitions?|Corollary|Propositions?|Sections?|Sec\\.|Exhibits?|Charts?|Box|Notes?|Footnotes?|Steps?)\\s*\\(?\\d+(?:\\.\\d+)*[a-z]?\\)?(?:\\s*(?:,|and|to|–|-)\\s*\\(?\\d+(?:\\.\\d+)*[a-z]?\\)?)*',
    ],
    settingWords: ['learning rate', 'batch size', 'hidden size', 'hyper-parameter', 'hyperparameter', 'dropout', 'weight decay', 'warm-up', 'warmup'],
    // "Industry 4.0", "Education Informatization 2.0", "version 6" (not "RMB 8.0 billion").
    versions: ['(?<![$¥€£])\\b(?!(?:RMB|CNY|USD|EUR|GBP|HKD|US)\\b)[A-Z][A-Za-z]*\\s+\\d+\\.0(?![\\d%])', '\\b[Vv]ersion\\s+\\d+(?:\\.\\d+)*'],
  },
  clauseSeparators: ',;:()',
  paperParts: ['^Abstract\\b', '^(?:Key\\s*words|Index Terms)\\s*[:—-]', '^(?:References|Bibliography)\\s*$'],
  timeAfterNumber: true,
  wordsBeforeCountNoun: 2,
  subjectStopWords: [
    'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'and', 'or', 'as', 'its', 'their', 'this', 'that', 'these', 'those',
    'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'reached', 'reach', 'reaching', 'totaled', 'totalled', 'came', 'stood', 'amounted',
    'accounted', 'accounting', 'up', 'down', 'year-on-year', 'respectively', 'more', 'than', 'nearly', 'about', 'over', 'some', 'which', 'there', 'it',
    // Verbs that report a number, which never name what it measures.
    'built', 'covers', 'covered', 'covering', 'connects', 'connected', 'connecting', 'launched', 'published', 'issued', 'provided', 'providing',
    'served', 'serving', 'handled', 'completed', 'achieved', 'registered', 'recorded', 'posted', 'saw', 'hit', 'exceeded', 'gathered', 'collected',
    'comes', 'come', 'earned', 'generated', 'totalling', 'totaling', 'obtained', 'received', 'included', 'including', 'involved', 'sharing', 'shared', 'formed', 'set',
  ],
};
