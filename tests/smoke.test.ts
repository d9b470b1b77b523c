import { describe, expect, it } from 'vitest';
import { convert } from '../pipeline/index.js';
import { fixture } from './helpers.js';

describe('convert', () => {
  it('turns the seed text into Markdown with the report title and chapters', async () => {
    const doc = await convert(fixture('digital-china-2020.zh.txt'));
    expect(doc.language).toBe('zh');
    expect(doc.title).toBe('数字中国发展报告（2020 年）');
    expect(doc.markdown).toContain('\n# 数字中国发展报告（2020 年）\n');
    expect(doc.markdown).toContain('\n## 一、“十三五”时期数字中国建设取得重要成就\n');
    expect(doc.factsFile.document.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
