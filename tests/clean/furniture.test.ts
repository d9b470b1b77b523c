import { describe, expect, it } from 'vitest';
import { pageNumberOf, removeFurniture } from '../../pipeline/clean/furniture.js';
import { line, page } from './helpers.js';

const body = (n: number) => line(`第 ${n} 页的正文，写满一整行的文字内容，一直写到右边的页边。`, n, 80, 400);

describe('page furniture', () => {
  it('reads the number of the usual page-number forms', () => {
    expect(['— 3 —', '- 3 -', '第 3 页 共 34 页', '第3页', '3', 'Page 3 of 34', '3 / 34'].map(pageNumberOf)).toEqual([3, 3, 3, 3, 3, 3, 3]);
    expect(pageNumberOf('2020 年')).toBeUndefined();
  });

  it('removes running headers and page numbers by position and repetition, and records them', () => {
    const pages = [1, 2, 3, 4].map((n) =>
      page(n, [
        ...(n > 1 ? [line('数字中国发展报告（2020 年）', n, 240, 40, { size: 9 })] : []),
        body(n),
        line(`— ${n + 2} —`, n, 286, 790, { size: 10.5 }),
      ]),
    );
    const { pages: cleaned, furniture } = removeFurniture(pages);
    expect(cleaned.map((p) => p.lines.map((l) => l.text))).toEqual([1, 2, 3, 4].map((n) => [body(n).text]));
    expect(furniture).toEqual({ headers: ['数字中国发展报告（2020 年）'], footers: [], pageNumbers: 4 });
  });

  it('removes "第 N 页 共 M 页" footers and bare numbers that follow the page order', () => {
    const pages = [1, 2, 3].map((n) => page(n, [body(n), line(`第 ${n} 页 共 3 页`, n, 260, 800), line(String(n), n, 290, 820)]));
    const { pages: cleaned, furniture } = removeFurniture(pages);
    expect(cleaned.every((p) => p.lines.length === 1)).toBe(true);
    expect(furniture.pageNumbers).toBe(6);
  });

  it('keeps a number at the foot of a page that does not follow the page order, and numbers in the body', () => {
    const pages = [1, 2, 3].map((n) => page(n, [line('2020', n, 80, 300), body(n), line(['15', '8', '42'][n - 1]!, n, 290, 800)]));
    const { pages: cleaned, furniture } = removeFurniture(pages);
    expect(cleaned.every((p) => p.lines.length === 3)).toBe(true);
    expect(furniture).toEqual({ headers: [], footers: [], pageNumbers: 0 });
  });

  it('removes the number that ends a page cut short, wherever its text stops (a filing printed from HTML)', () => {
    const pages = [1, 2, 3].map((n) => page(n, [body(n), line(String(n - 1), n, 290, 400 + n * 60)]));
    const { pages: cleaned, furniture } = removeFurniture(pages);
    expect(cleaned.map((p) => p.lines.map((l) => l.text))).toEqual([1, 2, 3].map((n) => [body(n).text]));
    expect(furniture.pageNumbers).toBe(3);
  });

  it('removes roman page numbers of front matter and arabic ones after, each following the page order', () => {
    const printed = ['i', 'ii', 'iii', '1', '2', '3'];
    const pages = printed.map((text, i) => page(i + 1, [body(i + 1), line(text, i + 1, 290, 800)]));
    expect(removeFurniture(pages).furniture.pageNumbers).toBe(6);
    expect(['iv', 'XII', '- ix -'].map(pageNumberOf)).toEqual([4, 12, 9]);
  });

  it('keeps an edge line that is not repeated', () => {
    const titles = ['一、发展成就', '二、发展能力', '三、数字经济'];
    const pages = [1, 2, 3].map((n) => page(n, [line(titles[n - 1]!, n, 80, 60), body(n)]));
    expect(removeFurniture(pages).pages.every((p) => p.lines.length === 2)).toBe(true);
  });
});

describe('page furniture in a file that binds the same edition several times', () => {
  // One 12-page edition: a running header on every page but the first, and a body line that sits
  // at the top of its page once per edition (a chapter's opening words).
  const edition = (copy: number) =>
    Array.from({ length: 12 }, (_, i) => {
      const n = copy * 12 + i + 1;
      return page(n, [
        ...(i > 0 ? [line('数字中国发展报告（2020 年）', n, 240, 40, { size: 9 })] : []),
        ...(i === 6 ? [line('第三章 数字经济发展成效显著', n, 80, 60)] : []),
        body(n),
      ]);
    });

  it('counts repetition per stretch of pages: a line once per edition stays, the running header goes', () => {
    const pages = [0, 1, 2, 3, 4, 5, 6].flatMap(edition);
    const { pages: cleaned, furniture } = removeFurniture(pages);
    expect(furniture.headers).toEqual(['数字中国发展报告（2020 年）']);
    const texts = cleaned.flatMap((p) => p.lines.map((l) => l.text));
    expect(texts.filter((text) => text === '第三章 数字经济发展成效显著')).toHaveLength(7);
    expect(texts.filter((text) => text.startsWith('数字中国发展报告'))).toHaveLength(0);
  });

  it('still removes a header that runs on every other page', () => {
    const pages = Array.from({ length: 10 }, (_, i) => page(i + 1, [...(i % 2 === 1 ? [line('Annual Report 2020', i + 1, 240, 40, { size: 9 })] : []), body(i + 1)]));
    expect(removeFurniture(pages).furniture.headers).toEqual(['Annual Report 2020']);
  });
});
