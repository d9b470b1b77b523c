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

/** A content word, and how much it says of the text it comes from (1 = fully). */
export interface WeightedWord {
  text: string;
  weight: number;
}

/** The separator of enumerations: 北京、上海、广东. */
const enumerationMark = '、';

/**
 * The content words of a text, in order, lower-cased: what is left after function words,
 * numbers and the scale or unit written right after a number ("71.8 万个", "2021 年").
 * Order and particles are gone, so "已建成 5G 基站达到 71.8 万个" and "建成5G基站142.5万个"
 * give the same words. The items of an enumeration share their weight: a list of ten provinces
 * says no more of what is measured than a single word does.
 */
export function contentWords(text: string, language: Language): WeightedWord[] {
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
  segmented.forEach((word, index) => {
    const token = word.text.toLowerCase().replace(edgePunctuation, '');
    const isNumber = numberLike.test(token);
    const isNumberTail: boolean = afterNumber && word.tag === 'm';
    afterNumber = isNumber || isNumberTail;
    if (token === '' || isNumber || isNumberTail) return;
    if (word.tag !== undefined && functionWordTag.test(word.tag)) return;
    words.push({ text: token, weight: enumerated.has(index) ? itemWeight : 1 });
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

/** Weighted Dice coefficient: 1 for the same words, 0 for none shared. */
export function similarity(a: WordVector, b: WordVector): number {
  let shared = 0;
  let total = 0;
  for (const [word, weight] of a) {
    total += weight;
    const other = b.get(word);
    if (other !== undefined) shared += Math.min(weight, other);
  }
  for (const weight of b.values()) total += weight;
  return total === 0 ? 0 : (2 * shared) / total;
}
