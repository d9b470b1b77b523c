/**
 * What a page's text layer must look like to be read as text: the code points that mean a font
 * maps its glyphs to nothing (or to the wrong characters), and the shares above which a page's
 * text is garbage rather than a report's words.
 */
export interface TextLayerTables {
  /** Glyphs with no Unicode meaning: private use, controls, the replacement character. */
  meaningless: RegExp;
  /**
   * Characters a Chinese report does not set but a wrong ToUnicode map lands on: Hangul, CJK
   * Extension A and beyond, Yi syllables, box drawing, dingbats and miscellaneous symbols.
   */
  foreignToChinese: RegExp;
  /** ASCII symbols that running text rarely uses but Latin letters shifted by a few code points become. */
  asciiSymbol: RegExp;
  /** English function words: any page of English prose has them. */
  functionWords: ReadonlySet<string>;
  /** Below this many non-space characters a page has no text to judge: empty. */
  minimumCharacters: number;
  /** A page is Chinese when at least this share of its letters are Han characters. */
  chineseShare: number;
  /** Garbage from this share of meaningless (or, in Chinese, foreign) characters on. */
  maximumMeaninglessShare: number;
  /** Garbage from this share of Han characters outside the common set on (with at least minimumHan of them). */
  maximumRareHanShare: number;
  minimumHan: number;
  /** Garbage from this share of ASCII symbols among the ASCII characters on (with at least minimumLatin letters). */
  maximumAsciiSymbolShare: number;
  minimumLatin: number;
  /** English prose has at least this share of function words among its words (with at least minimumWords). */
  minimumFunctionWordShare: number;
  minimumWords: number;
  /** A page with less text than minimumCharacters but images over this share of its area is a scan. */
  scannedImageShare: number;
}

export const textLayerTables: TextLayerTables = {
  meaningless: /[\uE000-\uF8FF\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\u{F0000}-\u{10FFFF}]/gu,
  foreignToChinese: /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF\u3400-\u4DBF\uA000-\uA4CF\u2500-\u259F\u2600-\u27BF]|[\u{20000}-\u{3FFFF}]/gu,
  asciiSymbol: /[!#$&*+<=>@[\\\]^_`{|}~]/g,
  functionWords: new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'for', 'on', 'that', 'with', 'by', 'as', 'are', 'was', 'be', 'it', 'from', 'at', 'or', 'this', 'an', 'which', 'we', 'our', 'not', 'has', 'have']),
  minimumCharacters: 20,
  chineseShare: 0.3,
  maximumMeaninglessShare: 0.1,
  maximumRareHanShare: 0.15,
  minimumHan: 20,
  maximumAsciiSymbolShare: 0.12,
  minimumLatin: 40,
  minimumFunctionWordShare: 0.05,
  minimumWords: 30,
  scannedImageShare: 0.3,
};
