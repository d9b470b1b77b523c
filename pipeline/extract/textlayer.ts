import { hanCharacter } from '../lang/script.js';
import { textLayerTables as tables } from '../lang/textlayer.js';

/** What a page's text layer gives: text to use, garbage from wrong font maps, or (next to) nothing. */
export type TextLayerVerdict = 'readable' | 'garbage' | 'empty';

export interface TextLayerJudgement {
  verdict: TextLayerVerdict;
  /** Why, for a person: "62% of its characters are private-use or control code points". */
  reason?: string;
}

const han = new RegExp(hanCharacter.source, 'gu');
const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * Judges a page's text from its characters alone. commonHan is the set of Han characters a
 * report may use (the OCR model's dictionary): a wrong ToUnicode map lands on rare ones.
 */
export function judgeTextLayer(text: string, commonHan: ReadonlySet<string>): TextLayerJudgement {
  const characters = [...text.replace(/\s+/g, '')];
  if (characters.length < tables.minimumCharacters) return { verdict: 'empty' };
  const joined = characters.join('');
  const count = (pattern: RegExp) => joined.match(pattern)?.length ?? 0;
  const hanCharacters = joined.match(han) ?? [];
  const latinLetters = count(/[A-Za-z]/g);
  const chinese = hanCharacters.length >= tables.chineseShare * (hanCharacters.length + latinLetters);
  const meaningless = count(tables.meaningless) + (chinese ? count(tables.foreignToChinese) : 0);
  if (meaningless / characters.length >= tables.maximumMeaninglessShare) {
    return { verdict: 'garbage', reason: `${percent(meaningless / characters.length)} of its characters are private-use, control or out-of-place code points (fonts without a right Unicode map)` };
  }
  if (chinese && hanCharacters.length >= tables.minimumHan) {
    const rare = hanCharacters.filter((char) => !commonHan.has(char)).length;
    if (rare / hanCharacters.length >= tables.maximumRareHanShare) {
      return { verdict: 'garbage', reason: `${percent(rare / hanCharacters.length)} of its Chinese characters are rare ones no report sets (fonts with a wrong Unicode map)` };
    }
  }
  if (!chinese && latinLetters >= tables.minimumLatin) {
    const ascii = count(/[\x21-\x7E]/g);
    const symbols = count(tables.asciiSymbol);
    if (symbols / ascii >= tables.maximumAsciiSymbolShare) {
      return { verdict: 'garbage', reason: `${percent(symbols / ascii)} of its Latin text is symbols such as * $ " (letters shifted by a wrong font map)` };
    }
    const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
    if (words.length >= tables.minimumWords && functionWordShare(words) < tables.minimumFunctionWordShare) {
      return { verdict: 'garbage', reason: 'its Latin text has no words of the language (letters shifted by a wrong font map)' };
    }
  }
  return { verdict: 'readable' };
}

function functionWordShare(words: string[]): number {
  return words.filter((word) => tables.functionWords.has(word)).length / words.length;
}
