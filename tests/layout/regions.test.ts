import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { convert, type RenderedDocument } from '../../pipeline/index.js';
import { fixture } from '../helpers.js';
import { characterErrorRate, markdownBody, squeeze, truthParagraphs, wholeParagraphShare } from '../quality/metrics.js';

// Fixtures made by tests/fixtures/regions/make.py (XeLaTeX); <name>.truth.txt is the text a person
// reads off the pages, in a person's order, chart labels left out.
const regions = (name: string) => fixture(`regions/${name}.pdf`);
const truthOf = (name: string) => readFileSync(fixture(`regions/${name}.truth.txt`), 'utf8');

/** The Markdown body's paragraphs outside block quotes, and the quoted ones, whitespace squeezed. */
function parts(markdown: string): { prose: string[]; quoted: string[] } {
  const blocks = markdownBody(markdown).split(/\n\s*\n/).map((block) => block.trim()).filter((block) => block !== '' && block !== '>');
  return {
    prose: blocks.filter((block) => !block.startsWith('>')).map(squeeze),
    quoted: blocks.filter((block) => block.startsWith('>')).map(squeeze),
  };
}

/** A chart's tick labels: a percentage scale and the years or dates of its axis. */
const tickLabels = ['400%', '380%', '360%', '340%', '320%', '300%', '2020-01', '2020-04'];

describe('a LaTeX paper: full-width title and abstract over two columns, a vector chart spanning both', () => {
  let doc: RenderedDocument;
  const truth = truthOf('two-column');
  beforeAll(async () => {
    doc = await convert(regions('two-column'));
  });

  it('reads within 0.5% of the characters a person reads, in a person\'s order', () => {
    expect(characterErrorRate(doc.markdown, truth)).toBeLessThanOrEqual(0.005);
  });

  it('keeps at least 98% of the paragraphs whole (the columns are not interleaved)', () => {
    const { share, missing } = wholeParagraphShare(doc.markdown, truth);
    expect(share, missing.join('\n')).toBeGreaterThanOrEqual(0.98);
  });

  it('puts the title, then the abstract, then the first section of the columns', () => {
    const body = squeeze(markdownBody(doc.markdown));
    const [title, abstract, firstHeading] = truthParagraphs(truth).map(squeeze);
    expect(body.indexOf(title!)).toBeGreaterThanOrEqual(0);
    expect(body.indexOf(abstract!)).toBeGreaterThan(body.indexOf(title!));
    expect(body.indexOf(firstHeading!)).toBeGreaterThan(body.indexOf(abstract!));
  });

  it('leaves the chart\'s ticks and legend out of the prose and the facts, keeping its caption and source', () => {
    const { prose } = parts(doc.markdown);
    for (const label of [...tickLabels.slice(0, 6), '指数甲']) expect(prose.some((block) => block.includes(label)), label).toBe(false);
    expect(doc.facts.some((fact) => fact.unit === '%' && [400, 380, 360, 340, 320, 300].includes(fact.value) && fact.sentence.length < 40)).toBe(false);
    expect(prose).toContain(squeeze('图 1 两个指数的走势'));
    expect(prose).toContain(squeeze('资料来源：作者整理'));
  });
});

describe('a broker\'s note: a sidebar beside the main text, a side tab, vector charts in both', () => {
  let doc: RenderedDocument;
  const truth = truthOf('sidebar-note');
  const sidebar = ['分析师：张明远', '证书编号：S0190520080006', '相关研究报告', '《量化择时系列之一：波段划分模型》'];
  beforeAll(async () => {
    doc = await convert(regions('sidebar-note'));
  });

  it('reads within 5% of the characters a person reads, in a person\'s order', () => {
    expect(characterErrorRate(doc.markdown, truth)).toBeLessThanOrEqual(0.05);
  });

  it('reads the sidebar after the main text, as one block quote, never interleaved', () => {
    const { prose, quoted } = parts(doc.markdown);
    for (const line of sidebar) {
      expect(prose.some((block) => block.includes(squeeze(line))), line).toBe(false);
      expect(quoted.some((block) => block.includes(squeeze(line))), line).toBe(true);
    }
    const body = markdownBody(doc.markdown);
    expect(body.indexOf('> 分析师：张明远')).toBeGreaterThan(body.indexOf('风险提示：模型基于历史数据'));
    // One quote: the sidebar's items follow one another without a paragraph of main text between them.
    expect(body.slice(body.indexOf('> 分析师：张明远')).split('\n').filter((line) => line.trim() !== '').every((line) => line.startsWith('>'))).toBe(true);
  });

  it('keeps the main paragraphs whole around the chart that interrupts them', () => {
    const texts = new Set(doc.blocks.map((block) => block.text.replace(/\s+/g, '')));
    for (const paragraph of truthParagraphs(truth).slice(1, 4)) expect(texts.has(paragraph.replace(/\s+/g, '')), paragraph.slice(0, 20)).toBe(true);
  });

  it('drops the side tab set one glyph per line, and the ticks of both charts', () => {
    const body = markdownBody(doc.markdown);
    expect(body.split(/\n\s*\n/).some((block) => /^(?:>\s*)?[\p{Script=Han}]$/u.test(block.trim()))).toBe(false);
    for (const label of tickLabels) expect(body.includes(label), label).toBe(false);
    expect(doc.title).toBe('量化择时体系的构建与检验');
  });
});

describe('a report page where boxes (专栏) interrupt paragraphs', () => {
  let doc: RenderedDocument;
  const truth = truthOf('box-report');
  beforeAll(async () => {
    doc = await convert(regions('box-report'));
  });

  it('reads every paragraph whole: the one a box interrupts mid-sentence too', () => {
    const { share, missing } = wholeParagraphShare(doc.markdown, truth);
    expect(share, missing.join('\n')).toBe(1);
    expect(characterErrorRate(doc.markdown, truth)).toBeLessThanOrEqual(0.01);
  });

  it('renders each box as one block quote that starts with its title, framed by shading or by rules', () => {
    const { quoted } = parts(doc.markdown);
    const [, , , boxTitle, boxFirst, boxSecond, , , ruledTitle, ruledText] = truthParagraphs(truth);
    expect(quoted).toContain(squeeze(`> ${boxTitle}\n>\n> ${boxFirst}\n>\n> ${boxSecond}`));
    expect(quoted).toContain(squeeze(`> ${ruledTitle}\n>\n> ${ruledText}`));
  });

  it('never makes a box\'s title a heading that owns the text after the box', () => {
    expect(doc.sections.map((section) => section.title)).toEqual(['四、典型案例']);
    const after = truthParagraphs(truth)[6]!;
    const index = doc.blocks.findIndex((block) => block.text.replace(/\s+/g, '') === after.replace(/\s+/g, ''));
    expect(index).toBeGreaterThan(0);
    expect(doc.blocks[index]!.aside).toBeUndefined();
    expect(doc.sections[doc.blockSection[index]!]!.title).toBe('四、典型案例');
  });
});
