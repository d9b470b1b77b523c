/** Small text helpers shared by the facts engine. */

/** Escapes a literal for use inside a regular expression ('-' stays: escaped outside a class it is an error with the u flag). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** An alternation matching any of the words, longest first (so 个百分点 wins over 个). */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map(escapeRegExp)
    .join('|');
}

/** The longest word of the list that text has at position (after optional spaces), with its end. */
export function wordAt(text: string, position: number, words: readonly string[]): { word: string; start: number; end: number } | undefined {
  let start = position;
  while (start < text.length && text[start] === ' ') start++;
  let best: string | undefined;
  for (const word of words) {
    if (text.startsWith(word, start) && (!best || word.length > best.length) && !cutsLatinWord(text, start, word)) best = word;
  }
  return best === undefined ? undefined : { word: best, start, end: start + best.length };
}

/** The longest word of the list that ends at position (before optional spaces), with its start. */
export function wordBefore(text: string, position: number, words: readonly string[]): { word: string; start: number; end: number } | undefined {
  let end = position;
  while (end > 0 && text[end - 1] === ' ') end--;
  let best: string | undefined;
  for (const word of words) {
    if (text.endsWith(word, end) && (!best || word.length > best.length) && !cutsLatinWord(text, end - word.length, word)) best = word;
  }
  return best === undefined ? undefined : { word: best, start: end - best.length, end };
}

/** A Latin word matched inside a longer Latin word ('G' in 'GB', 'to' in 'total') is no match. */
function cutsLatinWord(text: string, start: number, word: string): boolean {
  const latin = /[A-Za-z]/;
  const end = start + word.length;
  return (latin.test(word[0]!) && latin.test(text[start - 1] ?? '')) || (latin.test(word.at(-1)!) && latin.test(text[end] ?? ''));
}

/**
 * Full-width digits, Latin letters, percent sign, slash, decimal point and hyphen (２０２０,
 * ９６．５％, ｄｏｉ：１０．３９６９／ｊ) as ASCII, one character for one, so that offsets do not move.
 */
export function halfWidthDigits(text: string): string {
  return text
    .replace(/[０-９％Ａ-Ｚａ-ｚ／]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/(?<=\d)．(?=\d)/g, '.')
    .replace(/(?<=[\dA-Za-z])－(?=[\dA-Za-z])/g, '-');
}
