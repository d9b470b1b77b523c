import type { LayoutTables } from '../lang/index.js';
import type { BlockKind } from '../types.js';

const wideChar = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF“”‘’—…·、]/u;

/**
 * Joins the texts of consecutive lines of one paragraph: no separator where either side is a
 * Chinese character or full-width punctuation, one space between Latin words.
 */
export function joinLineTexts(texts: string[]): string {
  let joined = '';
  for (const raw of texts) {
    const text = raw.trim();
    if (text === '') continue;
    if (joined === '') {
      joined = text;
      continue;
    }
    const last = joined.slice(-1);
    const first = text.charAt(0);
    if (last === '-' && /[a-z]/.test(first) && /[a-z]-$/.test(joined)) {
      // A word hyphenated at the line end.
      joined = joined.slice(0, -1) + text;
    } else {
      joined += wideChar.test(last) || wideChar.test(first) ? text : ' ' + text;
    }
  }
  return joined;
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

const closers = '”’）)」』》】';

/** True when the text ends a sentence (possibly followed by closing quotes or brackets) or a heading-like line. */
export function endsParagraph(text: string, layout: LayoutTables): boolean {
  const trimmed = text.trimEnd();
  let index = trimmed.length - 1;
  while (index >= 0 && closers.includes(trimmed[index]!)) index--;
  const last = trimmed[index] ?? '';
  return (layout.sentenceEnd + '：:').includes(last) || layout.headingSchemes.some((scheme) => scheme.pattern.test(trimmed));
}

/** Width in half-width columns: a Chinese character or full-width mark counts two. */
export function visualWidth(text: string): number {
  let width = 0;
  for (const char of text) width += wideChar.test(char) ? 2 : 1;
  return width;
}
