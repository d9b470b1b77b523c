import { hanCharacter } from '../lang/script.js';
import { founderSymbol } from '../lang/unicode.js';

/** What the operator list says of one drawn glyph. */
interface DrawnGlyph {
  unicode?: string;
  width?: number;
}

interface OperatorList {
  fnArray: number[];
  argsArray: unknown[][];
}

/** A Han character is drawn about one em wide; a glyph narrower than this share of an em is not one. */
const narrowestIdeograph = 0.6;
/** Narrower than this a glyph draws nothing of its own (an overlay, a zero-width mark): not a space either. */
const narrowestSpace = 0.1;

/** The most distinct Han characters a Chinese font may draw narrow for them to be misread glyphs (a space, a hyphen). */
const maximumNarrowInChineseFont = 3;

const asciiAlphanumeric = /^[A-Za-z0-9]$/;

interface FontGlyphs {
  glyphs: number;
  han: number;
  /** Per Han character drawn narrow: how often, and how often between two Latin letters or digits. */
  narrow: Map<string, { count: number; joining: number }>;
  hanChars: Set<string>;
}

/**
 * Characters a font's Unicode map gets wrong, per font (by pdf.js's loaded name). A Han character
 * drawn with a glyph far narrower than an ideograph
 * tells a glyph whose map reads it as a Chinese character (Founder fonts map the space to 摇, the
 * hyphen to 鄄). In a Latin or symbol font every Han character is then the symbol of the Founder
 * encoding it stands for; a narrow one without such a symbol is a hyphen where it mostly stands
 * between two Latin letters or digits, otherwise a space.
 */
export function misreadCharacters(
  operators: OperatorList,
  setFont: number,
  showText: number,
  emPerUnit: (font: string) => number,
): Map<string, Map<string, string>> {
  const fonts = new Map<string, FontGlyphs>();
  let font = '';
  for (let i = 0; i < operators.fnArray.length; i++) {
    const fn = operators.fnArray[i];
    if (fn === setFont) font = String(operators.argsArray[i]![0]);
    if (fn !== showText) continue;
    const glyphs = (operators.argsArray[i]![0] as (DrawnGlyph | number | null)[]).filter(
      (glyph): glyph is DrawnGlyph => glyph !== null && typeof glyph === 'object',
    );
    let seen = fonts.get(font);
    if (!seen) fonts.set(font, (seen = { glyphs: 0, han: 0, narrow: new Map(), hanChars: new Set() }));
    seen.glyphs += glyphs.length;
    glyphs.forEach((glyph, index) => {
      const char = glyph.unicode ?? '';
      if (!hanCharacter.test(char)) return;
      seen.han++;
      seen.hanChars.add(char);
      const width = (glyph.width ?? 0) * emPerUnit(font);
      if (width >= narrowestIdeograph || width < narrowestSpace) return;
      const count = seen.narrow.get(char) ?? { count: 0, joining: 0 };
      seen.narrow.set(char, count);
      count.count++;
      if (asciiAlphanumeric.test(glyphs[index - 1]?.unicode ?? '') && asciiAlphanumeric.test(glyphs[index + 1]?.unicode ?? '')) count.joining++;
    });
  }
  const misread = new Map<string, Map<string, string>>();
  for (const [name, seen] of fonts) {
    const latinFont = seen.han * 2 <= seen.glyphs;
    // A Chinese font drawing many characters narrow has wrong widths, not a few misread glyphs.
    if (seen.narrow.size === 0 || (!latinFont && seen.narrow.size > maximumNarrowInChineseFont)) continue;
    const corrections = new Map<string, string>();
    // In a Latin font every Han character is misread; in a Chinese font only the narrow ones.
    for (const char of latinFont ? seen.hanChars : seen.narrow.keys()) {
      const narrow = seen.narrow.get(char);
      const symbol = founderSymbol(char) ?? (narrow ? (narrow.joining * 2 > narrow.count ? '-' : ' ') : undefined);
      if (symbol !== undefined) corrections.set(char, symbol);
    }
    misread.set(name, corrections);
  }
  return misread;
}

/** A text item's text with the characters its font misreads (see misreadCharacters) put right. */
export function correctMisread(text: string, misread: Map<string, string> | undefined): string {
  if (!misread) return text;
  return [...text].map((char) => misread.get(char) ?? char).join('');
}
