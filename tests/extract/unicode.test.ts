import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract/index.js';
import { correctMisread, misreadCharacters } from '../../pipeline/extract/misread.js';
import { convert, type RenderedDocument } from '../../pipeline/index.js';
import { fixture, hasShared, shared } from '../helpers.js';
import { characterErrorRate, markdownBody } from '../quality/metrics.js';

/** Radicals, strokes, compatibility ideographs, private-use and control characters: never in the output. */
const unrepaired = /[\u2E80-\u2FDF\u31C0-\u31EF\uF900-\uFAFF\uE000-\uF8FF\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;

/** The text a reader sees on the page: the HTML the fixture was printed from, tags left out. */
function htmlText(path: string): string {
  const body = readFileSync(path, 'utf8').replace(/^[\s\S]*<body>/, '').replace(/<\/body>[\s\S]*$/, '');
  return body.replace(/<[^>]+>/g, '\n');
}

describe('Chromium (Skia) PDF whose glyphs map to Kangxi radicals and CJK Radicals Supplement', () => {
  const pdf = fixture('chromium/report.pdf');
  let doc: RenderedDocument;
  beforeAll(async () => {
    doc = await convert(pdf);
  }, 60_000);

  it('holds radical code points in its text layer (what pdf.js reads)', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const loaded = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(pdf)), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
    const content = await (await loaded.getPage(1)).getTextContent();
    const raw = content.items.map((item) => ('str' in item ? item.str : '')).join('');
    await loaded.destroy();
    expect(raw).toMatch(/[⽹⻔⼾⻓]/u);
  });

  it('reads every character as the page shows it, with no radical in the Markdown', () => {
    expect(markdownBody(doc.markdown)).not.toMatch(unrepaired);
    expect(characterErrorRate(doc.markdown, htmlText(fixture('chromium/report.html')))).toBe(0);
    expect(doc.markdown).toContain('全市门户网站用户数达到1,250万户');
    expect(doc.title).toBe('城市网络发展报告（2023年）');
  });

  it('keeps facts whose subjects are read right', () => {
    const users = doc.facts.find((fact) => fact.text.startsWith('1,250'));
    expect(users?.sentence).toContain('门户网站用户数');
  });
});

describe('fonts whose Unicode map reads spaces, hyphens and symbols as Chinese characters', () => {
  const setFont = 1;
  const showText = 2;
  const glyphs = (text: string, widths: Record<string, number> = {}) => [...text].map((char) => ({ unicode: char, width: widths[char] ?? (/\p{Script=Han}/u.test(char) ? 1000 : 500) }));
  const operators = (...shows: [string, ReturnType<typeof glyphs>][]) => ({
    fnArray: shows.flatMap(() => [setFont, showText]),
    argsArray: shows.flatMap(([font, drawn]) => [[font, 10], [drawn]]),
  });

  it('tells a narrow Han glyph in a Latin font for a space or a hyphen, and the font\'s other Han characters for Founder symbols', () => {
    const misread = misreadCharacters(
      operators(
        ['latin', glyphs('1007鄄5321(2021)02鄄0054', { 鄄: 332 })],
        ['latin', glyphs('TP393摇x伊y', { 摇: 250, 伊: 600 })],
        ['chinese', glyphs('一种信息中心移动自组网中的数据访问控制机制伊')],
      ),
      setFont,
      showText,
      () => 0.001,
    );
    expect(correctMisread('1007鄄5321', misread.get('latin'))).toBe('1007-5321');
    expect(correctMisread('TP393摇', misread.get('latin'))).toBe('TP393 ');
    expect(correctMisread('x伊y', misread.get('latin'))).toBe('x×y');
    // The Chinese font draws its characters one em wide: nothing of it is misread.
    expect(misread.has('chinese')).toBe(false);
  });

  it('leaves a Chinese font with wrong widths for many characters as it reads', () => {
    const misread = misreadCharacters(operators(['wrong', glyphs('一种信息中心移动', { 一: 300, 种: 300, 信: 300, 息: 300, 中: 300 })]), setFont, showText, () => 0.001);
    expect(misread.has('wrong')).toBe(false);
  });

  it.skipIf(!hasShared)('reads a real Founder-typeset paper without 摇, 鄄 or 郾', async () => {
    const doc = await extract({ path: join(shared, 'real2', 'zh_paper_jbupt_2021_access_control.pdf') });
    const text = doc.pages.flatMap((page) => page.lines.map((line) => line.text)).join('\n');
    expect(text).not.toMatch(/[摇鄄郾]/u);
    expect(text).toContain('1007-5321(2021)02-0054-07');
    expect(text).toContain('Information-Centric');
  }, 60_000);
});
