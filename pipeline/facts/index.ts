import { type FactTables, layoutTables } from '../lang/index.js';
import { segmentWords } from '../segment/index.js';
import type { Fact, FactDocument, Section, Sentence, StructuredDocument } from '../types.js';
import { insideTitles, isClaim, maskNonClaims } from './claims.js';
import { findNumbers, type NumberMention } from './numbers.js';
import { findSubject } from './subject.js';
import { factTables } from './tables.js';
import { wordAt, wordBefore } from './text.js';
import { endYear, findTimes, type TimeMention, withYear } from './time.js';

export { factTables } from './tables.js';

/** A claim of one sentence before it becomes a Fact: its number, and what the sentence says around it. */
interface Claim extends NumberMention {
  /** The list it belongs to (45.7%和61.8%): index of its first member in the sentence's claims. */
  listHead: number;
  role?: 'from' | 'to';
  partner?: number;
  direction?: 'up' | 'down';
  /** Time written with the number itself ("2020 年底的 96%"). */
  ownTime?: TimeMention;
}

/** What the sentences before a sentence say about time. */
interface TimeContext {
  /** The last time written in an earlier sentence of the paragraph. */
  paragraph: string | null;
  /** The time of the section (its heading or its lead sentence), or of an enclosing one. */
  section: string | null;
  edition: string | null;
}

/** Stage 5: every numeric claim of the document. */
export function facts(doc: StructuredDocument): FactDocument {
  const tables = factTables(doc.language);
  if (!tables) return { ...doc, facts: [] };
  const editionYear = doc.editionYear ?? mostWrittenYear(doc, tables);
  const edition = editionYear !== undefined ? String(editionYear) : null;
  const paths = sectionPaths(doc.sections);
  const sectionTimes = timesOfSections(doc, tables, editionYear);
  const headingBlocks = new Set(doc.sections.map((section) => section.block));
  const found: Fact[] = [];

  doc.blocks.forEach((block, blockIndex) => {
    // A block in the other language (an English abstract) is read with that language's tables.
    const blockTables = (block.language && factTables(block.language)) || tables;
    const sectionIndex = doc.blockSection[blockIndex] ?? -1;
    const context: TimeContext = { paragraph: null, section: sectionTimes[sectionIndex] ?? null, edition };
    const place = {
      section: sectionIndex >= 0 ? paths[sectionIndex]! : [],
      page: doc.source.format === 'pdf' ? block.page : undefined,
    };
    const add = (sentence: Sentence, idPrefix: string, options: { numbering?: number; written?: string; fallbackSubject?: string } = {}) => {
      const { claims, times, notSubject } = readSentence(sentence, blockTables, editionYear, options.numbering ?? 0);
      const contextYear = context.paragraph ?? context.section ?? edition;
      const idOf = (k: number) => `${idPrefix}-${k + 1}`;
      let previousSubject = options.fallbackSubject ?? '';
      claims.forEach((claim, k) => {
        // A number with no subject in its clause (…，位居世界第二) measures the one before it.
        const subject = subjectOf(claim, sentence, blockTables, notSubject) || previousSubject;
        previousSubject = subject;
        const time = timeOf(claim, k, claims, { text: sentence.text, times, tables: blockTables }, context);
        const partnerId = claim.partner !== undefined ? idOf(claim.partner) : undefined;
        found.push(factRecord({ id: idOf(k), claim, sentence, written: options.written, subject, time, ...place, partnerId }));
      });
      const lastTime = times.filter((t) => !t.base).at(-1);
      if (lastTime) context.paragraph = withYear(lastTime, contextYear) ?? context.paragraph;
    };

    if (block.kind === 'table') {
      // Each cell is read on its own; the fact's sentence is the row, its subject defaults to row and column heads.
      const rows = block.rows ?? [];
      const header = rows.slice(0, block.headerRows ?? 0).at(-1) ?? [];
      rows.forEach((row, r) => {
        if (r < (block.headerRows ?? 0)) return;
        row.forEach((cell, c) => {
          const sentence = { text: cell, start: 0, end: cell.length, words: segmentWords(cell, doc.language) };
          const fallbackSubject = [c > 0 ? row[0] : '', header[c] ?? ''].filter(Boolean).join(' ');
          add(sentence, `f${blockIndex + 1}-${r + 1}-${c + 1}`, { written: row.join(' | '), fallbackSubject });
        });
      });
      return;
    }
    if (block.kind !== 'text' && block.kind !== 'footnote') return;
    const heading = headingBlocks.has(blockIndex);
    block.sentences.forEach((sentence, sentenceIndex) => {
      const numbering = heading && sentenceIndex === 0 ? headingNumbering(sentence.text, doc) : 0;
      add(sentence, `f${blockIndex + 1}-${sentenceIndex + 1}`, { numbering });
    });
  });
  return { ...doc, facts: found };
}

