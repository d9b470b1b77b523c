import type { FactTables } from '../lang/index.js';
import { alternation, halfWidthDigits, wordAt, wordBefore } from './text.js';

/** A time expression found in a sentence. */
export interface TimeMention {
  start: number;
  end: number;
  /** '2020', '2020-11', '2020-12-06', or a period '2016/2020'; months without a year get it later. */
  time: string;
  /** Written without a year ("11 月"): the year comes from the context. */
  needsYear: boolean;
  /** A comparison base (相比 2015 年, 比上年): not the time of a number near it. */
  base: boolean;
  /** A period's two ends, for the two facts of a from-to pair. */
  from?: string;
  to?: string;
}

const pad = (n: string) => n.padStart(2, '0');

/**
 * The two years of a document: the one it reports on (undated figures, "2016 年以来") and the
 * one it is dated (目前, 今年, 'this year', 'currently'). A report published in 2022 on 2021
 * data is about 2021 and dated 2022; most documents are about the year they are dated.
 */
export interface DocumentYears {
  about: number | undefined;
  dated: number | undefined;
  /** The day or month of the cover's date line ('2021-10-07', '2022-03'), when it has one. */
  date?: string;
}

interface CompiledTime {
  patterns: RegExp[];
  periods: RegExp | undefined;
  relative: RegExp | undefined;
}
const compiled = new WeakMap<FactTables, CompiledTime>();

function compile(tables: FactTables): CompiledTime {
  let result = compiled.get(tables);
  if (!result) {
    const { time } = tables;
    const periodNames = time.periods.map((p) => p.text);
    result = {
      patterns: time.patterns.map((source) => new RegExp(source, 'gu')),
      // A plan name, quoted or not, with the words that follow it: “十三五”时期.
      periods: periodNames.length
        ? new RegExp(`[“"]?(?:${alternation(periodNames)})[”"]?(?:\\s*(?:${alternation(time.periodSuffixes ?? [])}))?`, 'gu')
        : undefined,
      relative: Object.keys(time.relativeYears).length ? new RegExp(alternation(Object.keys(time.relativeYears)), 'gu') : undefined,
    };
    compiled.set(tables, result);
  }
  return result;
}

