import { factTables } from '../facts/index.js';
import { zhShareMarkers } from '../lang/zh/shares.js';
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

/** Words that place a ranking or a share without naming what is measured: 全球, 世界, 排名, 位居. */
function isScopeWord(word: string, language: Language): boolean {
  return factTables(language)?.rank.cues.includes(word) ?? false;
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
  const segmented = segmentWords(text, language);
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
    const isNumberTail: boolean = afterNumber && word.tag === 'm';
    afterNumber = isNumber || isNumberTail;
    if (token === '' || isNumber || isNumberTail) return;
    if ((word.tag !== undefined && functionWordTag.test(word.tag)) || isFrame(token, frames)) return;
    const weight = (enumerated.has(index) ? itemWeight : 1) * (inShareBase ? shareBaseWeight : 1);
    words.push({ text: token, weight, names: !inShareBase && !isScopeWord(token, language) });
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
