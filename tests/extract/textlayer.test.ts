import { describe, expect, it } from 'vitest';
import { commonHanCharacters } from '../../pipeline/extract/ocr/index.js';
import { judgeTextLayer, type TextLayerVerdict } from '../../pipeline/extract/textlayer.js';

const chinese = '信息基础设施建设规模全球领先。我国建成全球规模最大的光纤网络和 4G 网络，固定宽带家庭普及率由 2015 年底的 52.6% 提升到 2020 年底的 96%。';
const english = 'The number of mobile broadband users rose from 57.4 per cent at the end of 2015 to 108 per cent at the end of 2020, and the country built the largest optical fibre network in the world.';
/** Each code point one higher: what a font map off by one gives. */
const shiftedByOne = (text: string) => text.replace(/[A-Za-z]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 1));

const cases: { name: string; text: string; verdict: TextLayerVerdict; reason?: RegExp }[] = [
  { name: 'Chinese report prose', text: chinese, verdict: 'readable' },
  { name: 'English report prose', text: english, verdict: 'readable' },
  { name: 'a page number alone', text: '— 3 —', verdict: 'empty' },
  { name: 'nothing', text: '', verdict: 'empty' },
  { name: 'private-use code points (fonts without a Unicode map)', text: '\uE001\uE002\uE003\uE004'.repeat(8), verdict: 'garbage', reason: /private-use/ },
  { name: 'control characters', text: '\u0003\u0004\u0011\u0012 (%13 '.repeat(6), verdict: 'garbage', reason: /control/ },
  { name: 'Hangul and CJK Extension A in Chinese text', text: '⛼╙丘㰅篺국가㐀㐁中国发展报告的建设和'.repeat(3), verdict: 'garbage', reason: /out-of-place/ },
  { name: 'rare Han characters from a scrambled map', text: '扑悅簉兟生昢镎吽悛蜉叻鬫叹髂檊旆摭覠幜苡瓒鈽龈刲摭比蚡悅膻长叼鬫叹竄鐗虍蚠昢噿膻鮙吽泙簉兟', verdict: 'garbage', reason: /rare/ },
  { name: 'Latin shifted into ASCII symbols', text: '*%$%BUB"HF &$BUB =FOUFS #VJMEJOH <>@ ^_`{| '.repeat(3), verdict: 'garbage', reason: /symbols/ },
  { name: 'English shifted by one code point', text: shiftedByOne(english), verdict: 'garbage', reason: /no words of the language/ },
  { name: 'a table of figures', text: '2015 2016 2017 2018 2019 2020 52.6% 57.4% 96% 108% 4.9 8.16 10 11', verdict: 'readable' },
];

describe('the text-layer check of a page', async () => {
  const commonHan = await commonHanCharacters();
  it.each(cases)('$name: $verdict', ({ text, verdict, reason }) => {
    const judgement = judgeTextLayer(text, commonHan);
    expect(judgement.verdict).toBe(verdict);
    if (reason) expect(judgement.reason).toMatch(reason);
  });
});
