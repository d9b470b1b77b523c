import type { Fact, FactsDocumentInfo, FactsFile } from '../types.js';
import { alignSequences, differingFields, unitsAgree, valuesAgree, type AlignedField } from './match.js';
import { withoutContentsEntries } from './contents.js';
import { groupBySection } from './sections.js';

export type { AlignedField } from './match.js';
export { renderAlignmentMarkdown } from './render.js';

export interface AlignedPair {
  original: Fact;
  translation: Fact;
}

export interface AlignedDifference extends AlignedPair {
  /** The fields the translation renders wrongly. */
  fields: AlignedField[];
}

/** The content of align.yaml: every number of a translation checked against the original. */
export interface Alignment {
  original: FactsDocumentInfo;
  translation: FactsDocumentInfo;
  summary: {
    translation_facts: number;
    /** Facts of the original in the sections the translation covers. */
    original_facts_covered: number;
    pairs: number;
    differences: number;
    only_in_translation: number;
    only_in_original: number;
  };
  /** Translation facts that say what the original says. */
  pairs: AlignedPair[];
  /** Translation facts that render an original fact wrongly. */
  differences: AlignedDifference[];
  /** Numbers the translator added or garbled beyond recognition. */
  only_in_translation: Fact[];
  /** Numbers of the covered sections that the translation leaves out. */
  only_in_original: Fact[];
}

/**
 * Pairs each fact of a translation with the fact of the original it renders. Sections are
 * matched by their numbering (三、/（一） ↔ III./(I)); inside a section the facts are aligned in
 * order by value, unit, kind, time and qualifier. The translation may cover only part of the
 * original: only original facts of the sections it covers count as left out.
 */
export function alignFacts(originalFile: FactsFile, translationFile: FactsFile): Alignment {
  // A table of contents repeats headings and page numbers: nothing there is a claim to check.
  const original = { ...originalFile, facts: withoutContentsEntries(originalFile.facts) };
  const translation = { ...translationFile, facts: withoutContentsEntries(translationFile.facts) };
  const originalGroups = groupBySection(original.facts, original.document.language);
  const translationGroups = groupBySection(translation.facts, translation.document.language);
  const matched = new Map<Fact, Fact>();
  const covered = new Set<string>();
  const pair = (originalFacts: Fact[], translationFacts: Fact[]) => {
    for (const [i, j] of alignSequences(originalFacts, translationFacts)) matched.set(translationFacts[j]!, originalFacts[i]!);
  };

  // Facts outside numbered sections (a lead paragraph) line up only with facts outside them in
  // the original when the numbered sections line up too; otherwise they are searched for below.
  const numbered = [...translationGroups.keys()].some((key) => key !== '' && originalGroups.has(key));
  const unplaced: Fact[] = [];
  for (const [key, translationFacts] of translationGroups) {
    const originalFacts = originalGroups.get(key);
    if (originalFacts && (key !== '' || numbered) && rendersSection(originalFacts, translationFacts)) {
      pair(originalFacts, translationFacts);
      covered.add(key);
    } else unplaced.push(...translationFacts);
  }

  // Translation facts whose section has no counterpart (unnumbered or renumbered headings) are
  // aligned with the sections of the original they render, found by the numbers that agree.
  if (unplaced.length > 0) {
    const uncovered = [...originalGroups].filter(([key]) => !covered.has(key));
    const rendered = renderedSections(uncovered, unplaced);
    pair(rendered.flatMap(([, facts]) => facts), unplaced);
    for (const [key] of rendered) covered.add(key);
  }

  const coveredOriginal = [...originalGroups].filter(([key]) => covered.has(key)).flatMap(([, facts]) => facts);
  pairReorderedFacts(coveredOriginal, translation.facts, matched);
  pairWithinSentences(coveredOriginal, translation.facts, matched);

  const pairs: AlignedPair[] = [];
  const differences: AlignedDifference[] = [];
  const onlyInTranslation: Fact[] = [];
  for (const fact of translation.facts) {
    const counterpart = matched.get(fact);
    if (!counterpart) onlyInTranslation.push(fact);
    else {
      const fields = differingFields(counterpart, fact);
      if (fields.length === 0) pairs.push({ original: counterpart, translation: fact });
      else differences.push({ original: counterpart, translation: fact, fields });
    }
  }
  differences.sort((a, b) => differenceCertainty(b, matched) - differenceCertainty(a, matched));
  const rendered = new Set(matched.values());
  const onlyInOriginal = coveredOriginal.filter((fact) => !rendered.has(fact));
  return {
    original: original.document,
    translation: translation.document,
    summary: {
      translation_facts: translation.facts.length,
      original_facts_covered: coveredOriginal.length,
      pairs: pairs.length,
      differences: differences.length,
      only_in_translation: onlyInTranslation.length,
      only_in_original: onlyInOriginal.length,
    },
    pairs,
    differences,
    only_in_translation: onlyInTranslation,
    only_in_original: onlyInOriginal,
  };
}

