import { superscriptDigits } from '../lang/index.js';
import { templateSpans } from '../lang/marks.js';
import { fullWidthMarks, hanCharacter } from '../lang/script.js';
import { repairText, symbolFontText } from '../lang/unicode.js';
import type { Line, TextRun } from '../types.js';

/** Han characters and full-width punctuation (the katakana middle dot ・ too): no space is ever needed between two of them. */
const wide = new RegExp(`[\\p{Script=Han}${fullWidthMarks}\\u30FB]`, 'u');
/** Full-width punctuation (and CJK quotes, dashes): never a space beside it. */
const widePunctuation = new RegExp(`[${fullWidthMarks}\\u30FB]`, 'u');

/** Curly quotes, used by Chinese and English text alike. */
const quote = /[\u2018\u2019\u201C\u201D]/u;

/** Two runs more than this many ems apart on one baseline are separate lines (table cells, columns). */
const columnGap = 1.8;
/** A gap wider than this many ems (beyond the line's letter spacing) is a space between words. */
const wordGap = 0.15;
/** Between two Han characters a space must be wider: a narrow gap is only justification. */
const hanGap = 0.2;
const isHan = (char: string) => hanCharacter.test(char);

/**
 * Groups runs into visual lines and decides the spaces from the positions: none beside
 * full-width punctuation, none between two Chinese characters unless the gap stands out from the
 * line's letter spacing (pdf.js adds spaces inside letter-spaced justified lines), a space where
 * Latin words, numbers and Han characters stand apart.
 */
export function assembleLines(runs: TextRun[], page: number): Line[] {
  const lines: Line[] = [];
  for (const row of groupRows(runs)) {
    for (const segment of splitAtColumnGaps(row)) {
      const line = toLine(withoutTemplateText(segment), page);
      if (line) lines.push(line);
    }
  }
  return lines;
}

/**
 * The runs of one line less the text of template fields and tracking strings (see templateSpans),
 * found in the runs' text read together: a field set in three runs (＃, assAuthor, ＃) goes whole.
 */
function withoutTemplateText(runs: TextRun[]): TextRun[] {
  const joined = runs.map((run) => run.text).join('');
  const spans = templateSpans(joined);
  if (spans.length === 0) return runs;
  const kept: TextRun[] = [];
  let offset = 0;
  for (const run of runs) {
    const start = offset;
    offset += run.text.length;
    const text = run.text.split('').filter((_, i) => !spans.some(([from, to]) => start + i >= from && start + i < to)).join('');
    if (text === run.text) kept.push(run);
    else if (text.trim() !== '') kept.push({ ...run, text });
  }
  return kept;
}

/**
 * Splits off margin notes set close beside justified text (LaTeX's \marginpar): where most lines
 * end at one right edge, runs of a line that start beyond that edge become a line of their own.
 */
export function splitMarginNotes(lines: Line[], page: number): Line[] {
  const rights = new Map<number, number>();
  for (const line of lines) rights.set(Math.round(line.box!.x + line.box!.width), (rights.get(Math.round(line.box!.x + line.box!.width)) ?? 0) + 1);
  const [edge, count] = [...rights].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  if (count < Math.max(3, lines.length * justifiedShare)) return lines;
  return lines.flatMap((line) => {
    const runs = line.runs ?? [];
    // Punctuation may hang up to an em past the edge; a note starts beyond half an em.
    const split = runs.findIndex(
      (run, i) => i > 0 && run.box.x >= edge + run.fontSize * 0.5 && runs[i - 1]!.box.x + runs[i - 1]!.box.width <= edge + run.fontSize,
    );
    if (split < 0) return [line];
    return [toLine(runs.slice(0, split), page), toLine(runs.slice(split), page)].filter((part): part is Line => part !== null);
  });
}

/** Share of a page's lines that must end at one right edge for its text to count as justified. */
const justifiedShare = 0.3;

/**
 * Runs whose boxes overlap vertically by at least half the smaller height, with baselines less
 * than half a line apart, share a row (superscripts included).
 */
