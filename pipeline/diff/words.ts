import { factTables } from '../facts/index.js';
import { metricWordTables } from '../lang/index.js';
import { zhShareMarkers } from '../lang/zh/shares.js';
import { compoundParts } from '../segment/words.js';
import { segmentWords } from '../segment/index.js';
import type { Language } from '../types.js';

/** Words with weights: what a fact says it measures, or where it stands in the report. */
export type WordVector = Map<string, number>;

/**
 * jieba part-of-speech tags of words that never name what is measured: particles (u), prepositions
 * (p), conjunctions (c), adverbs (d), pronouns (r), locatives (f), classifiers (q), time words (t),
 * modal particles (y), interjections (e), onomatopoeia (o), punctuation (w, x).
 */
const functionWordTag = /^(?:u[a-z]?|p|c|d|r[a-z]?|f|q|t[a-z]?|y|e|o|w|x)$/;
const edgePunctuation = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
const numberLike = /^[\d.,，%]+$/;

const frameWordsByLanguage = new Map<Language, Set<string>>();

/**
 * Words that frame a number without naming what it measures — 达到, 累计, 同比, 增长, 超过, 由, 至,
 * million — from the language's fact tables (subject stop words, change, from and to cues,
 * qualifiers, scale words).
 */
function frameWords(language: Language): Set<string> {
  let frames = frameWordsByLanguage.get(language);
  if (!frames) {
    const tables = factTables(language);
    const words = tables
      ? [...tables.subjectStopWords, ...tables.changeCues, ...tables.fromCues, ...tables.toCues, ...tables.qualifiers.map((entry) => entry.text), ...Object.keys(tables.scales)]
      : [];
    frames = new Set(words.map((word) => word.toLowerCase()));
    frameWordsByLanguage.set(language, frames);
  }
  return frames;
}

const unitWordsByLanguage = new Map<Language, Set<string>>();

/** A unit or classifier as written (件, 亿张, GB): after a number it says how, not what, it counts. */
function isUnitWord(word: string, language: Language): boolean {
  let units = unitWordsByLanguage.get(language);
  if (!units) {
    units = new Set((factTables(language)?.units ?? []).map((entry) => entry.text.toLowerCase()));
    unitWordsByLanguage.set(language, units);
  }
  return units.has(word);
}

/** Words that place a ranking or a share without naming what is measured: 全球, 世界, 排名, 位居. */
export function isScopeWord(word: string, language: Language): boolean {
  const rank = factTables(language)?.rank;
  return rank ? [...rank.cues, ...(rank.consecutive ?? []), ...rank.top].includes(word) : false;
}

/**
 * True when a word is a frame word, or a Chinese word made of frame words: 比上年 (比 + 上年),
 * 同比增长 (同比 + 增长). Latin words only as a whole: "bean" is no "be" + "an".
 */
function isFrame(word: string, frames: Set<string>): boolean {
  if (frames.has(word)) return true;
  if (!/^\p{Script=Han}+$/u.test(word)) return false;
  const reachable = [true];
  for (let end = 1; end <= word.length; end++) {
    reachable[end] = false;
    for (let start = 0; start < end && !reachable[end]; start++) reachable[end] = reachable[start]! && frames.has(word.slice(start, end));
  }
  return reachable[word.length]!;
}

const synonymRewritesByLanguage = new Map<Language, { pattern: RegExp; head: Map<string, string> }>();

/**
 * A text with each report synonym written as the first word of its group (互联网用户 → 网民,
 * 领用 → 签发), longest words first, so that two editions naming a metric differently give the
 * same words. Latin words only as whole words.
 */
export function canonicalSynonyms(text: string, language: Language): string {
  let rewrite = synonymRewritesByLanguage.get(language);
  if (!rewrite) {
    const head = new Map<string, string>();
    for (const [first, ...others] of metricWordTables(language).synonyms) for (const word of others) head.set(word.toLowerCase(), first!);
    const escaped = [...head.keys()].sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const alternatives = escaped.map((word) => (/^[a-z]/.test(word) ? `\\b${word}\\b` : word)).join('|');
    rewrite = { pattern: new RegExp(alternatives || '(?!)', 'giu'), head };
    synonymRewritesByLanguage.set(language, rewrite);
  }
  const { pattern, head } = rewrite;
  return text.replace(pattern, (word) => head.get(word.toLowerCase()) ?? word);
}

/**
 * True when a segmented word says nothing of what is measured: a function word by its jieba tag
 * (particles, prepositions, adverbs, pronouns, time words…), a frame word (达到, 累计, 同比增长), or a unit.
 */
export function isFunctionOrFrame(word: { text: string; tag?: string }, language: Language): boolean {
  if (!frameWordsByLanguage.has(language)) frameWordsByLanguage.set(language, frameWords(language));
  const token = word.text.toLowerCase().replace(edgePunctuation, '');
  return token === '' || (word.tag !== undefined && functionWordTag.test(word.tag)) || isFrame(token, frameWordsByLanguage.get(language)!) || isUnitWord(token, language);
}

