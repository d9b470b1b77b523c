import type { Fact } from '../types.js';

/** A field of a fact that a translation must render as the original has it. */
export type AlignedField = 'value' | 'unit' | 'time' | 'qualifier' | 'kind';

const firstNumber = /\d[\d,]*(?:\.(\d+))?/;

/**
 * Half the step of the last digit written: a translation may round ("RMB 8.16 trillion" for
 * 81616 亿元) but not beyond the precision it writes, and may not add digits the original does
 * not have ("41,000" for 4 万). Numbers in words count as exact units.
 */
function roundingTolerance(fact: Fact): number {
  const decimals = firstNumber.exec(fact.text)?.[1]?.length ?? 0;
  return (fact.scale * 10 ** -decimals) / 2;
}

/** Whether a translation's value renders the original's, within the rounding the translation writes. */
export function valuesAgree(original: Fact, translation: Fact): boolean {
  const tolerance = Math.max(roundingTolerance(translation), Math.abs(original.value) * 1e-9);
  if (Math.abs(original.value - translation.value) > tolerance) return false;
  if (original.value_max === undefined || translation.value_max === undefined) return original.value_max === translation.value_max;
  return Math.abs(original.value_max - translation.value_max) <= tolerance;
}

/**
 * Units of counted things. Chinese counts with a classifier (个, 家, 人, 次) that English does not
 * write, and English names things with nouns that Chinese classifies differently ("80
 * platforms" for 80 家, "13.8 billion views" for 138 亿次); so a count without a unit ('') or
 * with the generic one (item) stands for any of them, while two named ones must agree.
 */
const countUnits = new Set(['', 'item', 'organization', 'person', 'person_times', 'times', 'household']);
const genericCountUnits = new Set(['', 'item']);

/** Occasions counted with or without the people: 198.6 万人次 is "1.986 million times", 600 亿次 "60 billion visits". */
const occasionUnits = new Set(['times', 'person_times']);

export function unitsAgree(a: Fact, b: Fact): boolean {
  if (a.unit === b.unit) return true;
  if (occasionUnits.has(a.unit) && occasionUnits.has(b.unit)) return true;
  return countUnits.has(a.unit) && countUnits.has(b.unit) && (genericCountUnits.has(a.unit) || genericCountUnits.has(b.unit));
}

/** The fields in which a translation's fact says something else than the original's. */
export function differingFields(original: Fact, translation: Fact): AlignedField[] {
  const fields: AlignedField[] = [];
  if (!valuesAgree(original, translation)) fields.push('value');
  if (!unitsAgree(original, translation)) fields.push('unit');
  // Times are compared only where both sides write them: a year inferred from the context on one
  // side (the heading's, the paragraph's) is no statement the translation could render wrongly.
  const written = (fact: Fact) => fact.time !== null && !fact.time_inferred;
  if (written(original) && written(translation) && original.time !== translation.time) fields.push('time');
  if (original.qualifier !== translation.qualifier) fields.push('qualifier');
  if (original.kind !== translation.kind) fields.push('kind');
  return fields;
}

/**
 * How strongly a translation fact looks like the rendering of an original fact, or undefined
 * when it cannot be: a pair must agree in value, or else in both unit and kind (a wrong number
 * of the same sort, e.g. "1.36 billion yuan" for 1.36 万亿元). An agreeing value outweighs any two
 * pairs that agree only in sort, so the alignment never trades a true pair for two guesses.
 */
function pairScore(original: Fact, translation: Fact, positionGap: number, valuesOnly: boolean): number | undefined {
  const fields = differingFields(original, translation);
  const valueAgrees = !fields.includes('value');
  if (!valueAgrees && (valuesOnly || fields.includes('unit') || fields.includes('kind'))) return undefined;
  const score = (valueAgrees ? 12 : 0) + 5 - fields.filter((f) => f !== 'value').length - 2 * positionGap;
  return score > 0 ? score : undefined;
}

/**
 * Order-preserving alignment of two fact sequences (a translation keeps the order of the
 * original's numbers, sentence by sentence, far more often than not): the pairs of indices
 * [original, translation] with the greatest total score, found by dynamic programming.
 * valuesOnly pairs only facts whose values agree.
 */
export function alignSequences(original: Fact[], translation: Fact[], { valuesOnly = false } = {}): [number, number][] {
  const rows = original.length;
  const columns = translation.length;
  const position = (index: number, length: number) => (length <= 1 ? 0 : index / (length - 1));
  const best: number[][] = Array.from({ length: rows + 1 }, () => new Array<number>(columns + 1).fill(0));
  const scores: (number | undefined)[][] = original.map((o, i) =>
    translation.map((t, j) => pairScore(o, t, Math.abs(position(i, rows) - position(j, columns)), valuesOnly)),
  );
  for (let i = 1; i <= rows; i++) {
    for (let j = 1; j <= columns; j++) {
      const score = scores[i - 1]![j - 1];
      best[i]![j] = Math.max(best[i - 1]![j]!, best[i]![j - 1]!, score === undefined ? 0 : best[i - 1]![j - 1]! + score);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = rows, j = columns; i > 0 && j > 0; ) {
    const score = scores[i - 1]![j - 1];
    if (score !== undefined && best[i]![j] === best[i - 1]![j - 1]! + score) {
      pairs.push([i - 1, j - 1]);
      i--;
      j--;
    } else if (best[i]![j] === best[i - 1]![j]) i--;
    else j--;
  }
  return pairs.reverse();
}