function groupRows(runs: TextRun[]): TextRun[][] {
  const sorted = [...runs].sort((r, s) => r.box.y + r.box.height / 2 - (s.box.y + s.box.height / 2));
  const rows: { top: number; bottom: number; runs: TextRun[] }[] = [];
  for (const run of sorted) {
    const top = run.box.y;
    const bottom = run.box.y + run.box.height;
    // Only the last few rows can overlap a run coming later in top-to-bottom order.
    let target: (typeof rows)[number] | undefined;
    for (let i = rows.length - 1; i >= Math.max(0, rows.length - 4); i--) {
      const row = rows[i]!;
      const overlap = Math.min(bottom, row.bottom) - Math.max(top, row.top);
      const height = row.bottom - row.top;
      // Baselines close too: a large drop number beside two lines of text belongs to neither.
      const nearBaseline = Math.abs(bottom - row.bottom) < 0.5 * Math.max(run.box.height, height);
      if (overlap >= 0.5 * Math.min(run.box.height, height) && nearBaseline) {
        target = row;
        break;
      }
    }
    if (target) {
      target.runs.push(run);
      // The row's band is its tallest run's: a superscript does not widen it.
      if (bottom - top > target.bottom - target.top) {
        target.top = top;
        target.bottom = bottom;
      }
    } else {
      rows.push({ top, bottom, runs: [run] });
    }
  }
  return rows.map((row) => row.runs.sort((r, s) => r.box.x - s.box.x));
}

function splitAtColumnGaps(row: TextRun[]): TextRun[][] {
  const segments: TextRun[][] = [];
  let current: TextRun[] = [];
  let right = -Infinity;
  for (const run of row) {
    if (run.text.trim() === '') {
      if (current.length > 0) current.push(run);
      continue;
    }
    if (current.length > 0 && run.box.x - right > columnGap * run.fontSize) {
      segments.push(current);
      current = [];
    }
    current.push(run);
    right = Math.max(right, run.box.x + run.box.width);
  }
  if (current.length > 0) segments.push(current);
  return segments.map(trimSpaceRuns).filter((segment) => segment.length > 0);
}

function trimSpaceRuns(runs: TextRun[]): TextRun[] {
  let end = runs.length;
  while (end > 0 && runs[end - 1]!.text.trim() === '') end--;
  return runs.slice(0, end);
}

/** The line that runs standing on one row make (null when none of them is inked). */
export function toLine(runs: TextRun[], page: number): Line | null {
  const inked = runs.filter((run) => run.text.trim() !== '');
  if (inked.length === 0) return null;
  const { text, boldSpans } = runsText(inked);
  const bold = inked.every((r) => r.bold);
  const x = Math.min(...inked.map((r) => r.box.x));
  const y = Math.min(...inked.map((r) => r.box.y));
  const right = Math.max(...inked.map((r) => r.box.x + r.box.width));
  const bottom = Math.max(...inked.map((r) => r.box.y + r.box.height));
  return {
    text,
    page,
    box: { x, y, width: right - x, height: bottom - y },
    fontSize: dominantFontSize(inked),
    bold,
    ...(!bold && boldSpans.length > 0 ? { boldSpans } : {}),
    runs: inked,
  };
}

/**
 * The text of runs standing on one line, left to right, with the spaces their positions call
 * for, footnote references as superscript digits, and the spans of the bold runs.
 */
