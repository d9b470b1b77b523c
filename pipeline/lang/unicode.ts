import { radicalIdeographs } from './radicals.js';
import { symbolFontCharacters } from './symbols.js';
import { wideCharacter } from './script.js';

/**
 * Repairs of the code points PDF producers write for a text's characters, applied to each run
 * of text as it is read: radicals and compatibility ideographs for the unified ideographs they
 * stand for, full-width Latin letters, digits and the marks between them for ASCII, no control
 * characters.
 */

/** C0 and C1 control characters other than tab and line feed, DEL, the zero-width space and the byte-order mark: nothing a reader sees. */
const invisibleCharacter = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B\uFEFF]/u;
/** CJK compatibility ideographs: each has a canonical decomposition to one unified ideograph. */
const compatibilityIdeograph = /[\uF900-\uFAFF\u{2F800}-\u{2FA1F}]/u;
/** Full-width digits and Latin letters (０-９, Ａ-Ｚ, ａ-ｚ). */
const fullWidthAlphanumeric = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/u;
/**
 * Full-width marks that stand between Latin letters or digits as their ASCII forms do
 * (１０．３９６９, １６７３－６２９Ｘ, ｉｓｓｎ／ｄｏｉ); brackets stay, being paired across text.
 */
const fullWidthJoiner = /[\uFF01-\uFF07\uFF0A-\uFF0F\uFF1A-\uFF20\uFF3C\uFF3E-\uFF40\uFF5C\uFF5E]/u;
/** Of those, the marks that a space follows in Latin text: full-width, they carry that space in their width. */
const spacedAfter = /[，：；！？]/u;
/** The hyphen bullet ⁃, which some typesetters put where a word is hyphenated at the line end (ｒｅ⁃ｓｅａｒｃｈ). */
const hyphenBullet = '\u2043';

const asciiAlphanumeric = /[A-Za-z0-9]/;
const asciiLetter = /[A-Za-z]/;

/** The ASCII form of a full-width character of U+FF01–U+FF5E. */
const halfWidth = (char: string) => String.fromCharCode(char.charCodeAt(0) - 0xfee0);

/**
 * Radicals whose glyph in Simplified Chinese fonts (Noto Sans CJK SC, Source Han Sans SC) is a
 * simplified character other than their Unicode equivalent: the font gives both code points one
 * glyph, and a producer writing the lower one writes the radical (⼾ for 户, where Traditional fonts
 * draw 戶).
 */
const simplifiedRadicalForms: ReadonlyMap<string, string> = new Map([
  ['⼾', '户'],
  ['⺕', '彐'],
]);

/** Frequent characters that Simplified and Traditional Chinese write differently, pair by pair: which script a text is set in. */
const simplifiedForms = '们这来时个为国发经业会产数网对说进过动与从电关实现还将应万达门长车马见贝风飞';
const traditionalForms = '們這來時個為國發經業會產數網對說進過動與從電關實現還將應萬達門長車馬見貝風飛';

export type ChineseScript = 'simplified' | 'traditional';

/** Traditional when a text holds more characters of the Traditional forms than of the Simplified ones; Simplified otherwise. */
export function chineseScript(text: string): ChineseScript {
  let balance = 0;
  for (const char of text) {
    if (simplifiedForms.includes(char)) balance++;
    else if (traditionalForms.includes(char)) balance--;
  }
  return balance < 0 ? 'traditional' : 'simplified';
}

/**
 * The character a single code point stands for, without context: a radical's ideograph (as the
 * text's script draws it), a compatibility ideograph's unified form, a full-width letter's or
 * digit's ASCII form; '' for an invisible character.
 */
export function repairCharacter(char: string, script: ChineseScript = 'simplified'): string {
  if (invisibleCharacter.test(char)) return '';
  const ideograph = (script === 'simplified' ? simplifiedRadicalForms.get(char) : undefined) ?? radicalIdeographs.get(char);
  if (ideograph) return ideograph;
  if (compatibilityIdeograph.test(char)) return char.normalize('NFC');
  if (fullWidthAlphanumeric.test(char)) return halfWidth(char);
  return char;
}

/** Where a run stands: the text before it on its line (already repaired), the raw text after it, and the raw text of its whole line. */
export interface RunContext {
  before?: string;
  after?: string;
  line?: string;
}

/**
 * A run's text repaired (see repairCharacter). On a line that sets Latin letters or digits in
 * full width, the full-width marks between them become ASCII too: a mark whose nearest
 * neighbours (spaces aside) are ASCII letters or digits, a comma or colon only beside a letter
 * (`ｄｏｉ：１０．３９６９ ／ ｊ．ｉｓｓｎ` → `doi:10.3969 / j.issn`), a full stop after a word at
 * the end, brackets around Latin words that follow no Chinese character. A comma or colon
 * between words, or a full stop before a capital, gets the space its full width held. Lines
 * with ASCII Latin keep their full-width marks (`99.92%，98.35%`, `模型（CIM）`).
 */
