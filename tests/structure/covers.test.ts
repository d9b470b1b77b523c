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
