import type { LayoutTables } from '../lang/index.js';
import { closingMarks } from '../lang/marks.js';

/**
 * Splits a block's text into [start, end) sentence ranges. A sentence ends at one of the
 * language's end marks (plus any closing quotes or brackets after it); a '.' between digits or
 * after a one-letter abbreviation does not end one.
 */
export function splitSentences(text: string, layout: LayoutTables): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (!layout.sentenceEnd.includes(char)) continue;
    if (char === '.' && !isSentencePeriod(text, index)) continue;
    let end = index + 1;
    while (end < text.length && closingMarks.includes(text[end]!)) end++;
    pushTrimmed(text, start, end, ranges);
    start = end;
    index = end - 1;
  }
  pushTrimmed(text, start, text.length, ranges);
  return ranges;
}

function isSentencePeriod(text: string, index: number): boolean {
  const before = text[index - 1] ?? '';
  const after = text[index + 1] ?? '';
  if (/\d/.test(before) && /\d/.test(after)) return false;
  if (after !== '' && !/\s/.test(after) && !closingMarks.includes(after)) return false;
  // "U.S." "e.g." "No." "Nov. 2020" and single capitals are abbreviations, not sentence ends.
  const word = /([A-Za-z.]+)$/.exec(text.slice(0, index))?.[1] ?? '';
  if (/^(?:[A-Z]|[a-z]\.[a-z]|e\.g|i\.e|etc|vs|No|Nos|Fig|approx|U\.S|Mr|Ms|Dr|Art|Vol|Prof|Dept|al|cf)$/.test(word)) return false;
  if (/^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/.test(word) && /^\s+\d/.test(text.slice(index + 1))) return false;
  return true;
}

function pushTrimmed(text: string, start: number, end: number, ranges: [number, number][]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) ranges.push([s, e]);
}
