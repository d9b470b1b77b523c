import { describe, expect, it } from 'vitest';
import { radicalIdeographs } from '../../pipeline/lang/radicals.js';
import { chineseScript, founderSymbol, repairCharacter, repairText, symbolFontText } from '../../pipeline/lang/unicode.js';

describe('unicode repair tables', () => {
  it('give every Kangxi radical and CJK Radicals Supplement character a unified ideograph', () => {
    for (const [radical, ideograph] of radicalIdeographs) {
      const code = radical.codePointAt(0)!;
      expect(code >= 0x2e80 && code <= 0x2fdf ? true : code >= 0x31c0 && code <= 0x31ef, radical).toBe(true);
      expect(ideograph, radical).toMatch(/^\p{Script=Han}$/u);
    }
    // NFKC says the same for the Kangxi radicals.
    for (let code = 0x2f00; code <= 0x2fd5; code++) {
      const radical = String.fromCodePoint(code);
      expect(radicalIdeographs.get(radical), radical).toBe(radical.normalize('NFKC'));
    }
  });

  it.each([
    ['⽹', '网'],
    ['⼀', '一'],
    ['⻔', '门'],
    ['⻓', '长'],
    ['⻛', '风'],
    ['⻜', '飞'],
    ['⻢', '马'],
    ['⻋', '车'],
    ['⻅', '见'],
    ['⻉', '贝'],
    ['⻘', '青'],
    ['⻝', '食'],
    ['⻚', '页'],
    ['⼾', '户'],
    ['\uF9F4', '林'],
    ['\uFA10', '塚'],
    ['３', '3'],
    ['Ｘ', 'X'],
    ['ｑ', 'q'],
    ['\u0007', ''],
    ['\u0085', ''],
    ['\uFEFF', ''],
    ['\t', '\t'],
    ['，', '，'],
    ['网', '网'],
  ])('reads %j as %j', (char, meant) => {
    expect(repairCharacter(char)).toBe(meant);
  });

  it('reads the door radical as Traditional fonts draw it in Traditional text', () => {
    expect(repairCharacter('⼾', 'traditional')).toBe('戶');
    expect(chineseScript('這個門⼾網站的用⼾')).toBe('traditional');
    expect(chineseScript('这个门⼾网站的用⼾')).toBe('simplified');
    expect(repairText('⽤⼾數達到')).toBe('用戶數達到');
  });

  it.each([
    ['ｄｏｉ：１０．３９６９ ／ ｊ．ｉｓｓｎ．１６７３－６２９Ｘ', 'doi:10.3969 / j.issn.1673-629X'],
    ['第 ３０ 卷 第 １０ 期', '第 30 卷 第 10 期'],
    ['Ａｂｓｔｒａｃｔ：Ｔｒａｄｉｔｉｏｎａｌ ＩＰ ｍｕｌｔｉｃａｓｔ，ｗｈｉｃｈ', 'Abstract: Traditional IP multicast, which'],
    ['ｓｅｃｕｒｉｔｙ． Ｔｈｅ ｅｍｅｒｇｅｎｃｅ', 'security. The emergence'],
    ['ｓｅｃｕｒｉｔｙ．Ｔｈｅ', 'security. The'],
    ['ｍｕｌｔｉｃａｓｔ．', 'multicast.'],
    ['ＳＤＮ（ｓｏｆｔｗａｒｅ ｄｅｆｉｎｅｄ）ｍａｋｅｓ', 'SDN (software defined)makes'],
    ['［Ｃ］／／２０１４', '[C]／／2014'],
    ['ｉｎｃｒｅａｓｅｄ １２％，１５％', 'increased 12%，15%'],
    ['99.92%，98.35%', '99.92%，98.35%'],
    ['ｄｏｉ：10', 'doi:10'],
    ['doi：10', 'doi：10'],
    ['ｒｅ⁃', 're-'],
    ['增长１２．５％，', '增长12.5%，'],
    ['城市信息模型（ＣＩＭ）基础平台', '城市信息模型（CIM）基础平台'],
    ['２０２０年，全市：', '2020年，全市：'],
    ['（１）加快建设', '（1）加快建设'],
    ['⁃ 列表项', '⁃ 列表项'],
  ])('repairs %j as %j', (text, repaired) => {
    expect(repairText(text)).toBe(repaired);
  });

  it('takes the characters beside a run on its line as context', () => {
    expect(repairText('．３９６９', { before: 'doi:10' })).toBe('.3969');
    expect(repairText('ｊ．', { before: 'doi:10.3969/', after: 'ｉｓｓｎ' })).toBe('j.');
    expect(repairText('．', { before: '规模', after: '３' })).toBe('．');
    expect(repairText('，', { before: 'IP', after: 'and', line: 'ＩＰ，and' })).toBe(', ');
  });

  it.each([
    ['摇', ' '],
    ['伊', '×'],
    ['臆', '≤'],
    ['沂', '∈'],
    ['酌', 'γ'],
    ['姿', 'λ'],
    ['郾', '.'],
    ['鄄', '-'],
    ['网', undefined],
  ])('reads the Founder misread glyph %j as %j', (char, symbol) => {
    expect(founderSymbol(char)).toBe(symbol);
  });
});

describe('symbol fonts', () => {
  it('read a symbol font\'s codes as the characters they draw, by the font\'s name', () => {
    const cases: [text: string, font: string, read: string][] = [
      ['\uF0FC', 'Wingdings-Regular', '✓'],
      ['\uF0A7 要点', 'Wingdings', '▪ 要点'],
      ['\uF0D8 Outlook', 'ABCDEF+Wingdings', '➢ Outlook'],
      ['\uF0B7 item', 'Symbol', '• item'],
      ['x \uF0A3 5', 'SymbolMT', 'x ≤ 5'],
      ['\uF034', 'ZapfDingbats', '✔'],
    ];
    for (const [text, font, read] of cases) expect(symbolFontText(text, font), `${text} in ${font}`).toBe(read);
  });

  it('leave out private-use characters no table knows, and text without them alone', () => {
    expect(symbolFontText('\uF0FC', 'SimSun')).toBe('');
    expect(symbolFontText('\uF021', 'Wingdings')).toBe('');
    expect(symbolFontText('图\uE5E5表', 'FZSSK')).toBe('图表');
    expect(symbolFontText('普通文字 ✓', 'Wingdings')).toBe('普通文字 ✓');
  });
});
