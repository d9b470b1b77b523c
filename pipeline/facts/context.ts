import type { FactTables } from '../lang/index.js';
import type { StructuredDocument } from '../types.js';
import { type Claim, inAnotherClause } from './sentence.js';
import { type DocumentYears, endYear, findTimes, type TimeMention, withYear } from './time.js';

/*
 * The time a claim is about: written with it or in its sentence, else taken from the
 * paragraph, the section or the report's year.
 */

/** What the sentences before a sentence say about time. */
export interface TimeContext {
  /** The last time written in an earlier sentence of the paragraph. */
  paragraph: string | null;
  /** That time is a period statistics are taken over (以 2018 年以来作为回测窗口): it stays whole, not its end year. */
  window?: boolean;
  /** The time of the section (its heading or its lead sentence), or of an enclosing one. */
  section: string | null;
  edition: string | null;
}

/**
 * The time of a claim: its own, else the sentence's (the nearest time before it, or after it),
 * else the paragraph's, the section's or the edition's. Periods met only in the context stand
 * for their end year: a level reported under "“十三五”时期" is the level of 2020; but a
 * paragraph's window of statistics (回测窗口) stands whole.
 */
export function timeOf(
  claim: Claim,
  k: number,
  claims: Claim[],
  sentence: { text: string; times: TimeMention[]; tables: FactTables },
  context: TimeContext,
): { time: string | null; inferred: boolean } {
  const { text, times, tables } = sentence;
  const usable = times.filter((t) => !t.base);
  // A month without a year (1 月至 11 月) takes the year written before it, else the context's.
  const yearBefore = (position: number) =>
    usable.filter((t) => !t.needsYear && t.end <= position).at(-1)?.time ?? context.paragraph ?? context.section ?? context.edition;
  const resolve = (time: TimeMention) => ({ time: withYear(time, yearBefore(time.start)), inferred: false });
  if (claim.ownTime) return resolve(claim.ownTime);
  const partner = claim.partner !== undefined ? claims[claim.partner] : undefined;
  // A pair without times of its own: a period written before it gives both ends
  // (2015年至2020年，…由3.4万亿元增长到5.8万亿元); else the pair before it in the sentence does.
  if (claim.role && !partner?.ownTime) {
    const period = usable.filter((t) => t.from && t.end <= claim.leadStart).at(-1);
    if (period) return { time: claim.role === 'from' ? period.from! : period.to!, inferred: false };
    const earlier = claims.slice(0, k).filter((c) => c.role === claim.role && c.ownTime).at(-1);
    if (earlier) return resolve(earlier.ownTime!);
  }
  const inSentence =
    usable.filter((t) => t.end <= claim.leadStart).at(-1) ??
    usable.find((t) => t.start >= claim.end && !inAnotherClause(text, claim.end, t.start, tables));
  if (inSentence) return resolve(inSentence);
  const inferred = context.paragraph ?? context.section ?? context.edition;
  if (context.paragraph !== null && context.window) return { time: context.paragraph, inferred: true };
  return { time: inferred === null ? null : endYear(inferred), inferred: true };
}

/**
 * The time each section is about: written in its heading ("“十三五”时期…") or at the start of
 * its lead sentence ("2020年，…"), else its enclosing section's.
 */
export function timesOfSections(doc: StructuredDocument, tables: FactTables, years: DocumentYears): (string | null)[] {
  const result: (string | null)[] = [];
  const stack: { level: number; time: string | null }[] = [];
  doc.sections.forEach((section, index) => {
    while (stack.length > 0 && stack.at(-1)!.level >= section.level) stack.pop();
    // A heading naming several years ('(b) Changes in 2015 and 2017') compares them: it dates no text under it.
    const headingTimes = findTimes(section.title, tables, years).filter((t) => !t.base && !t.needsYear);
    const own = new Set(headingTimes.map((t) => t.time)).size === 1 ? headingTimes[0] : undefined;
    const lead = doc.blocks[section.block + 1];
    // A box or sidebar standing first under a heading speaks of its own time, not the section's.
    const leadTime =
      lead && lead.kind === 'text' && !lead.aside && doc.blockSection[section.block + 1] === index
        ? findTimes(lead.text, tables, years).find((t) => t.start <= 1 && !t.needsYear)
        : undefined;
    const time = own?.time ?? leadTime?.time ?? stack.at(-1)?.time ?? null;
    stack.push({ level: section.level, time });
    result.push(time);
  });
  return result;
}

