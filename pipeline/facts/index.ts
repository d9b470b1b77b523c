import { type FactTables, layoutTables, tableTables } from '../lang/index.js';
import { segmentWords } from '../segment/index.js';
import type { Fact, FactDocument, Section, Sentence, StructuredDocument } from '../types.js';
import { documentYears, type TimeContext, timeOf, timesOfSections } from './context.js';
import { type Claim, readSentence } from './sentence.js';
import { findSubject, respectiveSubjects } from './subject.js';
import { captionTime, type CellNumber, factTables, type TableCell, tableCells, type TableSetting } from './tables.js';
import { type DocumentYears, endYear, isWindow, withYear } from './time.js';

export { factTables } from './tables.js';

/** Stage 5: every numeric claim of the document. */
export function facts(doc: StructuredDocument): FactDocument {
  const tables = factTables(doc.language);
  if (!tables) return { ...doc, facts: [] };
  const years = documentYears(doc, tables);
  const edition = years.about !== undefined ? String(years.about) : null;
  const paths = sectionPaths(doc.sections);
  const sectionTimes = timesOfSections(doc, tables, years);
  const headingBlocks = new Set(doc.sections.map((section) => section.block));
  const ocrPages = new Set(doc.pages.filter((page) => page.ocr).map((page) => page.number));
  const paper = isPaper(doc);
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
      const { claims, times, notSubject } = readSentence(sentence, blockTables, years, { numbering: options.numbering ?? 0, paper });
      const contextYear = context.paragraph ?? context.section ?? edition;
      const idOf = (k: number) => `${idPrefix}-${k + 1}`;
      let previousSubject = options.fallbackSubject ?? '';
      const respective = respectiveSubjects(sentence.text, claims, blockTables);
      claims.forEach((claim, k) => {
        // A number with no subject in its clause (…，位居世界第二) measures the one before it, as does a share restating it.
        const own = claim.restates && previousSubject ? '' : subjectOf(claim, sentence, blockTables, notSubject);
        const subject = respective.get(k) ?? (own || previousSubject);
        previousSubject = subject;
        const time = timeOf(claim, k, claims, { text: sentence.text, times, tables: blockTables }, context);
        const partnerId = claim.partner !== undefined ? idOf(claim.partner) : undefined;
        found.push(factRecord({ id: idOf(k), claim, sentence, written: options.written, subject, time, ...place, partnerId }));
      });
      const lastTime = times.filter((t) => !t.base).at(-1);
      if (lastTime) {
        context.paragraph = withYear(lastTime, contextYear) ?? context.paragraph;
        context.window = isWindow(lastTime, sentence.text, blockTables);
      }
    };

    if (block.kind === 'table') {
      // A grid of numbers without a word (a chart's axis ticks read as a table) labels nothing it measures.
      if (!(block.rows ?? []).some((row) => row.some((cell) => /\p{L}/u.test(cell)))) return;
      const setting = tableSetting(doc, blockIndex, blockTables, years, { section: context.section, edition });
      const rows = block.rows ?? [];
      for (const cell of tableCells(rows, block.headerRows ?? 0, setting, blockTables, tableTables(block.language ?? doc.language))) {
        const id = `f${blockIndex + 1}-${cell.row + 1}-${cell.column + 1}`;
        const table = { caption: setting.caption, row: cell.rowLabel, column: cell.columnLabel };
        const written = rows[cell.row]!.join(' | ');
        if (cell.number) {
          found.push(cellFactRecord({ id: `${id}-1`, cell, number: cell.number, written, table, ...place }));
          continue;
        }
        // A cell of words and numbers is read like a sentence; its subject defaults to the row and column.
        const first = found.length;
        const sentence = { text: cell.text, start: 0, end: cell.text.length, words: segmentWords(cell.text, doc.language) };
        add(sentence, id, { written, fallbackSubject: cell.subject });
        for (const fact of found.slice(first)) {
          fact.table = table;
          if (fact.time_inferred && !cell.timeInferred) Object.assign(fact, { time: cell.time, time_inferred: false });
          if (cell.forecast) fact.forecast = true;
        }
      }
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

function cellFactRecord(input: {
  id: string;
  cell: TableCell;
  number: CellNumber;
  written: string;
  table: Fact['table'];
  section: string[];
  page: number | undefined;
}): Fact {
  const { cell, number } = input;
  return {
    id: input.id,
    text: cell.text.trim(),
    value: number.value,
    scale: number.scale,
    unit: number.unit,
    unit_text: number.unitText,
    kind: number.kind,
    qualifier: 'exact',
    ...(number.direction ? { direction: number.direction } : {}),
    subject: cell.subject,
    time: cell.time,
    time_inferred: cell.timeInferred,
    sentence: input.written,
    section: input.section,
    ...(input.page !== undefined ? { page: input.page } : {}),
    table: input.table,
    ...(cell.forecast ? { forecast: true } : {}),
  };
}

/** Blocks before a table that may state its unit or period: up to this many, not past another table. */
const tableNoteBlocks = 3;
/** Blocks after a table that may state its unit (单位：亿元, '资料来源：…，单位：%', 'Note: in thousands'). */
const tableNoteBlocksAfter = 2;
/** A note line, not a paragraph: at most this many characters. */
const noteLength = 60;
/** A line that may be a unit line, which begins with its note, in brackets or not: (单位：万元), '(In millions)'. */
const unitLine = (text: string) => text.normalize('NFKC').replace(/^[(\[【]\s*/u, '');

/**
 * What the blocks around a table say of it: its caption (表 7-2：…, above it or else below it,
 * else the heading it stands under), the notes above and below it (单位：万元, '(In millions,
 * except per share amounts)', a source line ending in 单位：%) and the year it is about (its
 * caption's or notes', else its section's, else the edition's).
 */
function tableSetting(
  doc: StructuredDocument,
  blockIndex: number,
  tables: FactTables,
  years: DocumentYears,
  context: { section: string | null; edition: string | null },
): TableSetting {
  const before: string[] = [];
  let caption: string | undefined;
  for (let i = blockIndex - 1; i >= 0 && i >= blockIndex - tableNoteBlocks; i--) {
    const block = doc.blocks[i]!;
    if (block.kind === 'table') break;
    if (block.kind === 'caption' && caption === undefined) caption = block.text;
    else before.push(block.text);
  }
  const after = notesAfter(doc, blockIndex, tableTables(doc.blocks[blockIndex]!.language ?? doc.language).unitNotes);
  caption ??= after.caption;
  const sectionIndex = doc.blockSection[blockIndex] ?? -1;
  const heading = sectionIndex >= 0 ? doc.sections[sectionIndex]!.title : '';
  // A note line may name the date (截至 2023 年 3 月 31 日); a paragraph's times are its own.
  const written = captionTime([caption ?? '', ...[...before, ...after.notes].filter((text) => text.length <= noteLength), heading], tables, years);
  const contextTime = written ?? context.section ?? context.edition;
  return {
    caption: caption ?? heading,
    notes: [...before, ...after.notes],
    contextYear: contextTime === null ? null : written ?? endYear(contextTime),
    date: years.date ?? null,
  };
}

/**
 * The caption and note lines under a table, up to a heading, another table or running text: a
 * source or note line (资料来源：…，单位：%, 'Note: in thousands'), a unit line (单位：亿元), a
 * caption. A caption or unit line standing right over another table is that table's.
 */
function notesAfter(doc: StructuredDocument, blockIndex: number, unitNotes: RegExp[]): { caption?: string; notes: string[] } {
  const layout = layoutTables(doc.language);
  const headings = new Set(doc.sections.map((section) => section.block));
  const notes: string[] = [];
  let caption: string | undefined;
  const end = Math.min(doc.blocks.length, blockIndex + 1 + tableNoteBlocksAfter);
  for (let i = blockIndex + 1; i < end; i++) {
    const block = doc.blocks[i]!;
    if (block.kind === 'table' || headings.has(i)) break;
    const text = block.text.trim();
    const noteLine = block.kind === 'source' || layout.source.test(text) || new RegExp(`^(?:${layout.noteLabel.source})`, 'u').test(text);
    const nextTable = doc.blocks.slice(i + 1, end + 1).find((next) => next.kind !== 'caption' && next.kind !== 'source')?.kind === 'table';
    if (!noteLine && nextTable) break;
    if (block.kind === 'caption') caption ??= text;
    else if (noteLine || (text.length <= noteLength && unitNotes.some((note) => note.exec(unitLine(text))?.index === 0))) notes.push(text);
    else break;
  }
  return { caption, notes };
}

/** Parts of a paper a document must label to be one: an abstract with keywords or references. */
const paperPartsNeeded = 2;

/** A scholarly paper: blocks opening with the labels of at least two of a paper's parts (摘要：, 参考文献, 'Abstract', 'References'). */
function isPaper(doc: StructuredDocument): boolean {
  const found = new Set<string>();
  for (const block of doc.blocks) {
    if (block.kind !== 'text') continue;
    const parts = factTables(block.language ?? doc.language)?.paperParts ?? [];
    for (const part of parts) if (new RegExp(part, 'iu').test(block.text.trim())) found.add(part);
  }
  return found.size >= paperPartsNeeded;
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