/** The claims of a sentence, with kinds, lists and from-to pairs decided. */
function readSentence(sentence: Sentence, tables: FactTables, editionYear: number | undefined, numbering: number) {
  const text = sentence.text;
  const times = findTimes(text, tables, editionYear);
  // Times inside titles (《…2035 年远景目标纲要》) are no context for the numbers around them.
  const titles = insideTitles(text, tables);
  const contextTimes = times.filter((t) => !titles[t.start]);
  const masked = maskNonClaims(text, tables, contextTimes);
  masked.fill(true, 0, numbering);
  const wordBounds = new Set(sentence.words.flatMap((w) => [w.start, w.start + w.text.length]));
  wordBounds.add(text.length);
  const claims: Claim[] = [];
  for (const mention of findNumbers(text, tables, masked, wordBounds)) {
    const ranked = readRank(mention, text, tables);
    if (ranked === null || !isClaim(ranked, text, tables, masked)) continue;
    claims.push({ ...ranked, listHead: claims.length });
  }
  claims.forEach((claim, k) => decideKind(claim, k, claims, text, tables));
  pairFromTo(claims, sentence, contextTimes, tables);
  attachOwnTimes(claims, contextTimes, text, tables);
  // Subjects are made of the words that are neither times, titles nor claims.
  const notSubject = [...masked];
  for (const claim of claims) notSubject.fill(true, claim.leadStart, claim.end);
  return { claims, times: contextTimes, notSubject };
}

/**
 * Ordinals: 第14位 / 居世界第一 / 前三 / 'ranked 14th' are ranks; an ordinal without a rank word
 * (第一批, 第二个百年) is no claim (null). Other numbers pass unchanged.
 */
function readRank(mention: NumberMention, text: string, tables: FactTables): NumberMention | null {
  const { rank } = tables;
  const prefix = wordBefore(text, mention.leadStart, rank.prefix);
  const top = prefix ? undefined : wordBefore(text, mention.leadStart, rank.top);
  const ordinal = mention.ordinal ? { end: mention.coreEnd } : wordAt(text, mention.coreEnd, tables.ordinalSuffixes);
  if (!prefix && !top && !ordinal) return mention;
  const suffix = wordAt(text, ordinal?.end ?? mention.coreEnd, rank.suffix);
  const cue = wordBefore(text, (prefix ?? top)?.start ?? mention.leadStart, rank.cues);
  // 连续第六年, 'the eighth consecutive year': a count of periods, not a rank.
  const consecutive = rank.consecutive ?? [];
  if ((wordBefore(text, (prefix ?? top)?.start ?? mention.start, consecutive) || wordAt(text, ordinal?.end ?? mention.coreEnd, consecutive)) && mention.kind === 'duration') {
    return { ...mention, start: (prefix ?? top)?.start ?? mention.start };
  }
  // An ordinal word before a period counts periods: 'the eighth consecutive year' (连续 8 年).
  if (mention.ordinal && !suffix && !cue && mention.kind === 'duration') return mention;
  // 前 without a rank word is an ordinary number (提前一年多); an ordinal is no claim.
  if (!suffix && !cue) return prefix || ordinal ? null : mention;
  // An ordinal naming a class (全国第一梯队) is no rank.
  if (!suffix && /^\p{L}/u.test(text.slice(ordinal?.end ?? mention.coreEnd))) return null;
  return {
    ...mention,
    start: (prefix ?? top)?.start ?? mention.start,
    end: suffix?.end ?? ordinal?.end ?? mention.coreEnd,
    scale: 1,
    unit: 'rank',
    unitText: suffix?.word ?? '',
    kind: 'rank',
    qualifier: top ? 'lte' : 'exact',
    bare: false,
  };
}

/** Change words before a number (同比增长 16.1%) make it a change; list members share the kind of their head. */
function decideKind(claim: Claim, k: number, claims: Claim[], text: string, tables: FactTables): void {
  const previous = claims[k - 1];
  if (previous && isJoined(text, previous.end, claim.leadStart, tables)) {
    claim.listHead = previous.listHead;
    if (previous.unit === claim.unit || claim.unit === '') claim.kind = previous.kind;
    claim.direction = previous.direction;
    return;
  }
  if (claim.kind === 'rank' || claim.kind === 'multiple' || claim.kind === 'duration') return;
  const skippable = tables.subjectStopWords.filter((w) => !tables.toCues.includes(w) && !tables.changeCues.includes(w));
  let position = claim.leadStart;
  for (let skipped = wordBefore(text, position, skippable); skipped; skipped = wordBefore(text, position, skippable)) {
    position = skipped.start;
  }
  const cue = wordBefore(text, position, tables.changeCues);
  // A count or measure after a change word is a change only when it ends the clause
  // (较上年增加3.3万家。); otherwise it qualifies a noun (提升 656 公里公交专用道使用效率).
  const endsClause = claim.kind === 'percent' || /^\s*(?:$|[\p{P}])/u.test(text.slice(claim.end));
  if (cue && endsClause) {
    claim.kind = 'change';
    claim.direction = tables.fallCues.includes(cue.word) ? 'down' : 'up';
  } else if (claim.unit === 'percentage_point') {
    claim.direction = 'up';
  }
}