const noYears: DocumentYears = { about: undefined, dated: undefined };

/** How many blocks from the start may hold a cover: title, date line, reporting period. */
const coverBlocks = 40;

/**
 * The year the document reports on and the year it is dated. A reporting period on its cover
 * ('for the quarterly period ended March 31, 2022', 2020 年年度报告) decides both; a date line
 * standing alone on the cover (2021年9月) dates it. Otherwise the title's year, or the date
 * line's, unless the text speaks far more of the year before and no heading names that year (a
 * 2022 report on 2021 data); else the year the text writes most (reportYear).
 */
export function documentYears(doc: StructuredDocument, tables: FactTables): DocumentYears {
  const cover = doc.blocks.slice(0, coverBlocks).filter((block) => block.kind === 'text');
  const firstMatch = (sources: string[] | undefined, whole: boolean) => {
    for (const block of cover) {
      for (const source of sources ?? []) {
        const match = new RegExp(source, 'u').exec(whole ? block.text.trim() : block.text);
        if (match?.groups?.year) return match;
      }
    }
    return undefined;
  };
  const period = firstMatch(tables.time.reportPeriods, false)?.groups?.year;
  const dateLine = firstMatch(tables.time.dateLines, true);
  const dated = dateLine && Number(dateLine.groups!.year);
  // The date line's day or month, where spans before the report's date end (1M, 近3月).
  const date = dateLine && coverDate(dateLine[0], tables);
  const withDate = (years: DocumentYears): DocumentYears => (date ? { ...years, date } : years);
  if (period !== undefined) return withDate({ about: Number(period), dated: dated ?? Number(period) });
  const counts = writtenYears(doc, tables);
  // A title's year, else the cover's date line (a deck dated 2020.11 speaks of the state in 2020).
  const anchor = doc.editionYear ?? dated;
  if (anchor !== undefined) {
    const previous = counts.get(anchor - 1) ?? 0;
    const onPrevious = previous >= 3 * Math.max(1, counts.get(anchor) ?? 0) && !headingYears(doc, tables).includes(anchor);
    const about = onPrevious ? anchor - 1 : anchor;
    return withDate({ about, dated: dated ?? anchor });
  }
  const about = reportYear(doc, tables, counts);
  return withDate({ about, dated: dated ?? about });
}

/** A cover's date line as a time: 2021 年 10 月 07 日, 2021-10-07 and 2021.10.07 → '2021-10-07'; 'March 2022' → '2022-03'. */
function coverDate(line: string, tables: FactTables): string | undefined {
  const written = findTimes(line, tables, noYears).find((t) => !t.needsYear && !t.from)?.time;
  if (written && written.length > 4) return written;
  const [year, month, day] = line.match(/\d+/gu) ?? [];
  if (!year || year.length !== 4 || !month) return written;
  return [year, month.padStart(2, '0'), ...(day ? [day.padStart(2, '0')] : [])].join('-');
}

/**
 * The report's own year when its title does not tell: the year its text writes most often
 * (the latest of equals), as a report speaks mostly of the year it reports on; but the next
 * year, when a heading names it, is the year it is written in, and its "this year" (a
 * government work report reviews the year before: "一、2023 年工作回顾 … 二、2024 年重点任务").
 */
export function reportYear(doc: StructuredDocument, tables: FactTables, counts = writtenYears(doc, tables)): number | undefined {
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  const written = ranked[0]?.[0];
  if (written === undefined) return undefined;
  // Written in the year after the one it reports on, not in a target year (2035 年远景目标).
  return headingYears(doc, tables).includes(written + 1) ? written + 1 : written;
}

function headingYears(doc: StructuredDocument, tables: FactTables): number[] {
  return doc.sections.flatMap((section) =>
    findTimes(section.title, tables, noYears)
      .filter((t) => !t.needsYear && !t.from)
      .map((t) => Number(t.time.slice(0, 4))),
  );
}

/** How often the text writes each year (points in time; periods are left out). */
function writtenYears(doc: StructuredDocument, tables: FactTables): Map<number, number> {
  const counts = new Map<number, number>();
  for (const block of doc.blocks) {
    // Footnotes cite other years (sources): the text's own years decide.
    if (block.kind === 'footnote') continue;
    for (const time of findTimes(block.text, tables, noYears)) {
      if (time.needsYear || time.from) continue;
      const year = Number(time.time.slice(0, 4));
      counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  return counts;
}
