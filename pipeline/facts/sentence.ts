import type { FactTables } from '../lang/index.js';
import type { Sentence } from '../types.js';
import { insideTitles, isClaim, maskNonClaims } from './claims.js';
import { findNumbers, type NumberMention } from './numbers.js';
import { escapeRegExp, halfWidthDigits, wordAt, wordBefore } from './text.js';
import { type DocumentYears, findTimes, type TimeMention } from './time.js';

/*
 * Reading one sentence: its numbers that are claims, their kinds (change, rank), the lists
 * they form, their from-to pairs and the times written with them.
 */

/** A claim of one sentence before it becomes a Fact: its number, and what the sentence says around it. */
export interface Claim extends NumberMention {
  /** The list it belongs to (45.7%和61.8%): index of its first member in the sentence's claims. */
  listHead: number;
  role?: 'from' | 'to';
  partner?: number;
  direction?: 'up' | 'down';
  /** Time written with the number itself ("2020 年底的 96%"). */
  ownTime?: TimeMention;
  /** A share restating the number before it ("declining 3 million, or 3%"): it measures the same thing. */
  restates?: boolean;
}

/** How a sentence stands in its document: the length of its heading's numbering; whether the document is a paper. */
export interface SentenceSetting {
  numbering: number;
  paper: boolean;
}