/** Every time expression of the sentence, in text order, without overlaps. */
export function findTimes(written: string, tables: FactTables, years: DocumentYears): TimeMention[] {
  const editionYear = years.about;
  const { patterns, periods, relative } = compile(tables);
  const text = halfWidthDigits(written);
  const found: TimeMention[] = [];
  const taken = (start: number, end: number) => found.some((t) => start < t.end && end > t.start);
  const add = (start: number, end: number, mention: Omit<TimeMention, 'start' | 'end' | 'base'>) => {
    if (taken(start, end)) return;
    const base = wordBefore(text, start, tables.time.baseMarkers) !== undefined;
    found.push({ start, end, base, ...mention });
  };

  if (periods) {
    for (const match of text.matchAll(periods)) {
      // A plan's name (“十四五”规划目标任务) is no time of the numbers around it.
      if (wordAt(text, match.index! + match[0].length, tables.notClaims.nameFollowers)) continue;
      const name = tables.time.periods.find((p) => match[0].includes(p.text))!;
      const from = String(name.from);
      const to = String(name.to);
      add(match.index!, match.index! + match[0].length, { time: `${from}/${to}`, needsYear: false, from, to });
    }
  }
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const groups = match.groups ?? {};
      const start = match.index!;
      const end = start + match[0].length;
      if (groups.fromYear && groups.toYear) {
        // A span of months (2010 年 1 月至 2021 年 9 月) keeps its months: 2010-01/2021-09.
        const from = groups.fromMonth ? `${groups.fromYear}-${pad(groups.fromMonth)}` : groups.fromYear;
        const to = groups.toMonth ? `${groups.toYear}-${pad(groups.toMonth)}` : groups.toYear;
        add(start, end, { time: `${from}/${to}`, needsYear: false, from, to });
      } else if (groups.sinceYear) {
        const to = String(editionYear ?? groups.sinceYear);
        // Since a month of the report's own year, the date is the time (2020 年 6 月起 → 2020-06, by the date pattern), not a span 2020/2020.
        if (to === groups.sinceYear) continue;
        add(start, end, { time: `${groups.sinceYear}/${to}`, needsYear: false, from: groups.sinceYear, to });
      } else if (groups.quarter || groups.quarters || groups.half || groups.monthsEnded) {
        const count = (word: string | undefined) => yearPartNumber(word, tables.time.yearPartWords ?? {});
        const months = yearPartMonths({
          quarter: count(groups.quarter),
          quarters: count(groups.quarters),
          half: count(groups.half),
          ...(groups.monthsEnded ? { months: count(groups.monthsEnded) ?? 0, lastMonth: groups.month ? monthNumber(groups.month, tables) : 0 } : {}),
        });
        const year = groups.year ?? (groups.shortYear ? fullYear(groups.shortYear, editionYear) : '');
        const time = months && monthSpan(year, months);
        if (!time) continue;
        add(start, end, { time, needsYear: !year });
      } else if (groups.year || groups.shortYear || groups.month) {
        const year = groups.year ?? (groups.shortYear ? fullYear(groups.shortYear, editionYear) : undefined);
        const month = groups.month ? monthNumber(groups.month, tables) : undefined;
        const parts = [year ?? '', month ? pad(String(month)) : undefined, groups.day ? pad(groups.day) : undefined];
        add(start, end, { time: parts.filter((p) => p !== undefined).join('-'), needsYear: !year });
      }
    }
  }
  if (relative) {
    for (const match of text.matchAll(relative)) {
      const from = (tables.time.datedWords ?? []).includes(match[0]) ? (years.dated ?? years.about) : years.about;
      if (from === undefined) continue;
      const year = String(from + tables.time.relativeYears[match[0]]!);
      add(match.index!, match.index! + match[0].length, { time: year, needsYear: false });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A part of a year in numbers, as a quarter, half or span of months names it. */
export interface YearPart {
  /** Which quarter (Q1, 第一季度). */
  quarter?: number;
  /** How many quarters since the year began (前三季度). */
  quarters?: number;
  /** Which half (上半年, H2). */
  half?: number;
  /** How many months end with lastMonth ('three months ended March 31'). */
  months?: number;
  /** The first month of a span written from one month to another (1-9 月份). */
  firstMonth?: number;
  lastMonth?: number;
}

/**
 * The first and last month of a part of a year: a quarter (Q1 → 1–3), the quarters since the
 * year began (前三季度 → 1–9), a half (下半年 → 7–12), the months from one to another (1-9 月份
 * → 1–9), or the months ended with a month ('six months ended June 30' → 1–6). A first month
 * below 1 is in the year before ('twelve months ended June 30' → -5–6). Undefined for a part
 * that names no months, or impossible ones.
 */
export function yearPartMonths(part: YearPart): [number, number] | undefined {
  const { quarter, quarters, half, months, firstMonth, lastMonth } = part;
  if (quarter) return quarter <= 4 ? [quarter * 3 - 2, quarter * 3] : undefined;
  if (quarters) return quarters <= 4 ? [1, quarters * 3] : undefined;
  if (half) return half <= 2 ? [half * 6 - 5, half * 6] : undefined;
  if (!lastMonth || lastMonth > 12) return undefined;
  if (firstMonth !== undefined) return firstMonth >= 1 && firstMonth <= lastMonth ? [firstMonth, lastMonth] : undefined;
  return months && months <= 12 ? [lastMonth - months + 1, lastMonth] : undefined;
}

/**
 * Months of a year as a period: ('2022', [1, 3]) → '2022-01/2022-03'; a first month below 1 is
 * in the year before ('2022', [-5, 6] → '2021-07/2022-06'). Without a year ('') the months wait
 * for one ('-01/-06', see withYear); a span into an unknown year before is undefined.
 */
export function monthSpan(year: string, [first, last]: [number, number]): string | undefined {
  if (first >= 1) return `${year}-${pad(String(first))}/${year}-${pad(String(last))}`;
  if (!year) return undefined;
  return `${Number(year) - 1}-${pad(String(first + 12))}/${year}-${pad(String(last))}`;
}

/** The number a word of a year part stands for: digits, or a word of the language's table (一 → 1, 'three' → 3). */
export function yearPartNumber(word: string | undefined, words: Record<string, number>): number | undefined {
  if (word === undefined) return undefined;
  return /^\d+$/.test(word) ? Number(word) : (words[word.toLowerCase()] ?? words[word]);
}

/** A year written with two digits (22 年 1 季度, FY22): in the century of the report's year. */
function fullYear(shortYear: string, editionYear: number | undefined): string {
  const century = Math.floor((editionYear ?? 2000) / 100) * 100;
  return String(century + Number(shortYear));
}

function monthNumber(month: string, tables: FactTables): number {
  return /^\d+$/.test(month) ? Number(month) : (tables.time.months[month] ?? tables.time.months[month.toLowerCase()] ?? 0);
}

/** A period the sentence names as the span its statistics are taken over: 以 2018 年以来近三年半作为回测窗口. */
export function isWindow(time: TimeMention, text: string, tables: FactTables): boolean {
  if (time.from === undefined) return false;
  const lower = text.toLowerCase();
  return (tables.time.windowWords ?? []).some((word) => lower.includes(word.toLowerCase()));
}

/** A month-only time completed with the year of its context. */
export function withYear(time: TimeMention, contextYear: string | null): string | null {
  if (!time.needsYear) return time.time;
  // Every end of a period without a year (上半年 → -01/-06) takes it.
  return contextYear ? time.time.split('/').map((part) => `${contextYear.slice(0, 4)}${part}`).join('/') : null;
}

/** The year a time is about, for context: a period's end year. */
export function endYear(time: string): string {
  return time.includes('/') ? time.split('/')[1]!.slice(0, 4) : time.slice(0, 4);
}