export function runsText(runs: TextRun[]): { text: string; boldSpans: [number, number][] } {
  const inked = runs.filter((run) => run.text.trim() !== '');
  const letterSpacing = lineLetterSpacing(inked);
  const size = dominantFontSize(inked);
  const baseline = Math.max(...inked.filter((r) => Math.abs(r.fontSize - size) < 0.5).map((r) => r.box.y + r.box.height));
  let text = '';
  let previous: TextRun | undefined;
  const boldSpans: [number, number][] = [];
  // A full-width mark made ASCII at the end of the previous run leaves the space its width held.
  let spaceHeld = false;
  const line = inked.map((run) => run.text).join('');
  for (const [index, run] of inked.entries()) {
    const repaired = repairText(symbolFontText(run.text, run.fontName), { before: text, after: inked[index + 1]?.text, line });
    const piece = isSuperscript(run, size, baseline) ? toSuperscript(run.text.trim()) : normalizeRunText(repaired);
    if (previous) {
      const gap = run.box.x - (previous.box.x + previous.box.width);
      const em = Math.min(run.fontSize, previous.fontSize);
      const extra = gap - letterSpacing;
      const before = text.slice(-1);
      const after = piece.charAt(0);
      // Between two Chinese characters only a gap standing out from the line's spacing is a space
      // (a list that a cell wrapped: "江苏 天津").
      if (isHan(before) && isHan(after) ? extra > hanGap * em : needsSpace(before, after, spaceHeld || extra > wordGap * em)) text += ' ';
    }
    spaceHeld = /\s$/.test(repaired) && !/\s$/.test(run.text);
    if (run.bold) {
      const last = boldSpans.at(-1);
      // A space between two bold runs stays inside the span.
      if (last && last[1] >= text.trimEnd().length) last[1] = text.length + piece.length;
      else boldSpans.push([text.length, text.length + piece.length]);
    }
    text += piece;
    previous = run;
  }
  return { text, boldSpans };
}

/** A footnote reference: a small number raised above the line's baseline. */
function isSuperscript(run: TextRun, size: number, baseline: number): boolean {
  return run.fontSize <= size * 0.8 && run.box.y + run.box.height < baseline - size * 0.2 && /^\s*\d{1,3}\s*$/.test(run.text);
}

/** Footnote references as superscript digits, so that no later stage reads them as numbers of the text. */
function toSuperscript(digits: string): string {
  return digits.replace(/\d/g, (digit) => superscriptDigits[Number(digit)]!);
}

/**
 * Inside one run: drop spaces between wide characters, collapse the others. (pdf.js puts spaces
 * inside a run where glyphs stand apart, and its runs carry no per-glyph positions to tell a
 * justification gap from a space of the text.)
 */
function normalizeRunText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(\S) (?=(\S))/gu, (match, before: string, after: string) => (needsSpace(before, after, true) ? match : before));
}

/** Whether a space belongs between two characters that stand `apart` (or not) on the line. */
function needsSpace(before: string, after: string, apart: boolean): boolean {
  if (before === '' || after === '') return false;
  // Curly quotes serve Chinese and English alike: they follow the text they stand beside.
  if (quote.test(before) || quote.test(after)) return apart && !wide.test(quote.test(before) ? after : before);
  if (widePunctuation.test(before) || widePunctuation.test(after)) return false;
  if (wide.test(before) && wide.test(after)) return false;
  return apart;
}

/**
 * The extra spacing a justified line puts between characters: the median gap between runs that
 * meet at two Chinese characters (0 when there is none to measure).
 */
function lineLetterSpacing(runs: TextRun[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < runs.length; i++) {
    const a = runs[i - 1]!;
    const b = runs[i]!;
    if (wide.test(a.text.trim().slice(-1)) && wide.test(b.text.trim().charAt(0))) gaps.push(b.box.x - (a.box.x + a.box.width));
  }
  // A word spaced out character by character ("前 言", "目 录") is all letter spacing.
  const spacedOut = runs.length >= 2 && runs.every((run) => [...run.text.trim()].length === 1 && isHan(run.text.trim()));
  if (gaps.length < 2 && !spacedOut) return 0;
  gaps.sort((p, q) => p - q);
  return Math.max(0, gaps[Math.floor(gaps.length / 2)]!);
}

/** The font size carrying most characters of the line. */
function dominantFontSize(runs: TextRun[]): number {
  const weight = new Map<number, number>();
  for (const run of runs) {
    const size = Math.round(run.fontSize * 10) / 10;
    weight.set(size, (weight.get(size) ?? 0) + run.text.length);
  }
  return [...weight].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
}
