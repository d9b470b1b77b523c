import type { FactTables } from '../lang/index.js';
import type { Word } from '../types.js';

/** Part-of-speech tags of words that can name what is measured (jieba's nouns, names, Latin words). */
const nominalTag = /^(?:n|nr|ns|nt|nz|nrt|vn|an|eng|j|l|i|x)$/;

/**
 * The words naming what a number measures: for a count, the nouns its classifier introduces
 * ("16 个国家" → "国家"); otherwise the run of nominal words closest before the number in its
 * clause ("已建成 5G 基站达到 71.8 万个" → "5G 基站"), or after it when there is none.
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
  const stop = new Set([...tables.subjectStopWords, ...tables.rank.cues]);
  const usable = (word: Word) =>
    word.start >= clause.start &&
    word.start + word.text.length <= clause.end &&
    !blocked[word.start] &&
    !stop.has(word.text) &&
    isNominal(word);
  const before = words.filter((w) => w.start + w.text.length <= span.start);
  const after = words.filter((w) => w.start >= span.end);
  const run = (candidates: Word[]): Word[] => {
    const collected: Word[] = [];
    for (const word of candidates) {
      if (usable(word)) collected.push(word);
      else if (collected.length > 0) break;
    }
    return collected;
  };
  const counted = span.kind === 'count' && span.unit !== '' && after[0]?.start === span.end && usable(after[0]) ? run(after) : [];
  const backwards = run(before.reverse()).reverse();
  const chosen = counted.length > 0 ? counted : backwards.length > 0 ? backwards : run(after);
  if (chosen.length === 0) return '';
  return text.slice(chosen[0]!.start, chosen.at(-1)!.start + chosen.at(-1)!.text.length).trim();
}

function isNominal(word: Word): boolean {
  // Footnote marks (⁷) and punctuation carry no letter.
  if (!/\p{L}/u.test(word.text)) return false;
  return word.tag === undefined || nominalTag.test(word.tag);
}