/**
 * How sure a difference is, to list the surest first: the fewer fields differ, the surer the
 * pair is right and the one field wrong (a value alone differing, the unit, kind and time agreeing,
 * is a misprinted number; a pair differing in everything may be no pair); and the more of its
 * sentence's other numbers are paired, the surer the sentence is the one it renders.
 */
function differenceCertainty(difference: AlignedDifference, matched: Map<Fact, Fact>): number {
  const neighbours = [...matched.keys()].filter((fact) => fact !== difference.translation && fact.sentence === difference.translation.sentence);
  const anchored = neighbours.filter((fact) => matched.get(fact)!.sentence === difference.original.sentence).length;
  return -difference.fields.length + Math.min(anchored, 3) / 4;
}

/**
 * The sections of the original that a run of translation facts renders: those where an
 * alignment by value alone lands at least two of its numbers, or all of them. A single agreeing
 * value elsewhere (a 2, a 10) is chance.
 */
function renderedSections(groups: [string, Fact[]][], translationFacts: Fact[]): [string, Fact[]][] {
  const candidates = groups.flatMap(([, facts]) => facts);
  const anchored = new Set(alignSequences(candidates, translationFacts, { valuesOnly: true }).map(([i]) => candidates[i]!));
  return groups.filter(([, facts]) => {
    const count = facts.filter((fact) => anchored.has(fact)).length;
    return count >= 2 || (count > 0 && count === facts.length);
  });
}

/**
 * Whether a section numbered like a section of the original renders it: at least half of its
 * numbers are found there. An excerpt may restart its numbering, and then its "(I)" is the
 * original's 三（一）, not its （一）.
 */
function rendersSection(originalFacts: Fact[], translationFacts: Fact[]): boolean {
  const found = translationFacts.filter((fact) => originalFacts.some((original) => valuesAgree(original, fact)));
  return found.length * 2 >= translationFacts.length;
}

/**
 * A translator sometimes reorders a sentence's numbers, which an order-preserving alignment
 * cannot follow: the facts it left over are paired when value and unit agree, the nearest in
 * document order first.
 */
function pairReorderedFacts(coveredOriginal: Fact[], translationFacts: Fact[], matched: Map<Fact, Fact>): void {
  const taken = new Set(matched.values());
  const originalIndex = new Map(coveredOriginal.map((fact, index) => [fact, index]));
  translationFacts.forEach((fact, index) => {
    if (matched.has(fact)) return;
    // Where this fact would sit in the original: beside the counterpart of its nearest paired neighbour.
    const anchor = nearestPairedIndex(translationFacts, index, matched, originalIndex);
    let best: Fact | undefined;
    let bestDistance = Infinity;
    coveredOriginal.forEach((candidate, candidateIndex) => {
      if (taken.has(candidate) || !unitsAgree(candidate, fact) || !valuesAgree(candidate, fact)) return;
      const distance = Math.abs(candidateIndex - anchor);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    });
    if (best) {
      matched.set(fact, best);
      taken.add(best);
    }
  });
}

/**
 * A translated sentence renders the original sentences its paired facts come from. A number
 * left over in it that was both reordered and rendered wrongly ("ranking second in the world,
 * for the eighth consecutive year" for 连续 8 年位居世界第一) is paired with a number of the
 * same unit and kind left over in those sentences.
 */
function pairWithinSentences(coveredOriginal: Fact[], translationFacts: Fact[], matched: Map<Fact, Fact>): void {
  const taken = new Set(matched.values());
  for (const fact of translationFacts) {
    if (matched.has(fact)) continue;
    const rendered = new Set(
      translationFacts.filter((other) => other.sentence === fact.sentence && matched.has(other)).map((other) => matched.get(other)!.sentence),
    );
    const candidate = coveredOriginal.find(
      (original) => !taken.has(original) && rendered.has(original.sentence) && unitsAgree(original, fact) && original.kind === fact.kind,
    );
    if (candidate) {
      matched.set(fact, candidate);
      taken.add(candidate);
    }
  }
}

function nearestPairedIndex(translationFacts: Fact[], index: number, matched: Map<Fact, Fact>, originalIndex: Map<Fact, number>): number {
  for (let distance = 1; distance < translationFacts.length; distance++) {
    for (const neighbour of [translationFacts[index - distance], translationFacts[index + distance]]) {
      const counterpart = neighbour && matched.get(neighbour);
      const position = counterpart && originalIndex.get(counterpart);
      if (position !== undefined) return position;
    }
  }
  return 0;
}
