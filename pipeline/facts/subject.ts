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
  // Latin words carry no part of speech and may be change verbs: "Revenue increased $4.0 billion" measures revenue.
  const nominal = (word: Word) => inClause(word) && isNominal(word) && !(latinTag(word) && moves.has(word.text));
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

const latinTag = (word: Word) => word.tag === undefined || word.tag === 'eng';

function isNominal(word: Word): boolean {
  // Footnote marks (⁷) and punctuation carry no letter.
  if (!/\p{L}/u.test(word.text)) return false;
  return word.tag === undefined || nominalTag.test(word.tag);
}

/**
 * "营业收入、净利润分别为 4.7 亿元、1.2 亿元", "Revenue and net income were $4.7 billion and
 * $1.2 billion, respectively": in a sentence saying respectively, a list of names before a list
 * of numbers as long gives each number its own subject, in order. Returns the subject of each
 * claim so named (by index); a list whose members took their own times (2021 and 2022,
 * respectively) names one measure and is left alone.
 */
export function respectiveSubjects(
  text: string,
  claims: { listHead: number; leadStart: number; end: number; ownTime?: unknown }[],
  tables: FactTables,
): Map<number, string> {
  const subjects = new Map<number, string>();
  if (!(tables.respectively ?? []).some((word) => text.includes(word))) return subjects;
  const stop = new Set(tables.subjectStopWords.map((w) => w.toLowerCase()));
  let lastNames: string[] | undefined;
  for (const head of new Set(claims.map((c) => c.listHead))) {
    const members = claims.map((claim, index) => ({ claim, index })).filter(({ claim }) => claim.listHead === head);
    if (members.length < 2 || new Set(members.map(({ claim }) => claim.ownTime)).size > 1) continue;
    const previousEnd = claims[head - 1]?.end ?? 0;
    const before = text.slice(previousEnd, members[0]!.claim.leadStart);
    // The names stand in the clause before the numbers; list commas (、, ',') join them, other separators end it.
    const clauseSeparators = [...tables.clauseSeparators].filter((c) => !tables.listJoiners.includes(c));
    const clauseStart = Math.max(...clauseSeparators.map((c) => before.lastIndexOf(c))) + 1;
    const names = splitList(before.slice(clauseStart), tables)
      .map((name) => trimWords(name, stop, tables))
      .filter((name) => /\p{L}/u.test(name));
    // A later list as long without names of its own (…，同比增长 20%、15%) takes the same names.
    const named = names.length >= members.length ? names.slice(names.length - members.length) : lastNames?.length === members.length ? lastNames : undefined;
    if (!named) continue;
    members.forEach(({ index }, i) => subjects.set(index, named[i]!));
    lastNames = named;
  }
  return subjects;
}

/** The parts of a written list: "A、B和C", "A, B and C". */
function splitList(text: string, tables: FactTables): string[] {
  const joiners = [...tables.listJoiners].sort((a, b) => b.length - a.length).map(escapeForSplit);
  const latin = tables.listJoiners.some((j) => /[a-z]/i.test(j));
  const pattern = latin ? new RegExp(`\\s*(?:${joiners.map((j) => (/^[a-z]/i.test(j) ? `\\b${j}\\b` : j)).join('|')})\\s*`, 'giu') : new RegExp(joiners.join('|'), 'gu');
  return text.split(pattern);
}

const escapeForSplit = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*');

/** A name without the stop words (verbs, particles, respectively) before and after it. */
function trimWords(name: string, stop: Set<string>, tables: FactTables): string {
  let result = name.trim();
  const respectively = tables.respectively ?? [];
  for (let changed = true; changed; ) {
    changed = false;
    for (const word of [...stop, ...respectively].sort((a, b) => b.length - a.length)) {
      const latin = /[a-z]/i.test(word);
      const atEnd = latin ? new RegExp(`\\s+${escapeForSplit(word)}$`, 'iu') : new RegExp(`${escapeForSplit(word)}$`, 'u');
      const atStart = latin ? new RegExp(`^${escapeForSplit(word)}\\s+`, 'iu') : undefined;
      const next = result.replace(atEnd, '').replace(atStart ?? /$^/, '').trim();
      if (next !== result && next !== '') {
        result = next;
        changed = true;
      }
    }
  }
  return result;
}
