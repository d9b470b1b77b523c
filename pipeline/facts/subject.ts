import type { FactTables } from '../lang/index.js';
import type { Word } from '../types.js';

/** Tags of words that may modify a counted noun: verbs, adjectives, distinguishing words (受灾群众, 新型机构). */
const modifierTag = /^(?:v|vn|a|an|b)$/;
const maxModifiers = 2;

/** Part-of-speech tags of words that can name what is measured (jieba's nouns, names, Latin words). */
const nominalTag = /^(?:n|nr|ns|nt|nz|nrt|vn|an|eng|j|l|i|x)$/;

/**
 * The words naming what a number measures: for a count, the nouns its classifier introduces
 * ("16 个国家" → "国家"); otherwise the run of nominal words closest before the number in its
 * clause ("已建成 5G 基站达到 71.8 万个" → "5G 基站"), or after it; failing both, the words
 * before the number that are not function words ("收入累计完成1.36万亿元" → "收入").
 *
 * `blocked[i]` marks characters of the sentence that are times, numbers or qualifiers.
 */
export function findSubject(
  text: string,
  words: Word[],
  span: { start: number; end: number; kind: string; unit: string },
  clause: { start: number; end: number },
  tables: FactTables,
  blocked: boolean[],
): string {
  const stop = new Set([...tables.subjectStopWords, ...tables.rank.cues, ...(tables.rank.consecutive ?? [])]);
  // Words that say how a number moves are never what it measures.
  const moves = new Set([...tables.changeCues, ...tables.toCues, ...tables.fromCues]);
  const inClause = (word: Word) =>
    word.start >= clause.start && word.start + word.text.length <= clause.end && !blocked[word.start + word.text.length - 1] && !stop.has(word.text);
  const nominal = (word: Word) => inClause(word) && isNominal(word);
  const before = words.filter((w) => w.start + w.text.length <= span.start).reverse();
  const after = wordsFrom(words, span.end);
  const run = (candidates: Word[], usable: (word: Word) => boolean, limit = Infinity): Word[] => {
    const collected: Word[] = [];
    for (const word of candidates) {
      if (usable(word) && collected.length < limit) collected.push(word);
      else if (collected.length > 0) break;
    }
    return collected;
  };
  // Where counts take no classifier, the noun follows the number after a space ("718,000 5G base stations").
  const next = after[0];
  const adjoins = next !== undefined && (next.start <= span.end || (!tables.countsNeedClassifier && span.unit === '' && text.slice(span.end, next.start).trim() === ''));
  // A counted noun may follow a modifier or two (34.4 万名受灾群众, 15 项稳就业措施).
  const modifiers = after.slice(0, maxModifiers + 1).findIndex(nominal);
  const modified = modifiers >= 0 && after.slice(0, modifiers).every((w) => inClause(w) && modifierTag.test(w.tag ?? ''));
  const counted =
    span.kind === 'count' && (span.unit !== '' || !tables.countsNeedClassifier) && adjoins && modified
      ? [...after.slice(0, modifiers), ...run(after.slice(modifiers), nominal)]
      : [];
  const backwards = run(before, nominal).reverse();
  const plain = (word: Word) => inClause(word) && !moves.has(word.text) && /\p{L}/u.test(word.text);
  const chosen = [counted, backwards, run(after, nominal), run(before, plain, 2).reverse()].find((c) => c.length > 0);
  if (!chosen) return '';
  return text.slice(chosen[0]!.start, chosen.at(-1)!.start + chosen.at(-1)!.text.length).trim();
}

/**
 * The words from an offset on; a word the offset cuts (个省 after 31 个) counts from there, but
 * one character left of a noun is no word: the classifier began the noun (四部门 → 部门).
 */
function wordsFrom(words: Word[], offset: number): Word[] {
  return words.flatMap((word) => {
    const end = word.start + word.text.length;
    if (word.start >= offset) return [word];
    if (end - offset === 1 && isNominal(word)) return [word];
    if (end > offset) return [{ ...word, text: word.text.slice(offset - word.start), start: offset }];
    return [];
  });
}

function isNominal(word: Word): boolean {
  // Footnote marks (⁷) and punctuation carry no letter.
  if (!/\p{L}/u.test(word.text)) return false;
  return word.tag === undefined || nominalTag.test(word.tag);
}
