import { type FactTables, layoutTables } from '../lang/index.js';
import { segmentWords } from '../segment/index.js';
import type { Fact, FactDocument, Section, Sentence, StructuredDocument } from '../types.js';
import { reportYear, type TimeContext, timeOf, timesOfSections } from './context.js';
import { type Claim, readSentence } from './sentence.js';
import { findSubject } from './subject.js';
import { factTables } from './tables.js';
import { withYear } from './time.js';

export { factTables } from './tables.js';

/** Stage 5: every numeric claim of the document. */
export function facts(doc: StructuredDocument): FactDocument {
  const tables = factTables(doc.language);
  if (!tables) return { ...doc, facts: [] };
  const editionYear = doc.editionYear ?? reportYear(doc, tables);
  const edition = editionYear !== undefined ? String(editionYear) : null;
  const paths = sectionPaths(doc.sections);
  const sectionTimes = timesOfSections(doc, tables, editionYear);
  const headingBlocks = new Set(doc.sections.map((section) => section.block));
  const ocrPages = new Set(doc.pages.filter((page) => page.ocr).map((page) => page.number));
  const found: Fact[] = [];

  doc.blocks.forEach((block, blockIndex) => {
    // A block in the other language (an English abstract) is read with that language's tables.
    const blockTables = (block.language && factTables(block.language)) || tables;
    const sectionIndex = doc.blockSection[blockIndex] ?? -1;
    const context: TimeContext = { paragraph: null, section: sectionTimes[sectionIndex] ?? null, edition };
    const place = {
      section: sectionIndex >= 0 ? paths[sectionIndex]! : [],
      page: doc.source.format === 'pdf' ? block.page : undefined,
      ocr: ocrPages.has(block.page),
    };
    const add = (sentence: Sentence, idPrefix: string, options: { numbering?: number; written?: string; fallbackSubject?: string } = {}) => {
      const { claims, times, notSubject } = readSentence(sentence, blockTables, editionYear, options.numbering ?? 0);
      const contextYear = context.paragraph ?? context.section ?? edition;
      const idOf = (k: number) => `${idPrefix}-${k + 1}`;
      let previousSubject = options.fallbackSubject ?? '';
      claims.forEach((claim, k) => {
        // A number with no subject in its clause (…，位居世界第二) measures the one before it.
        const subject = subjectOf(claim, sentence, blockTables, notSubject) || previousSubject;
        previousSubject = subject;
        const time = timeOf(claim, k, claims, { text: sentence.text, times, tables: blockTables }, context);
        const partnerId = claim.partner !== undefined ? idOf(claim.partner) : undefined;
        found.push(factRecord({ id: idOf(k), claim, sentence, written: options.written, subject, time, ...place, partnerId }));
      });
      const lastTime = times.filter((t) => !t.base).at(-1);
      if (lastTime) context.paragraph = withYear(lastTime, contextYear) ?? context.paragraph;
    };

    if (block.kind === 'table') {
      // Each cell is read on its own; the fact's sentence is the row, its subject defaults to row and column heads.
      const rows = block.rows ?? [];
      const header = rows.slice(0, block.headerRows ?? 0).at(-1) ?? [];
      rows.forEach((row, r) => {
        if (r < (block.headerRows ?? 0)) return;
        row.forEach((cell, c) => {
          const sentence = { text: cell, start: 0, end: cell.length, words: segmentWords(cell, doc.language) };
          const fallbackSubject = [c > 0 ? row[0] : '', header[c] ?? ''].filter(Boolean).join(' ');
          add(sentence, `f${blockIndex + 1}-${r + 1}-${c + 1}`, { written: row.join(' | '), fallbackSubject });
        });
      });
      return;
    }
    if (block.kind !== 'text' && block.kind !== 'footnote') return;
    const heading = headingBlocks.has(blockIndex);
    block.sentences.forEach((sentence, sentenceIndex) => {
      const numbering = heading && sentenceIndex === 0 ? headingNumbering(sentence.text, doc) : 0;
      add(sentence, `f${blockIndex + 1}-${sentenceIndex + 1}`, { numbering });
    });
  });
  return { ...doc, facts: found };
}

function factRecord(input: {
  id: string;
  claim: Claim;
  sentence: Sentence;
  /** The sentence as the fact records it, when not the sentence read (a table row). */
  written: string | undefined;
  subject: string;
  time: { time: string | null; inferred: boolean };
  section: string[];
  page: number | undefined;
  ocr: boolean;
  partnerId: string | undefined;
}): Fact {
  const { claim, sentence } = input;
  const text = sentence.text;
  const fact: Fact = {
    id: input.id,
    text: text.slice(claim.start, claim.end).trim(),
    value: claim.value,
    ...(claim.valueMax !== undefined ? { value_max: claim.valueMax } : {}),
    scale: claim.scale,
    unit: claim.unit,
    unit_text: claim.unitText,
    kind: claim.kind,
    qualifier: claim.qualifier,
    ...(claim.kind === 'change' && claim.direction ? { direction: claim.direction } : {}),
    subject: input.subject,
    time: input.time.time,
    time_inferred: input.time.inferred,
    sentence: input.written ?? text,
    section: input.section,
    ...(input.page !== undefined ? { page: input.page } : {}),
    ...(input.ocr ? { ocr: true } : {}),
    ...(input.partnerId !== undefined ? { linked_to: input.partnerId, role: claim.role } : {}),
  };
  return fact;
}

function subjectOf(claim: Claim, sentence: Sentence, tables: FactTables, notSubject: boolean[]): string {
  const text = sentence.text;
  const separators = tables.clauseSeparators;
  let start = claim.leadStart;
  while (start > 0 && !separators.includes(text[start - 1]!)) start--;
  let end = claim.end;
  while (end < text.length && !separators.includes(text[end]!)) end++;
  return findSubject(text, sentence.words, claim, { start, end }, tables, notSubject);
}

/** The heading path of every section, outermost first. */
function sectionPaths(sections: Section[]): string[][] {
  const stack: Section[] = [];
  return sections.map((section) => {
    while (stack.length > 0 && stack.at(-1)!.level >= section.level) stack.pop();
    stack.push(section);
    return stack.map((s) => s.title);
  });
}

/** Length of a heading's numbering (“（一）”, “1.”), which is no claim. */
function headingNumbering(text: string, doc: StructuredDocument): number {
  for (const scheme of layoutTables(doc.language).headingSchemes) {
    const match = scheme.pattern.exec(text);
    if (!match || match[1] === undefined) continue;
    return match.index + match[0].indexOf(match[1]) + match[1].length + 1;
  }
  return 0;
}
