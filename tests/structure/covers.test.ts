import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StructuredDocument } from '../../pipeline/types.js';
import { fixture } from '../helpers.js';
import { structured } from './documents.js';

describe('a broker note\'s cover (tests/fixtures/covers/broker-cover.pdf)', () => {
  let doc: StructuredDocument;
  beforeAll(async () => {
    doc = await structured(join(fixture('covers'), 'broker-cover.pdf'));
  }, 60_000);

  it('takes the title from the page: the question set large and its subtitle, not the distributor\'s stamp nor the rating set larger', () => {
    expect(doc.metadata.title).toBe('某某投研资讯 - www.example.com');
    expect(doc.title).toBe('如何度量因子的动量？——量化评论（5）');
    expect(doc.preamble.join('\n')).toContain('增持（维持）');
  });

  it('takes the edition year from the date line', () => {
    expect(doc.editionYear).toBe(2020);
  });

  it('keeps the running header out of the headings', () => {
    expect(doc.sections.map((s) => s.title)).toEqual(['1、动量效应难寻踪迹', '2、因子的切割']);
  });
});

describe('a journal paper\'s first page and running headers (tests/fixtures/covers/journal-paper.pdf)', () => {
  let doc: StructuredDocument;
  beforeAll(async () => {
    doc = await structured(join(fixture('covers'), 'journal-paper.pdf'));
  }, 60_000);
  const squeezed = (text: string) => text.replace(/\s+/g, '');

  it('takes the paper\'s title, not the journal\'s name set larger above it, and the year from its date line', () => {
    expect([doc.title, doc.editionYear]).toEqual(['数字政府评估方法研究', 2022]);
    expect(doc.blocks.some((block) => block.text.includes('数字治理研究'))).toBe(false);
  });

  it('leaves out the running headers that change from page to page (a section named on one page only), and reads the sections as headings', () => {
    expect(doc.sections.map((s) => squeezed(s.title))).toEqual(['1引言', '2评估方法', '3数据来源', '4评估结果', '5结论']);
    for (const name of ['数据来源', '结论']) expect(doc.blocks.filter((block) => squeezed(block.text).endsWith(name) && block.text.length < 8).length, name).toBe(1);
  });
});
