import nodejieba from 'nodejieba';
import { zhFacts } from '../lang/zh/facts.js';
import { zhUserWords } from '../lang/zh/vocabulary.js';
import type { Language, Word } from '../types.js';

let vocabularyLoaded = false;

/** Adds the report vocabulary to jieba's dictionary, once per process. */
export function loadVocabulary(): void {
  if (vocabularyLoaded) return;
  for (const word of zhUserWords) nodejieba.insertWord(word, 'n');
  vocabularyLoaded = true;
}

/**
 * Numbers with separators and decimals stay one token (nodejieba would cut them digit by
 * digit), and so do names made of digits and letters: 5G, 3D-NAND, IPv6.
 */
const protectedToken = /\d+[A-Za-z][A-Za-z0-9\-]*|\d+(?:[,，]\d{3})*(?:\.\d+)?%?|[A-Za-z](?:[A-Za-z0-9+\-]|\.(?=[A-Za-z0-9]))*(?:['’]s\b)?/g;

/** jieba's tags for runs it does not know as one word: unknown (x) and numeral (m). */
const unknownTags = new Set(['x', 'm']);

const scaleWords = Object.keys(zhFacts.scales);
const countingWords = [...scaleWords, ...zhFacts.units.map((u) => u.text)];

/** The scale words and at most one unit that open a run of text, each the longest that fits: 万人 → 万, 人. */
function countingPrefix(run: string): string[] {
  const pieces: string[] = [];
  let position = 0;
  for (;;) {
    const word = countingWords.filter((w) => run.startsWith(w, position)).sort((a, b) => b.length - a.length)[0];
    if (!word) return pieces;
    pieces.push(word);
    position += word.length;
    if (!scaleWords.includes(word)) return pieces;
  }
}

/** Whether the last word is a number (a chunk of text starts right after each protected token). */
function afterNumber(words: Word[]): boolean {
  return words.at(-1)?.tag === 'm';
}

/** Words of a sentence with offsets: nodejieba for Chinese runs, numbers and Latin words kept whole. */
export function segmentWords(text: string, language: Language): Word[] {
  const words: Word[] = [];
  let last = 0;
  const pushChunk = (chunk: string, offset: number) => {
    if (language === 'en') {
      for (const match of chunk.matchAll(/\S+/g)) words.push({ text: match[0], start: offset + match.index! });
      return;
    }
    loadVocabulary();
    let position = offset;
    // After a number, jieba glues the scale word and classifier to what follows when it does not
    // know the whole (28.1 万人 → 万人, 15 项稳就业措施 → 项稳): they are words of their own.
    const spaces = /^\s*/u.exec(chunk)![0].length;
    let tagged = nodejieba.tag(chunk);
    const first = tagged.find((t) => t.word.trim() !== '');
    const pieces = afterNumber(words) && first && unknownTags.has(first.tag) ? countingPrefix(chunk.slice(spaces)) : [];
    const lead = pieces.join('');
    // A qualifier after the unit (5 项多模态) is left for the facts stage to weigh against jieba's words.
    const qualified = zhFacts.qualifiers.some((q) => q.position !== 'before' && chunk.startsWith(q.text, spaces + lead.length));
    if (lead && !qualified && (lead.length < first!.word.length || pieces.length > 1)) {
      position += spaces;
      for (const piece of pieces) {
        words.push({ text: piece, start: position, tag: scaleWords.includes(piece) ? 'm' : 'q' });
        position += piece.length;
      }
      tagged = nodejieba.tag(chunk.slice(spaces + lead.length));
    }
    for (const { word, tag } of tagged) {
      if (word.trim() !== '') words.push({ text: word, start: position, tag });
      position += word.length;
    }
  };
  for (const match of text.matchAll(protectedToken)) {
    if (match.index! > last) pushChunk(text.slice(last, match.index), last);
    words.push({ text: match[0], start: match.index!, tag: /^[\d.,，]+%?$/.test(match[0]) ? 'm' : 'eng' });
    last = match.index! + match[0].length;
  }
  if (last < text.length) pushChunk(text.slice(last), last);
  return words;
}

/**
 * The words a Chinese compound is made of: its tiling by dictionary words with the fewest single
 * characters, then the fewest pieces — 电信业务收入 → 电信业务 + 收入, 专利申请量 → 专利 + 申请量,
 * 工业互联网平台 → 工业互联网 + 平台. One edition writes the compound, the next its parts apart.
 * Single characters are left out; a word of fewer than four characters, or not all Han, is its own only part.
 */
export function compoundParts(word: string): string[] {
  if (word.length < 4 || !/^\p{Script=Han}+$/u.test(word)) return [word];
  loadVocabulary();
  const known = new Set(nodejieba.cutAll(word).filter((piece) => piece !== word && piece.length >= 2));
  // best[end]: the cheapest tiling of word.slice(0, end), cost [single characters, pieces].
  const best: { cost: [number, number]; pieces: string[] }[] = [{ cost: [0, 0], pieces: [] }];
  for (let end = 1; end <= word.length; end++) {
    for (let start = 0; start < end; start++) {
      const piece = word.slice(start, end);
      if (piece.length > 1 && !known.has(piece)) continue;
      const before = best[start]!;
      const cost: [number, number] = [before.cost[0] + (piece.length === 1 ? 1 : 0), before.cost[1] + 1];
      const current = best[end];
      // On a tie the shorter last piece: a Chinese compound ends in its head (收入, 平台, 人数).
      const better =
        !current ||
        cost[0] < current.cost[0] ||
        (cost[0] === current.cost[0] && (cost[1] < current.cost[1] || (cost[1] === current.cost[1] && piece.length < current.pieces.at(-1)!.length)));
      if (better) best[end] = { cost, pieces: [...before.pieces, piece] };
    }
  }
  const parts = best[word.length]!.pieces.filter((piece) => piece.length > 1);
  return parts.length > 1 ? parts : [word];
}
