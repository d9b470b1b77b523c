import { describe, expect, it } from 'vitest';
import { assembleLines, splitMarginNotes } from '../../pipeline/extract/lines.js';
import type { TextRun } from '../../pipeline/types.js';

/** A run at x on the baseline at y (top-left origin), each character one em (Han) or half an em wide. */
function run(text: string, x: number, y = 100, fontSize = 12, width?: number): TextRun {
  const ems = [...text].reduce((sum, char) => sum + (/[\x20-\x7e]/.test(char) ? 0.5 : 1), 0);
  return { text, box: { x, y: y - fontSize, width: width ?? ems * fontSize, height: fontSize }, fontSize, fontName: 'Serif', bold: false };
}

describe('lines from positioned runs', () => {
  it('drops the spaces pdf.js puts between letter-spaced Chinese characters', () => {
    // Each character 12 wide, 3 points of justification between them, and whitespace items in the gaps.
    const runs = [...'际合作深化拓展'].flatMap((char, i) => [run(char, 100 + i * 15), run(' ', 112 + i * 15, 100, 12, 3)]);
    expect(assembleLines(runs, 1).map((line) => line.text)).toEqual(['际合作深化拓展']);
  });

  it('keeps a space where a number stands apart from Chinese text, none where it touches', () => {
    const apart = [run('由', 100), run('2015', 116), run('年底', 144)];
    expect(assembleLines(apart, 1)[0]!.text).toBe('由 2015 年底');
    const touching = [run('从', 100), run('2015', 112), run('年', 136)];
    expect(assembleLines(touching, 1)[0]!.text).toBe('从2015年');
  });

  it('closes up a heading spaced out character by character, keeps a space standing out in a tight line', () => {
    expect(assembleLines([run('前', 100, 100, 16), run('言', 132, 100, 16)], 1)[0]!.text).toBe('前言');
    expect(assembleLines([run('广东、江苏', 100), run('天津、山东', 163)], 1)[0]!.text).toBe('广东、江苏 天津、山东');
  });

  it('leaves out template fields set across runs and tracking strings, keeping the text beside them', () => {
    const field = [run('分析师：', 100), run('＃', 150), run('assAuthor', 162), run('＃', 216)];
    expect(assembleLines(field, 1).map((line) => line.text)).toEqual(['分析师：']);
    expect(assembleLines([run('＃title＃', 100)], 1)).toEqual([]);
    expect(assembleLines([run('[Table_Main] 投资要点', 100)], 1).map((line) => line.text)).toEqual(['投资要点']);
    expect(assembleLines([run('Prepared for client oXOAfUkUvZqQmRnPtLsKwJ', 100)], 1).map((line) => line.text)).toEqual(['Prepared for client']);
  });

  it('reads the full-width Latin text of a line as ASCII, its Chinese punctuation kept', () => {
    const runs = [run('ｄｏｉ：１０．３９６９', 100), run('／ｊ．ｉｓｓｎ', 190)];
    expect(assembleLines(runs, 1)[0]!.text).toBe('doi:10.3969/j.issn');
    expect(assembleLines([run('⽹络⻔⼾', 100), run('⽤⼾', 148)], 1)[0]!.text).toBe('网络门户用户');
  });

  it('never spaces full-width punctuation', () => {
    expect(assembleLines([run('衰退', 100), run('，', 128)], 1)[0]!.text).toBe('衰退，');
  });

  it('keeps the spaces between Latin words, inside runs and between them', () => {
    expect(assembleLines([run('privacy  trends,', 100), run('the', 100 + 16 * 6 + 3)], 1)[0]!.text).toBe('privacy trends, the');
  });

  it('writes a raised small number as a superscript footnote reference', () => {
    const runs = [run('三部分', 100), run('1', 136, 95, 7), run('，分别', 140)];
    const [line] = assembleLines(runs, 1);
    expect(line!.text).toBe('三部分¹，分别');
    expect(line!.fontSize).toBe(12);
  });

  it('splits runs far apart on one baseline into separate lines (columns, table cells)', () => {
    expect(assembleLines([run('指标名称', 100), run('权重', 400)], 1).map((line) => line.text)).toEqual(['指标名称', '权重']);
  });

  it('records the bold part of a line', () => {
    const runs = [run('推进', 100), { ...run('新疆', 124), bold: true }, run('建设', 148)];
    const [line] = assembleLines(runs, 1);
    expect(line!.bold).toBe(false);
    expect(line!.boldSpans).toEqual([[2, 4]]);
  });

  it('splits off a margin note set close beside justified lines', () => {
    // Justified lines end at x 500; the note starts at 509, its first run just 2 points past a hanging comma.
    const body = (y: number) => run('信息基础设施建设规模全球领先，我国建成全', y === 100 ? 104 : 80, y, 12, y === 100 ? 396 : 420);
    const runs = [body(100), body(121), { ...body(142), text: '信息基础设施建设规模全球领先，我国建成，' }, run('本提案与', 509, 142), body(163)];
    const lines = splitMarginNotes(assembleLines(runs, 1), 1);
    expect(lines.map((line) => Math.round(line.box!.x))).toEqual([104, 80, 80, 509, 80]);
    expect(lines[3]!.text).toBe('本提案与');
  });
});
