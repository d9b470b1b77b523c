import type { PageNumberForm } from './types.js';

/**
 * Page numbers, footnote and list markers written the same way in every language: dashes,
 * digits, symbols and Roman numerals. The words of one language ("第 3 页", "Note:") are in its
 * layout tables.
 */

/** Dashes and dots a page number may stand between: "— 3 —", "- 3 -", "· 3 ·". */
const pageNumberDecoration = '[-—–－~·•]*';

export const neutralPageNumberForms: PageNumberForm[] = [
  { pattern: new RegExp(`^${pageNumberDecoration}\\s*(\\d{1,4})\\s*${pageNumberDecoration}$`), numerals: 'arabic' },
  // "3 / 34"
  { pattern: /^(\d{1,4})\s*\/\s*\d{1,4}$/, numerals: 'arabic' },
  // Front matter: "iv", "XII", "- ix -"; one case throughout.
  { pattern: /^[-—–－]?\s*([ivxlc]{1,7}|[IVXLC]{1,7})\s*[-—–－]?$/, numerals: 'roman' },
];

/** Superscript digits 0 to 9, in order: footnote references (²). */
export const superscriptDigits = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** Circled numbers 1 to 20, in order: footnote and list markers (①). */
export const circledNumbers = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** Markers that open a footnote: "1 …", "¹…", "①…", "[1] …", "* …". */
export const neutralFootnoteMarkers: RegExp[] = [/\d{1,3}\s/, new RegExp(`[${superscriptDigits}]+`), new RegExp(`[${circledNumbers}]`), /\[\d{1,3}\]/, /[*†‡]/];

/** Text that is only a number: a chart's tick or data label, a big figure in a callout ("12.5", "30%"); never a heading. */
export const bareNumber = /^[\d.,%\s]+$/;

/**
 * A table cell that is a number alone (after NFKC): 1,234.56, (5,702), -5,702, −5,702, △5,702,
 * $ 2,903, $ (0.06), 15.45%, 25.3x. Parentheses and △ mark negatives as statements write them.
 */
export const cellNumber =
  /^(?<currencyBefore>[$¥€£])?\s*(?<open>\()?\s*(?<currency>[$¥€£])?\s*(?<sign>[-−△+])?\s*(?<currencyAfterSign>[$¥€£])?\s*(?<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?<percent>%)?(?<multiple>[x倍])?\s*(?<close>\))?$/iu;

/** A table cell that holds no value: a dash, 'N/A', 不适用. */
export const emptyCell = /^(?:[-—–―~～]+|n\/?a|n\.?m\.?|不适用|无)$/iu;

/** A cell that is a value or stands for none: a number alone, a dash, a currency sign. */
export function isValueCell(text: string): boolean {
  const cell = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  return cellNumber.test(cell) || emptyCell.test(cell) || /^[$¥€£]$/u.test(cell);
}

/** The marker of a list item: "1.", "2)", "3、", "(3)", "•", "⚫", "–", then its text. */
export const listMarker = /^(?:\d{1,2}[.)．、]|[（(]\d{1,2}[）)]|[•·▪●◦■⚫–-])\s*\S/;

/** A field's label opening a line of a sidebar or a card: "分析师：", "证书编号：", "Email:" (a short label, then a colon). */
export const fieldLabel = /^[^\s：:，,。.；;]{1,8}[：:](?!\/\/)/u;
/** Dot leaders at a line's end, where a contents entry runs to its page number: ". . . .", "……", "·····". */
export const contentsLeader = /(?:(?:[.．·•]\s?){3,}|(?:[…‥]\s?){2,})\s*\d{0,4}\s*$/;
/** A contents entry: a title, then dot leaders or a gap, then the page number at the line end. */
export const contentsEntry = /\S(?:(?:\s?[.．·•]){3,}|(?:\s?[…‥]){2,}|\s)\s*\d{1,4}$/;

/** Closing quotes and brackets that may follow a sentence's end mark: 。” / .) */
export const closingMarks = '”’）)」』》】"\'';

/**
 * Text a document template leaves in the text layer for no reader: fields between hash marks
 * (＃title＃, ＃assAuthor＃, ＃相关报告relatedReport＃) and bookmark names in brackets
 * ([Table_Main], [Table_Author]).
 */
export const templateFields = /[＃#][^＃#\s]{0,20}?[A-Za-z][A-Za-z0-9_]{2,}[＃#]|\[[A-Za-z]+_[A-Za-z0-9_]+\]/gu;

/** A candidate for a tracking string: a long run of ASCII letters and digits. */
const longToken = /(?<![A-Za-z0-9])[A-Za-z0-9]{16,}(?![A-Za-z0-9])/g;

/**
 * A tracking string a distributor stamps on each copy (oXOAfUkUvZqQ…): random letters, about as
 * many capitals as small letters, the case changing as often as chance has it; no word, name,
 * code or hash looks so (CamelCase has a capital a word; hashes and serial numbers keep one case).
 */
export function isTrackingString(token: string): boolean {
  const upper = token.match(/[A-Z]/g)?.length ?? 0;
  const lower = token.match(/[a-z]/g)?.length ?? 0;
  const switches = token.match(/[a-z](?=[A-Z])|[A-Z](?=[a-z])/g)?.length ?? 0;
  const capitalShare = upper / Math.max(1, upper + lower);
  return capitalShare >= 0.3 && capitalShare <= 0.7 && switches >= token.length / 3;
}

/** [start, end) offsets of template fields and tracking strings in a text. */
export function templateSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const match of text.matchAll(templateFields)) spans.push([match.index, match.index + match[0].length]);
  for (const match of text.matchAll(longToken)) if (isTrackingString(match[0])) spans.push([match.index, match.index + match[0].length]);
  return spans;
}