export function repairText(text: string, { before = '', after = '', line = before + text + after }: RunContext = {}): string {
  const script = chineseScript(line);
  const fullWidthLatin = fullWidthAlphanumeric.test(line);
  const repaired = [...text].map((char) => repairCharacter(char, script)).filter((char) => char !== '');
  const chars = fullWidthLatin ? latinBrackets(repaired, before) : repaired;
  // The next character that decides: spaces and a run of marks (／／) skipped.
  const nextOf = (index: number) =>
    chars.slice(index + 1).find((char) => char !== ' ' && !fullWidthJoiner.test(char)) ?? repairCharacter([...after.trimStart()][0] ?? '', script);
  let out = '';
  chars.forEach((char, index) => {
    const previous = [...(before + out).trimEnd()].at(-1) ?? '';
    if (char === hyphenBullet && asciiAlphanumeric.test(previous)) {
      out += '-';
      return;
    }
    if (!fullWidthLatin || !fullWidthJoiner.test(char)) {
      out += char;
      return;
    }
    const next = nextOf(index);
    const ascii = halfWidth(char);
    const besideLetter = asciiLetter.test(previous) || asciiLetter.test(next);
    if (char === '％' && /[0-9]/.test(previous)) {
      out += ascii;
    } else if (asciiAlphanumeric.test(previous) && asciiAlphanumeric.test(next) && (besideLetter || !spacedAfter.test(char))) {
      const spaced = asciiLetter.test(previous) && (spacedAfter.test(char) ? asciiLetter.test(next) : char === '．' && /[A-Z]/.test(next));
      out += ascii + (spaced && chars[index + 1] !== ' ' ? ' ' : '');
    } else if (char === '．' && next === '' && asciiLetter.test(previous)) {
      out += ascii;
    } else {
      out += char;
    }
  });
  return out;
}

/** Full-width brackets and what they hold. */
const fullWidthBrackets: Record<string, string> = { '（': '）', '［': '］', '｛': '｝' };

/** Full-width brackets around ASCII text with a letter in it, after no Chinese character: `SDN（software defined）` → `SDN (software defined)`. */
function latinBrackets(chars: string[], before: string): string[] {
  const out = [...chars];
  for (let open = 0; open < out.length; open++) {
    const close = fullWidthBrackets[out[open]!];
    if (!close) continue;
    const end = out.indexOf(close, open + 1);
    if (end < 0) continue;
    const inside = out.slice(open + 1, end).join('').trim();
    const previous = out.slice(0, open).join('').trimEnd().at(-1) ?? before.trimEnd().at(-1) ?? '';
    if (!/^[\x20-\x7E]+$/.test(inside) || !/[A-Za-z]/.test(inside) || wideCharacter.test(previous)) continue;
    const space = asciiAlphanumeric.test(previous) && out[open - 1] !== ' ' ? ' ' : '';
    out.splice(open, end - open + 1, ...`${space}${halfWidth(out[open]!)}${inside}${halfWidth(close)}`);
    open += inside.length + space.length + 1;
  }
  return out;
}

/**
 * Founder (方正) typesetting's Latin and symbol fonts (E-BZ, E-HZ, …) carry Unicode maps that
 * read their glyphs as GBK Chinese characters: row D2 stands for GB 2312's symbol row A1 (摇 for
 * the ideographic space, 伊 for ×, 臆 for ≤, 沂 for ∈), row D7 for its Greek row A6 (酌 for γ,
 * 姿 for λ), and in row DB 郾 is the full stop and 鄄 the hyphen.
 */
const founderRows: { misread: number; meant: number }[] = [
  { misread: 0xd2, meant: 0xa1 },
  { misread: 0xd7, meant: 0xa6 },
];
const founderRowDB: Record<string, string> = { 郾: '.', 鄄: '-' };

const founderSymbols: ReadonlyMap<string, string> = (() => {
  const gbk = new TextDecoder('gbk');
  const symbols = new Map<string, string>(Object.entries(founderRowDB));
  for (const { misread, meant } of founderRows) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const han = gbk.decode(new Uint8Array([misread, cell]));
      const symbol = gbk.decode(new Uint8Array([meant, cell]));
      // Cells GB 2312 leaves empty decode to private-use code points: no symbol there.
      if (!/[\uE000-\uF8FF\uFFFD]/u.test(symbol)) symbols.set(han, symbol === '\u3000' ? ' ' : symbol);
    }
  }
  return symbols;
})();

/** The symbol a Founder Latin font's glyph stands for, when its Unicode map reads it as a Chinese character. */
export function founderSymbol(char: string): string | undefined {
  return founderSymbols.get(char);
}

/** The private-use block where pdf.js puts a symbol font's codes 0x20–0xFF. */
const symbolFontArea = /[\uF020-\uF0FF]/gu;
/** Private-use characters: a font's own glyphs, with no meaning a reader can see. */
const privateUse = /[\uE000-\uF8FF]/gu;

/**
 * A run's text with its symbol-font codes read as the characters they draw (Wingdings U+F0FC → ✓,
 * Symbol U+F0B7 → •) and other private-use characters left out: they stand for no text.
 */
export function symbolFontText(text: string, fontName: string): string {
  if (!/[\uE000-\uF8FF]/u.test(text)) return text;
  const table = symbolFontCharacters.find((entry) => entry.font.test(fontName))?.characters;
  return text.replace(symbolFontArea, (char) => table?.[char.codePointAt(0)! - 0xf000] ?? char).replace(privateUse, '');
}