import type { Fact } from '../types.js';

/** The parts of its sentence a fact is read from. */
export interface FactContext {
  /** The clause holding the number. */
  clause: string;
  /** The sentence's clauses before it. */
  earlier: string;
  /** The last of them: what a clause that names nothing itself speaks of ("…收入9.5万亿元，同比增长17.7%"). */
  previousClause: string;
  /**
   * The part of the clause that speaks of this number alone: from the number before it to the
   * number after it, its own number left out. In "形成覆盖80万河段、30万乡级以上河长、60万村级河长",
   * 30万 is said of "河段、" and "乡级以上河长、".
   */
  neighbourhood: string;
  /** The sentence without its numbers and spaces: editions often restate a sentence with new figures. */
  template: string;
  /** Which of its sentence's facts it is (0 = the first). */
  ordinal: number;
}

/** Clause boundaries inside a sentence (a comma before a space only, so 718,000 stays whole). */
const clauseBoundary = /[，；：;:]|[,](?=\s)/g;

/**
 * Where each fact stands in its sentence. A document's facts come sentence by sentence, in
 * reading order, so the facts of one sentence are found in turn: a number written twice in a
 * sentence finds its own place. -1 when the text is not in the sentence.
 */
function locate(facts: Fact[]): number[] {
  let cursor = 0;
  return facts.map((fact, index) => {
    if (index > 0 && facts[index - 1]!.sentence !== fact.sentence) cursor = 0;
    const at = fact.sentence.indexOf(fact.text, cursor);
    const found = at >= 0 ? at : fact.sentence.indexOf(fact.text);
    if (found >= 0) cursor = found + fact.text.length;
    return found;
  });
}

/** The contexts of the facts of a document, in its order (all its facts, so that every number counts as a neighbour). */
export function factContexts(facts: Fact[]): Map<Fact, FactContext> {
  const starts = locate(facts);
  const contexts = new Map<Fact, FactContext>();
  let ordinal = 0;
  facts.forEach((fact, index) => {
    const { sentence } = fact;
    ordinal = index > 0 && facts[index - 1]!.sentence === sentence ? ordinal + 1 : 0;
    const template = sentence.replace(/[\d.,%\s]+/g, '');
    const at = starts[index]!;
    if (at < 0) {
      contexts.set(fact, { clause: sentence, earlier: '', previousClause: '', neighbourhood: sentence, template, ordinal });
      return;
    }
    const end = at + fact.text.length;
    const bounds = [0, ...[...sentence.matchAll(clauseBoundary)].map((match) => match.index! + 1), sentence.length + 1];
    const clauseStarts = bounds.filter((bound) => bound <= at);
    const clauseStart = clauseStarts.at(-1)!;
    const clauseEnd = bounds.find((bound) => bound >= end + 1)! - 1;
    const neighbour = (offset: number) => (facts[index + offset]?.sentence === sentence ? starts[index + offset]! : -1);
    const previous = neighbour(-1);
    const next = neighbour(1);
    const from = previous >= 0 && previous < at ? Math.max(clauseStart, previous + facts[index - 1]!.text.length) : clauseStart;
    const to = next > at ? Math.min(clauseEnd, next) : clauseEnd;
    contexts.set(fact, {
      clause: sentence.slice(clauseStart, clauseEnd),
      earlier: sentence.slice(0, clauseStart),
      previousClause: sentence.slice(clauseStarts.at(-2) ?? 0, Math.max(0, clauseStart - 1)),
      // A space keeps the words on either side of the number from being segmented as one.
      neighbourhood: `${sentence.slice(Math.min(from, at), at)} ${sentence.slice(end, Math.max(to, end))}`,
      template,
      ordinal,
    });
  });
  return contexts;
}