function isJoined(text: string, end: number, start: number, tables: FactTables): boolean {
  const between = text.slice(end, start).trim();
  return between === '' || tables.listJoiners.includes(between);
}

/**
 * 由 2015 年底的 52.6% 提升到 2020 年底的 96%: a list opened by a from-word and the list
 * after it, reached by a to-word in the same clause, pair up member by member.
 */
function pairFromTo(claims: Claim[], sentence: Sentence, times: TimeMention[], tables: FactTables): void {
  const text = sentence.text;
  const heads = [...new Set(claims.map((c) => c.listHead))];
  const members = (head: number) => claims.map((c, k) => [c, k] as const).filter(([c]) => c.listHead === head);
  for (let h = 0; h + 1 < heads.length; h++) {
    const fromList = members(heads[h]!);
    const toList = members(heads[h + 1]!);
    const fromStart = fromList[0]![0].leadStart;
    const previousEnd = h > 0 ? members(heads[h - 1]!).at(-1)![0].end : 0;
    const opener =
      // The from-word nearest the list: "from 2015 to 2020, consumption grew from 3.4 trillion yuan to …".
      sentence.words.findLast((w) => tables.fromCues.includes(w.text) && w.start >= previousEnd && w.start < fromStart) ??
      cueRightBefore(text, fromStart, times, tables);
    if (!opener || inAnotherClause(text, opener.start, fromStart, tables)) continue;
    const between = text.slice(fromList.at(-1)![0].end, toList[0]![0].leadStart);
    if (!tables.toCues.some((cue) => between.includes(cue)) || [...between].some((c) => tables.clauseSeparators.includes(c))) continue;
    if (fromList.length !== toList.length && fromList.length !== 1) continue;
    fromList.forEach(([from, fromIndex], i) => {
      const [to, toIndex] = toList[i]!;
      from.role = 'from';
      to.role = 'to';
      from.partner = toIndex;
      to.partner = fromIndex;
    });
    h++;
  }
}

/**
 * A from-word written right before a number or before its time ("由8398个", "由 2015 年底的
 * 52.6%"), for when the segmenter glued it to the word before it (数据集由).
 */
function cueRightBefore(text: string, position: number, times: TimeMention[], tables: FactTables): { start: number } | undefined {
  let end = position;
  const linkers = tables.subjectStopWords.filter((w) => !tables.fromCues.includes(w));
  for (;;) {
    const time = times.find((t) => t.end === end || t.end === text.slice(0, end).trimEnd().length);
    const linker = wordBefore(text, end, linkers);
    if (time) end = time.start;
    else if (linker) end = linker.start;
    else break;
  }
  return wordBefore(text, end, tables.fromCues);
}

function inAnotherClause(text: string, start: number, end: number, tables: FactTables): boolean {
  return [...text.slice(start, end)].some((c) => tables.clauseSeparators.includes(c));
}

/** A time written between the previous claim (or the clause start) and a claim is its own. */
function attachOwnTimes(claims: Claim[], times: TimeMention[], text: string, tables: FactTables): void {
  // Where a time may follow its number, one written right after it, before the next claim, is its own.
  const taken = new Set<TimeMention>();
  if (tables.timeAfterNumber) {
    claims.forEach((claim, k) => {
      const nextStart = claims[k + 1]?.leadStart ?? text.length;
      const after = times.find((t) => !t.base && t.start >= claim.end && t.end <= nextStart && !inAnotherClause(text, claim.end, t.start, tables));
      if (after) {
        claim.ownTime = after;
        taken.add(after);
      }
    });
    // A time after the last number of a list is the whole list's: "52.1% and 73% in 2020".
    claims.forEach((claim) => {
      claim.ownTime ??= claims.filter((c) => c.listHead === claim.listHead && c.ownTime).at(-1)?.ownTime;
    });
  }
  claims.forEach((claim, k) => {
    if (claim.ownTime) return;
    const previousEnd = claims[k - 1]?.end ?? 0;
    const own = times
      .filter((t) => !t.base && !taken.has(t) && t.start >= previousEnd && t.end <= claim.leadStart)
      .filter((t) => !inAnotherClause(text, t.end, claim.leadStart, tables))
      .at(-1);
    if (own) claim.ownTime = own;
  });
}

