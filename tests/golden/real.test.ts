import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert } from '../../pipeline/convert.js';
import { hasShared, shared } from '../helpers.js';
import { headingsOf, parseMarkdown } from './markdown.js';

/** Real publications (local and CI only, never copied into the project): heading sanity. */
describe.skipIf(!hasShared)('real reports', () => {
  it('a government work report (WPS): its two parts 一、二、 and the eleven tasks （一）…（十一） under 二, nothing else', async () => {
    const doc = await convert(join(shared, 'real', 'bj_gov2024.pdf'));
    const headings = headingsOf(parseMarkdown(doc.markdown)).slice(1);
    const numbering = headings.map((h) => `${h.depth} ${/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/.exec(h.text)?.[0] ?? h.text}`);
    expect(numbering).toEqual([
      '2 一、',
      '2 二、',
      ...['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'].map((n) => `3 （${n}）`),
    ]);
  }, 120_000);

  it('a white paper with bookmarks (Word): chapters 一、…五、 with their sections, no table-of-contents or list-of-figures entry', async () => {
    const doc = await convert(join(shared, 'real', 'caict_compute2021.pdf'));
    const chapters = doc.sections.filter((s) => s.level === 1).map((s) => s.title);
    expect(chapters.filter((t) => /^[一二三四五六七八九十]+、/.test(t)).map((t) => t.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、', '五、']);
    expect(doc.sections.every((s) => !/\.{4,}|…{2,}/.test(s.title) && s.page > 1)).toBe(true);
    expect(doc.sections.filter((s) => s.level === 2).length).toBeGreaterThanOrEqual(15);
  }, 120_000);
});