const shareMarkers: Partial<Record<Language, string[]>> = { zh: zhShareMarkers };
/** The weight of the words naming the base of a share (全球总量 in 占全球总量的 37%). */
const shareBaseWeight = 0.5;

/** A content word, and how much it says of the text it comes from (1 = fully). */
export interface WeightedWord {
  text: string;
  weight: number;
  /** False for words of scope (全球) and for the base of a share: they do not name what is measured. */
  names: boolean;
}

/** The separator of enumerations: 北京、上海、广东. */
const enumerationMark = '、';

/**
 * The content words of a text, in order, lower-cased: what is left after function words,
 * numbers and the scale or unit written right after a number ("71.8 万个", "2021 年").
 * Order, particles and frame words are gone, so "已建成 5G 基站达到 71.8 万个" and
 * "建成5G基站142.5万个" give the same words. The items of an enumeration share their weight: a list of ten provinces
 * says no more of what is measured than a single word does.
 */
export function contentWords(text: string, language: Language): WeightedWord[] {
  if (!frameWordsByLanguage.has(language)) frameWordsByLanguage.set(language, frameWords(language));
  const frames = frameWordsByLanguage.get(language)!;
  const segmented = segmentWords(canonicalSynonyms(text, language), language);
  const enumerated = new Set<number>();
  segmented.forEach((word, index) => {
    if (word.text !== enumerationMark) return;
    if (index > 0) enumerated.add(index - 1);
    if (index + 1 < segmented.length) enumerated.add(index + 1);
  });
  const itemWeight = Math.min(1, 2 / Math.max(1, enumerated.size));
  const words: WeightedWord[] = [];
  let afterNumber = false;
  let inShareBase = false;
  segmented.forEach((word, index) => {
    const token = word.text.toLowerCase().replace(edgePunctuation, '');
    if (shareMarkers[language]?.includes(token)) inShareBase = true;
    const isNumber = numberLike.test(token);
    const isNumberTail: boolean = afterNumber && (word.tag === 'm' || isUnitWord(token, language));
    afterNumber = isNumber || isNumberTail;
    if (token === '' || isNumber || isNumberTail) return;
    if ((word.tag !== undefined && functionWordTag.test(word.tag)) || isFrame(token, frames)) return;
    const weight = (enumerated.has(index) ? itemWeight : 1) * (inShareBase ? shareBaseWeight : 1);
    for (const part of compoundParts(token)) words.push({ text: part, weight, names: !inShareBase && !isScopeWord(part, language) });
  });
  return words;
}

/**
 * Inverse document frequency of each word over a set of word lists: words found in every fact's
 * context (我国, 达到, 累计) weigh little, the words that tell metrics apart (基站, 交易额) much.
 */
export function inverseFrequencies(wordLists: string[][]): Map<string, number> {
  const documentFrequency = new Map<string, number>();
  for (const words of wordLists) for (const word of new Set(words)) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  const weights = new Map<string, number>();
  for (const [word, frequency] of documentFrequency) weights.set(word, Math.log(1 + wordLists.length / frequency));
  return weights;
}

/** A weighted vector of words: each word once, at its highest weight (its own weight × its group's factor × its IDF). */
export function weigh(groups: { words: WeightedWord[]; factor: number }[], idf: Map<string, number>): WordVector {
  const vector: WordVector = new Map();
  for (const { words, factor } of groups) {
    for (const word of words) {
      const weight = word.weight * factor * (idf.get(word.text) ?? 1);
      if (weight > (vector.get(word.text) ?? 0)) vector.set(word.text, weight);
    }
  }
  return vector;
}

/**
 * How much of word b a word a covers: 1 for the same word; for a compound holding the other
 * (网民 in 网民规模, 基站 in 5g基站) the share of its characters; else 0.
 */
function overlap(a: string, b: string): number {
  if (a === b) return 1;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 2 && long.includes(short) ? short.length / long.length : 0;
}

/**
 * Weighted Dice coefficient: 1 for the same words, 0 for none shared. A word missing from the
 * other side is matched, in part, by a compound that holds it or that it holds.
 */
export function similarity(a: WordVector, b: WordVector): number {
  let shared = 0;
  let total = 0;
  const credit = (word: string, weight: number, other: WordVector) => {
    const exact = other.get(word);
    if (exact !== undefined) return Math.min(weight, exact);
    let best = 0;
    for (const [candidate, candidateWeight] of other) best = Math.max(best, overlap(word, candidate) * Math.min(weight, candidateWeight));
    return best;
  };
  for (const [word, weight] of a) {
    total += weight;
    shared += credit(word, weight, b);
  }
  for (const [word, weight] of b) {
    total += weight;
    shared += credit(word, weight, a);
  }
  return total === 0 ? 0 : shared / total;
}