/**
 * The time of a claim: its own, else the sentence's (the nearest time before it, or after it),
 * else the paragraph's, the section's or the edition's. Periods met only in the context stand
 * for their end year: a level reported under "“十三五”时期" is the level of 2020.
 */
function timeOf(
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
  return { time: inferred === null ? null : endYear(inferred), inferred: true };
}

function factRecord(input: {
  id: string;
  claim: Claim;
  sentence: Sentence;
  /** The sentence as the fact records it, when not the sentence read (a table row). */
  written: string | undefined;
  subject: string;
  time: { time: string | null; inferred: boolean };
  section: string[];
  page: number | undefined;
  partnerId: string | undefined;
}): Fact {
  const { claim, sentence } = input;
  const text = sentence.text;
  const fact: Fact = {
    id: input.id,
    text: text.slice(claim.start, claim.end).trim(),
    value: claim.value,
    ...(claim.valueMax !== undefined ? { value_max: claim.valueMax } : {}),
    scale: claim.scale,
    unit: claim.unit,
    unit_text: claim.unitText,
    kind: claim.kind,
    qualifier: claim.qualifier,
    ...(claim.kind === 'change' && claim.direction ? { direction: claim.direction } : {}),
    subject: input.subject,
    time: input.time.time,
    time_inferred: input.time.inferred,
    sentence: input.written ?? text,
    section: input.section,
    ...(input.page !== undefined ? { page: input.page } : {}),
    ...(input.partnerId !== undefined ? { linked_to: input.partnerId, role: claim.role } : {}),
  };
  return fact;
}

function subjectOf(claim: Claim, sentence: Sentence, tables: FactTables, notSubject: boolean[]): string {
  const text = sentence.text;
  const separators = tables.clauseSeparators;
  let start = claim.leadStart;
  while (start > 0 && !separators.includes(text[start - 1]!)) start--;
  let end = claim.end;
  while (end < text.length && !separators.includes(text[end]!)) end++;
  return findSubject(text, sentence.words, claim, { start, end }, tables, notSubject);
}

/** The heading path of every section, outermost first. */
function sectionPaths(sections: Section[]): string[][] {
  const stack: Section[] = [];
  return sections.map((section) => {
    while (stack.length > 0 && stack.at(-1)!.level >= section.level) stack.pop();
    stack.push(section);
    return stack.map((s) => s.title);
  });
}

/**
 * The time each section is about: written in its heading ("“十三五”时期…") or at the start of
 * its lead sentence ("2020年，…"), else its enclosing section's.
 */
function timesOfSections(doc: StructuredDocument, tables: FactTables, editionYear: number | undefined): (string | null)[] {
  const result: (string | null)[] = [];
  const stack: { level: number; time: string | null }[] = [];
  doc.sections.forEach((section, index) => {
    while (stack.length > 0 && stack.at(-1)!.level >= section.level) stack.pop();
    const own = findTimes(section.title, tables, editionYear).find((t) => !t.base && !t.needsYear);
    const lead = doc.blocks[section.block + 1];
    const leadTime =
      lead && lead.kind === 'text' && doc.blockSection[section.block + 1] === index
        ? findTimes(lead.text, tables, editionYear).find((t) => t.start <= 1 && !t.needsYear)
        : undefined;
    const time = own?.time ?? leadTime?.time ?? stack.at(-1)?.time ?? null;
    stack.push({ level: section.level, time });
    result.push(time);
  });
  return result;
}

/**
 * The report's own year when its title does not tell: the year its text writes most often
 * (the latest of equals), as a report speaks mostly of the year it reports on.
 */
function mostWrittenYear(doc: StructuredDocument, tables: FactTables): number | undefined {
  const counts = new Map<number, number>();
  for (const block of doc.blocks) {
    for (const time of findTimes(block.text, tables, undefined)) {
      if (time.needsYear || time.from) continue;
      const year = Number(time.time.slice(0, 4));
      counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  return ranked[0]?.[0];
}

/** Length of a heading's numbering (“（一）”, “1.”), which is no claim. */
function headingNumbering(text: string, doc: StructuredDocument): number {
  for (const scheme of layoutTables(doc.language).headingSchemes) {
    const match = scheme.pattern.exec(text);
    if (!match || match[1] === undefined) continue;
    return match.index + match[0].indexOf(match[1]) + match[1].length + 1;
  }
  return 0;
}