/** The claims of a sentence, with kinds, lists and from-to pairs decided. */
export function readSentence(written: Sentence, tables: FactTables, years: DocumentYears, setting: SentenceSetting) {
  // Full-width digits read as digits; the offsets stay those of the sentence as written.
  const sentence = { ...written, text: halfWidthDigits(written.text) };
  const text = sentence.text;
  const times = findTimes(text, tables, years);
  // Times inside titles (《…2035 年远景目标纲要》) are no context for the numbers around them.
  const titles = insideTitles(text, tables);
  const contextTimes = times.filter((t) => !titles[t.start]);
  const masked = maskNonClaims(text, tables, contextTimes);
  masked.fill(true, 0, setting.numbering);
  const wordBounds = new Set(sentence.words.flatMap((w) => [w.start, w.start + w.text.length]));
  wordBounds.add(text.length);
  const claims: Claim[] = [];
  const found = findNumbers(text, tables, masked, wordBounds);
  // Numbers without a word among them (0.7073 0.6963 0.6896, 2.0 1.5 1.0): a table row or chart axis lost its labels.
  const mentions = found.length > 1 && !/\p{L}/u.test(text) ? [] : found;
  const listed = shareListUnits(mentions, text, tables);
  for (const [index, mention] of mentions.entries()) {
    const ranked = readRank(mention, text, tables);
    if (ranked === null || !isClaim(ranked, text, tables, masked, { listed: listed[index], wordBounds }) || isModelNumber(ranked, sentence, tables)) continue;
    // A paper counts the parts of its method in words ('two tasks', 三大类); a bound (至少一个) still states a finding.
    if (setting.paper && ranked.native && ranked.kind === 'count' && ranked.qualifier === 'exact') continue;
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
 * The members of a list written before one unit share it: 4.7、7.2、9.3 亿元, 30、20、15 倍,
 * 2.13 和 0.6 个百分点, '1.2 and 3.4 billion' (the scale). Returns which mentions stand in a
 * list of numbers.
 */
function shareListUnits(mentions: NumberMention[], text: string, tables: FactTables): boolean[] {
  const listed = mentions.map(() => false);
  for (let k = mentions.length - 2; k >= 0; k--) {
    const member = mentions[k]!;
    const next = mentions[k + 1]!;
    if (!isJoined(text, member.end, next.leadStart, tables)) continue;
    listed[k] = listed[k + 1] = true;
    const unwritten = member.unit === '' && member.scale === 1 && !member.native;
    if (!unwritten || (next.unit === '' && next.scale === 1)) continue;
    mentions[k] = {
      ...member,
      value: Number((member.value * next.scale).toPrecision(12)),
      scale: next.scale,
      unit: next.unit,
      unitText: next.unitText,
      kind: next.kind,
      bare: false,
    };
  }
  return listed;
}

/** jieba's tags of names it does not know or knows as proper names. */
const nameTags = new Set(['x', 'nz', 'nr', 'nrt']);

/**
 * A bare number right after a Chinese name, with nothing saying it is a quantity (思元 290,
 * 鲲鹏 920), numbers a model in a product line.
 */
function isModelNumber(mention: NumberMention, sentence: Sentence, tables: FactTables): boolean {
  if (!mention.bare || mention.value < 0) return false;
  const previous = sentence.words.filter((w) => w.start + w.text.length <= mention.start).at(-1);
  if (!previous || sentence.text.slice(previous.start + previous.text.length, mention.start).trim() !== '') return false;
  // A word the segmenter did not know that ends in a to-word (值为, 均达) leads to a value, not a name.
  if (tables.toCues.some((cue) => previous.text.endsWith(cue))) return false;
  return /^\p{Script=Han}+$/u.test(previous.text) && nameTags.has(previous.tag ?? '');
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
    // A member without a unit shares the head's kind, unless a noun of its own follows it where
    // counts take no classifier ("3-5 years and twenty-five cities").
    const ownNoun = !tables.countsNeedClassifier && /^\s*\p{L}/u.test(text.slice(claim.end));
    if (previous.unit === claim.unit || (claim.unit === '' && !ownNoun)) claim.kind = previous.kind;
    // A share restating a change ("declining 3 million, or 3%") is that change too.
    claim.direction = previous.direction;
    // A share restating a change ("declining 3 million, or 3%"), or a level a change reached ("increased to $26.4 billion, or 39%").
    const restated = claim.kind === 'percent' && previous.kind !== 'change' ? restatedDirection(claim, k, claims, text, tables) : undefined;
    if (claim.kind === 'percent' && (previous.kind === 'change' || restated)) {
      claim.kind = 'change';
      claim.direction = restated ?? previous.direction;
      claim.restates = true;
    }
    return;
  }
  if (claim.kind === 'rank' || claim.kind === 'multiple' || claim.kind === 'duration') return;
  const restated = restatedDirection(claim, k, claims, text, tables);
  if (restated) {
    claim.kind = 'change';
    claim.direction = restated;
    claim.restates = true;
    return;
  }
  const skippable = tables.subjectStopWords.filter((w) => !tables.toCues.includes(w) && !tables.changeCues.includes(w));
  const skipBack = (from: number) => {
    let position = from;
    for (let skipped = wordBefore(text, position, skippable); skipped; skipped = wordBefore(text, position, skippable)) position = skipped.start;
    return position;
  };
  const position = skipBack(claim.leadStart);
  // A rate stands before its number or takes a to-word first: 涨幅 3%左右, 增速为 9.7%, 'the improvement comes to 1.5%'.
  const toWord = wordBefore(text, position, tables.toCues);
  const rate = wordBefore(text, toWord ? skipBack(toWord.start) : position, tables.changeRates ?? []);
  const cue = rate || wordBefore(text, position, tables.changeCues) || comparedBy(claim, text, tables) || bracketedChange(claim, k, claims, text, tables);
  // A count or measure after a change word is a change only when it ends the clause
  // (较上年增加3.3万家。); otherwise it qualifies a noun (提升 656 公里公交专用道使用效率).
  // So does one followed by what it is compared with: "up $527 million compared to …", "up $230 million from …".
  const comparedAfter = wordAt(text, claim.end, [...tables.time.baseMarkers, ...tables.fromCues]) !== undefined;
  const endsClause = claim.kind === 'percent' || comparedAfter || /^\s*(?:$|[\p{P}])/u.test(text.slice(claim.end));
  const changedUnit = tables.changeUnits?.[claim.unitText];
  if (cue && endsClause && changedUnit) {
    claim.unit = changedUnit.unit;
    claim.kind = changedUnit.kind;
    return;
  }
  // Or a word after a percentage: "a 3.6% increase".
  const share = claim.kind === 'percent' || claim.unit === 'percentage_point';
  const cueAfter = cue ? undefined : share ? wordAt(text, claim.end, tables.changeCuesAfter ?? []) : undefined;
  if ((cue && endsClause) || cueAfter) {
    claim.kind = 'change';
    claim.direction = tables.fallCues.includes((cue ?? cueAfter)!.word) ? 'down' : 'up';
  } else if (claim.unit === 'percentage_point') {
    claim.direction = 'up';
  }
}

/**
 * A share restating the number before it ("increased to $26.4 billion …, or 39%"): a change
 * the way the earlier one goes, or the way the change word that reached it says.
 */
function restatedDirection(claim: Claim, k: number, claims: Claim[], text: string, tables: FactTables): 'up' | 'down' | undefined {
  const earlier = claims[k - 1];
  if (!earlier || claim.kind !== 'percent' || !wordBefore(text, claim.leadStart, tables.restatingWords ?? [])) return undefined;
  if (earlier.kind === 'change') return earlier.direction;
  const toWord = wordBefore(text, earlier.leadStart, tables.toCues);
  const cue = toWord && wordBefore(text, toWord.start, tables.changeCues);
  if (!cue) return undefined;
  return tables.fallCues.includes(cue.word) ? 'down' : 'up';
}

/** "outperforms the original LayoutXLM [29] by 1.48%": a comparing verb earlier in the clause, 'by' right before the number. */
function comparedBy(claim: Claim, text: string, tables: FactTables): { word: string; start: number; end: number } | undefined {
  const by = tables.comparedBy;
  if (!by || !wordBefore(text, claim.leadStart, [by.word])) return undefined;
  const clause = clauseBefore(text, claim.leadStart, tables);
  const verb = by.verbs.find((v) => containsWord(clause, v));
  return verb === undefined ? undefined : { word: verb, start: claim.leadStart - clause.length, end: claim.leadStart };
}

/** A share in brackets after a name: "(1%)" in "improvements of F1 score on both SER (1%) and RE (3%) tasks". */
const inBrackets = (claim: Claim, text: string) => /[(（]\s*$/.test(text.slice(0, claim.leadStart)) && /^\s*[)）]/.test(text.slice(claim.end));

/**
 * A share in brackets after a name, where a change word governs the names ("improvements … on
 * both SER (1%) and RE (3%)"): the nearest change word before it, past other such shares but no
 * other number.
 */
function bracketedChange(claim: Claim, k: number, claims: Claim[], text: string, tables: FactTables): { word: string; start: number; end: number } | undefined {
  if (claim.kind !== 'percent' || !inBrackets(claim, text)) return undefined;
  const barrier = claims.slice(0, k).findLast((c) => !(c.kind === 'change' && inBrackets(c, text)));
  const span = text.slice(barrier?.end ?? 0, claim.leadStart);
  let nearest: { word: string; at: number } | undefined;
  for (const word of tables.changeCues) {
    const matches = [...span.matchAll(new RegExp(/[A-Za-z]/.test(word) ? `\\b${escapeRegExp(word)}\\b` : escapeRegExp(word), 'giu'))];
    const at = matches.at(-1)?.index;
    if (at !== undefined && (!nearest || at > nearest.at || (at === nearest.at && word.length > nearest.word.length))) nearest = { word, at };
  }
  return nearest && { word: nearest.word, start: (barrier?.end ?? 0) + nearest.at, end: claim.leadStart };
}

/** The text of the clause up to a position. */
function clauseBefore(text: string, position: number, tables: FactTables): string {
  let start = position;
  while (start > 0 && !tables.clauseSeparators.includes(text[start - 1]!)) start--;
  return text.slice(start, position);
}

/** Whether a text holds a word, whole where it is Latin ('to' is not in 'total'). */
function containsWord(text: string, word: string): boolean {
  return /[A-Za-z]/.test(word) ? new RegExp(`\\b${escapeRegExp(word)}\\b`, 'iu').test(text) : text.includes(word);
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

export function inAnotherClause(text: string, start: number, end: number, tables: FactTables): boolean {
  return [...text.slice(start, end)].some((c) => tables.clauseSeparators.includes(c));
}

/**
 * "… $281 million and $359 million in the first quarter of 2021 and 2022, respectively",
 * "2020 年和 2021 年分别为 3、5 亿元": a list of times as long as a list of numbers, in a sentence
 * saying respectively, gives each member its own time, in order.
 */
function pairTimesRespectively(claims: Claim[], times: TimeMention[], text: string, tables: FactTables): void {
  if (!(tables.respectively ?? []).some((word) => text.includes(word))) return;
  const usable = times.filter((t) => !t.base);
  const runs: TimeMention[][] = [];
  for (const time of usable) {
    const run = runs.at(-1);
    if (run && isJoined(text, run.at(-1)!.end, time.start, tables)) run.push(time);
    else runs.push([time]);
  }
  for (const head of new Set(claims.map((c) => c.listHead))) {
    const members = claims.filter((c) => c.listHead === head);
    const run = runs.find((r) => r.length === members.length && members.length > 1);
    if (run) members.forEach((member, i) => (member.ownTime = samePart(run[i]!, run[0]!)));
  }
}

/** A year listed after a part of a year ('the first quarter of 2021 and 2022') is that part of it. */
function samePart(time: TimeMention, first: TimeMention): TimeMention {
  const part = /^\d{4}(-\d{2}\/)\d{4}(-\d{2})$/.exec(first.time);
  if (!part || !/^\d{4}$/.test(time.time)) return time;
  return { ...time, time: `${time.time}${part[1]}${time.time}${part[2]}` };
}

/** A time written between the previous claim (or the clause start) and a claim is its own. */
function attachOwnTimes(claims: Claim[], times: TimeMention[], text: string, tables: FactTables): void {
  pairTimesRespectively(claims, times, text, tables);
  // Where a time may follow its number, one written right after it, before the next claim, is its own.
  const taken = new Set<TimeMention>();
  if (tables.timeAfterNumber) {
    claims.forEach((claim, k) => {
      if (claim.ownTime) return;
      const nextStart = claims[k + 1]?.leadStart ?? text.length;
      // The value compared with is dated by the base: "up $230 million from a loss of $200 million in the same period in 2021".
      const since = Math.max(claims[k - 1]?.end ?? 0, claim.leadStart - clauseBefore(text, claim.leadStart, tables).length);
      const compared = tables.fromCues.some((cue) => containsWord(text.slice(since, claim.leadStart), cue));
      const after = times.find(
        (t) => (!t.base || compared) && t.start >= claim.end && t.end <= nextStart && !inAnotherClause(text, claim.end, t.start, tables),
      );
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
