import type { LayoutTables } from '../lang/index.js';
import { closingMarks } from '../lang/marks.js';
import { hanCharacter, wideCharacter } from '../lang/script.js';
import type { BlockKind } from '../types.js';

/** Where a line ends and the next begins with these, the wrap was a space between words. */
const wordEnd = /[A-Za-z0-9.,;:!?%)\]'"’”]$/;
const wordStart = /^[A-Za-z0-9(\['"‘“$€£¥]/;

/**
 * Joins the texts of consecutive lines of one paragraph: no separator where either side is a
 * Chinese character or full-width punctuation (a number stays with its unit: "27.2 万" + "亿"),
 * one space between Latin words, a word hyphenated at the line end made whole.
 */
export function joinLineTexts(texts: string[]): string {
  return texts.reduce((joined, text) => joinTwoLines(joined, text), '');
}

/**
 * Appends one line's text to a paragraph's text (see joinLineTexts). With hanLatinSpace, a wrap
 * between a Chinese character and a Latin letter or digit is a space, as the text sets them
 * within its lines (see spacesHanAndLatin).
 */
export function joinTwoLines(joined: string, next: string, hanLatinSpace = false): string {
  const text = next.trim();
  if (text === '') return joined;
  if (joined === '') return text;
  if (/[a-z]-$/.test(joined) && /^[a-z]/.test(text)) return joined.slice(0, -1) + text;
  const last = joined.slice(-1);
  const first = text.charAt(0);
  if (wideCharacter.test(last) || wideCharacter.test(first)) {
    const hanLatin = (hanCharacter.test(last) && latinOrDigit.test(first)) || (latinOrDigit.test(last) && hanCharacter.test(first));
    return hanLatinSpace && hanLatin ? joined + ' ' + text : joined + text;
  }
  return wordEnd.test(joined) && wordStart.test(text) ? joined + ' ' + text : joined + text;
}

const latinOrDigit = /[A-Za-z0-9%]/;

/**
 * Whether a text sets a space between Chinese characters and Latin letters or numbers
 * ("由 2015 年底"), counted where they meet within its lines, so that line wraps follow suit.
 */
export function spacesHanAndLatin(lines: string[]): boolean {
  const text = lines.join('\n');
  const spaced = text.match(/\p{Script=Han} [A-Za-z0-9]|[A-Za-z0-9%] \p{Script=Han}/gu)?.length ?? 0;
  const touching = text.match(/\p{Script=Han}[A-Za-z0-9]|[A-Za-z0-9%]\p{Script=Han}/gu)?.length ?? 0;
  return spaced > touching;
}

/** A table cell's text: no space after an enumeration comma (、), where a wrap inside the cell left one. */
export function cellText(text: string): string {
  return text.trim().replace(/、\s+/g, '、');
}

/** Removes Markdown-style **bold** markers, returning their spans in the cleaned text. */
export function parseBoldMarkers(text: string): { text: string; boldSpans: [number, number][] } {
  const boldSpans: [number, number][] = [];
  let out = '';
  let last = 0;
  for (const match of text.matchAll(/\*\*([^*]+)\*\*/g)) {
    out += text.slice(last, match.index);
    boldSpans.push([out.length, out.length + match[1]!.length]);
    out += match[1];
    last = match.index! + match[0].length;
  }
  out += text.slice(last);
  return { text: out, boldSpans };
}

export function classifyLine(text: string, layout: LayoutTables): BlockKind {
  if (layout.caption.test(text)) return 'caption';
  if (layout.source.test(text)) return 'source';
  return 'text';
}


/** True when the text ends a sentence (possibly followed by closing quotes or brackets) or a heading-like line. */
export function endsParagraph(text: string, layout: LayoutTables): boolean {
  const trimmed = text.trimEnd();
  let index = trimmed.length - 1;
  while (index >= 0 && closingMarks.includes(trimmed[index]!)) index--;
  const last = trimmed[index] ?? '';
  return (layout.sentenceEnd + '：:').includes(last) || layout.headingSchemes.some((scheme) => scheme.pattern.test(trimmed));
}

/** Width in half-width columns: a Chinese character or full-width mark counts two. */
export function visualWidth(text: string): number {
  let width = 0;
  for (const char of text) width += wideCharacter.test(char) ? 2 : 1;
  return width;
}
