import { describe, expect, it } from 'vitest';
import { findTables } from '../../pipeline/clean/tables.js';
import type { Line } from '../../pipeline/types.js';
import { line, page } from './helpers.js';

/** A line that is one run, as the extract stage gives it. */
function cell(text: string, x: number, y: number, bold = false): Line {
  const made = line(text, 1, x, y, { size: 10.5, bold });
  return { ...made, runs: [{ text, box: made.box!, fontSize: 10.5, fontName: 'Song', bold }] };
}

describe('tables', () => {
  it('rebuilds an open ("three-line") table from its rules and the gaps between its columns', () => {
    const lines = [
      cell('学校', 80, 105, true),
      cell('模板名称', 200, 105, true),
      cell('热度', 400, 105, true),
      cell('清华大学', 80, 130),
      cell('thuthesis', 200, 130),
      cell('5', 400, 130),
      cell('上海交通大学', 80, 150),
      cell('SJTUThesis', 200, 150),
      cell('5', 400, 150),
      cell('sjtu', 200, 165),
    ];
    const rules = [100, 122, 185].map((y) => ({ x: 70, y, width: 400, height: 0.5 }));
    const [table] = findTables(page(1, lines, { rules }));
    expect(table).toMatchObject({
      rows: [
        ['学校', '模板名称', '热度'],
        ['清华大学', 'thuthesis', '5'],
        ['上海交通大学', 'SJTUThesis sjtu', '5'],
      ],
      headerRows: 1,
    });
    expect(table!.lines.size).toBe(lines.length);
  });

  it('takes no table from rules around running text', () => {
    const text = cell('信息基础设施建设规模全球领先，我国建成全球规模最大的光纤网络和移动网络。', 80, 130);
    const rules = [100, 185].map((y) => ({ x: 70, y, width: 440, height: 0.5 }));
    expect(findTables(page(1, [text, cell('第二行文字也写满了整整一行的宽度，中间没有任何空隙。', 80, 150)], { rules }))).toEqual([]);
  });
});
