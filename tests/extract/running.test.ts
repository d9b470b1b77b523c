import { describe, expect, it } from 'vitest';
import { harmoniseRunningLines } from '../../pipeline/extract/ocr/running.js';
import type { Line, Page } from '../../pipeline/types.js';

const line = (page: number, text: string, y: number): Line => ({ text, page, box: { x: 200, y, width: 160, height: 11 }, fontSize: 9 });
const page = (number: number, lines: Line[], ocr = true): Page => ({ number, width: 595, height: 842, lines, rules: [], images: [], ...(ocr ? { ocr: true } : {}) });
const body = (number: number) => line(number, '信息基础设施建设规模全球领先，我国建成全球规模最大的光纤网络。', 300);

describe('running lines of OCR’d pages', () => {
  it('reads one printed header alike on every page, at its usual height, keeping each page its own number', () => {
    const headers = ['数字中国发展报告（2020年）', '数宁中国发展报告（2020年）', '救宇中国发展报行（2020年）', '数字中国发展报告（2020年）'];
    const pages = headers.map((text, i) => page(i + 1, [line(i + 1, text, 48 + (i % 3) * 2), body(i + 1), line(i + 1, `— ${i + 1} —`, 795 - i)]));
    harmoniseRunningLines(pages);
    expect(pages.map((p) => p.lines[0]!.text)).toEqual(Array(4).fill('数字中国发展报告（2020年）'));
    expect(new Set(pages.map((p) => p.lines[0]!.box!.y)).size).toBe(1);
    expect(pages.map((p) => p.lines[2]!.text)).toEqual(['— 1 —', '— 2 —', '— 3 —', '— 4 —']);
    expect(pages.map((p) => p.lines[1]!.text)).toEqual(pages.map((p) => body(p.number).text));
  });

  it('leaves alone edge lines that read differently, and pages with a text layer', () => {
    const titles = ['第一章 总体情况', '第二章 基础设施', '第三章 数字经济', '第四章 数字政府'];
    const pages = titles.map((text, i) => page(i + 1, [line(i + 1, text, 50)]));
    const text = [page(5, [line(5, '数宁中国发展报告（2020年）', 48)], false), page(6, [line(6, '数字中国发展报告（2020年）', 48)], false), page(7, [line(7, '数字中国发展报告（2020年）', 48)], false)];
    harmoniseRunningLines([...pages, ...text]);
    expect(pages.map((p) => p.lines[0]!.text)).toEqual(titles);
    expect(text[0]!.lines[0]!.text).toBe('数宁中国发展报告（2020年）');
  });
});
