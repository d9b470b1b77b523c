import type { TableTables } from '../types.js';

const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const spanLengths = { one: 1, three: 3, six: 6, nine: 9, twelve: 12 };

/**
 * How English tables state units and periods: '(In millions, except per share amounts)' over a
 * statement, 'Three Months Ended March 31,' over its year columns, 'FY2023', '2024E', 'Q1 2023'.
 */
export const enTables: TableTables = {
  unitNotes: [/\b(?:in|amounts in|dollars in|\$ in|expressed in)\s+(?<scale>thousands|millions|billions)\b/iu, /\bin\s+(?<unit>(?:US\$|\$|RMB|USD)\s*(?:thousands|millions|billions|mn|bn|m|k)?)(?![a-z])/iu],
  scaleWords: { thousands: 1e3, millions: 1e6, billions: 1e9, k: 1e3, m: 1e6, mn: 1e6, bn: 1e9 },
  currencies: [
    { pattern: /\$|\bU\.?S\.? dollars\b|\bUSD\b/u, unit: 'USD', text: '$' },
    { pattern: /\bRMB\b|\bCNY\b|¥/u, unit: 'CNY', text: 'RMB' },
    { pattern: /€|\bEUR\b|\beuros?\b/iu, unit: 'EUR', text: '€' },
    { pattern: /£|\bGBP\b/u, unit: 'GBP', text: '£' },
  ],
  noteExceptions: [
    { note: /except[^)]*\bper[- ]share\b/iu, rows: /\bper[- ]share\b/iu, scale: 1 },
    { note: /share (?:amounts|data) (?:which are )?(?:reflected |presented |stated )?in thousands/iu, rows: /\bshares\b/iu, scale: 1e3, unit: { unit: 'share', text: 'shares' } },
    { note: /shares? in millions/iu, rows: /\bshares\b/iu, scale: 1e6, unit: { unit: 'share', text: 'shares' } },
  ],
  labelUnit: /\(\s*(?:in\s+)?(?<unit>[^()]{1,16}?)\s*\)\s*$/iu,
  // A ratio, margin or rate is the row's head, its last word ('Effective tax rate'), not a word inside ('Effect of exchange rate changes').
  perUnitRows: /\bper[- ](?:share|unit|diluted share|basic share)\b|%|\b(?:ratio|margin|rate)s?\s*(?:\([^()]*\))?\s*:?$/iu,
  units: [{ text: 'shares', unit: 'share', kind: 'count' }],
  changeHeaders: /\bchange\b|\bgrowth\b|\bYoY\b|\bQoQ\b|\bvariance\b|\binc(?:rease)?\s*\/\s*dec(?:rease)?\b|%\s*chg\b/iu,
  periods: [
    // Three Months Ended March 31, Nine Months Ended September 30 (the year often in the row below)
    new RegExp(`\\b(?<months>${Object.keys(spanLengths).join('|')})\\s+months\\s+ended\\s+(?<endMonth>${monthNames.join('|')})\\b`, 'iu'),
    /\b(?:fiscal\s+)?years?\s+ended\s+(?<endMonth>january|february|march|april|may|june|july|august|september|october|november|december)\b/iu,
    // Q1 2023, 1Q23, 2023Q1, Q1'23, Q1 FY23
    /\bQ(?<quarter>[1-4])\s*(?:FY\s*|')?(?<year>(?:19|20)?\d{2})\b/iu,
    /\b(?<quarter>[1-4])Q\s*(?<year>(?:19|20)?\d{2})\b/iu,
    /\b(?<year>(?:19|20)\d{2})\s*Q(?<quarter>[1-4])\b/iu,
    // H1 2023, 1H23
    /\bH(?<half>[12])\s*(?:FY\s*|')?(?<year>(?:19|20)?\d{2})\b/iu,
    // FY2023, FY23, 2024E, 2023F, 2022A, 2021
    /\bFY\s*'?(?<year>(?:19|20)?\d{2})(?<forecast>E|F)?\b/iu,
    /(?<![\d.,$])(?<year>(?:19|20)\d{2})\s*(?:(?<forecast>E|F|est\.?|\(E\))|A)?(?![\d.,%])/iu,
    // Spans before the report's date, a column's whole header in a broker's price table: 1M, 3M,
    // 12M, 'Last 3 months', 1Y, YTD (not '1-3 years' of a maturity table).
    /^(?:last|past|trailing)?\s*(?<trailingMonths>\d{1,2})[- ]?(?:M|mo|mths?|months?)$/iu,
    /^(?:last|past|trailing)?\s*(?<trailingYears>\d)[- ]?(?:Y|yrs?|years?)$/iu,
    /^(?<yearToDate>YTD|year[- ]to[- ]date)$/iu,
  ],
  periodWords: {
    ...Object.fromEntries(monthNames.map((name, i) => [name, i + 1])),
    ...spanLengths,
  },
  indexHeaders: /^(?:no\.?|#|item)$/iu,
  totalRows: /^total\b/iu,
  partRows: /^(?:of which|including)\b/iu,
};
