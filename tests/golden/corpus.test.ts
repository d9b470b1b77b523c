import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { convert } from '../../pipeline/convert.js';
import type { RenderedDocument } from '../../pipeline/types.js';
import { fixture, projectRoot } from '../helpers.js';
import { headingScore, headingsOf, type MarkdownHeading, nodesOf, parseMarkdown, topLevelTexts, truthHeadings, truthReport, withoutSpaces } from './markdown.js';

/**
 * End-to-end: the report through every stage, from its text and from its two PDF renderings,
 * against the truth. Text from a PDF is compared without whitespace (spacing is the clean
 * stage's fidelity, measured there); the seed text is compared exactly.
 */
const inputs = [
  { name: 'seed text', path: fixture('digital-china-2020.zh.txt'), compare: (text: string) => text },
  { name: 'LibreOffice PDF', path: join(projectRoot, 'input', 'dcdr2020.libreoffice.pdf'), compare: withoutSpaces },
  { name: 'ReportLab CID PDF', path: fixture('dcdr2020.reportlab-cid.pdf'), compare: withoutSpaces },
];

const truthMarkdown = readFileSync(fixture('truth/report.md'), 'utf8');
const figures = truthReport.blocks.filter((b) => b.type === 'figure');
const tables = truthReport.blocks.filter((b) => b.type === 'table');
const boldWords = truthReport.blocks.flatMap((b) => (b.type === 'paragraph' ? (b.bold ?? []) : []));

describe.each(inputs)('数字中国发展报告（2020 年） from the $name', ({ path, compare }) => {
  let doc: RenderedDocument;
  let markdown: Root;
  let nodes: ReturnType<typeof topLevelTexts>;
  const indexOfParagraph = (text: string) => nodes.findIndex((n) => n.type === 'paragraph' && compare(n.text) === compare(text));

  beforeAll(async () => {
    doc = await convert(path);
    markdown = parseMarkdown(doc.markdown);
    nodes = topLevelTexts(markdown);
  }, 120_000);

  it('has every chapter and section of the truth at its level, in order, and no other heading', () => {
    const score = headingScore(headingsOf(markdown), truthHeadings, compare);
    expect(score).toMatchObject({ precision: 1, recall: 1, missing: [], extra: [] });
  });

  it('parses back into the heading tree it was made from', () => {
    const tree: MarkdownHeading[] = nodesOf(doc.tree, 'heading').map((node) => ({ depth: node.depth, text: toString(node) }));
    expect(headingsOf(markdown)).toEqual(tree);
  });

  it('gives every node made from a block its page, in reading order', () => {
    const pages = doc.tree.children.flatMap((node) => (node.type === 'blockquote' ? node.children : [node])).map((node) => node.data?.page);
    expect(pages.every((page) => page !== undefined && page >= 1 && page <= doc.metadata.pageCount)).toBe(true);
    expect(pages).toEqual([...(pages as number[])].sort((a, b) => a - b));
  });

  it('keeps the release note as a block quote before the title, not as headings', () => {
    const [frontMatter, preamble, title] = markdown.children;
    expect(frontMatter?.type).toBe('yaml');
    expect(preamble?.type).toBe('blockquote');
    const lines = preamble?.type === 'blockquote' ? preamble.children.map((p) => compare(toString(p))) : [];
    expect(lines).toEqual(truthReport.meta.map(compare));
    expect(title).toMatchObject({ type: 'heading', depth: 1 });
    expect(compare(toString(title!))).toBe(compare(truthReport.title));
  });

  it('writes both tables as GFM tables with every cell, each right after its caption', () => {
    for (const table of tables) {
      const caption = indexOfParagraph(table.caption);
      expect(caption, table.caption).toBeGreaterThanOrEqual(0);
      const rows = nodes[caption + 1]?.rows?.map((row) => row.map(compare));
      expect(rows, table.caption).toEqual(table.rows.map((row) => row.map(compare)));
    }
  });

  it('writes every figure caption and its source line as paragraphs of their own, source after caption', () => {
    for (const figure of figures) {
      const caption = indexOfParagraph(figure.caption);
      expect(caption, figure.caption).toBeGreaterThanOrEqual(0);
      expect(nodes[caption + 1], figure.caption).toMatchObject({ type: 'paragraph' });
      expect(compare(nodes[caption + 1]!.text), figure.caption).toBe(compare(figure.source));
    }
  });

  it('sets the bold spans in strong', () => {
    expect(nodesOf(markdown, 'strong').map((node) => toString(node))).toEqual(boldWords);
  });

  it('writes the Markdown of truth/report.md after its front matter', () => {
    const afterFrontMatter = doc.markdown.replace(/^---\n[\s\S]*?\n---\n\n/, '');
    expect(compare(afterFrontMatter)).toBe(compare(truthMarkdown));
  });

  it('says what it is in the front matter', () => {
    expect(doc.markdown).toMatch(/^---\ntitle: 数字中国发展报告（2020 ?年）\nlanguage: zh\nedition_year: 2020\n/);
    expect(doc.sections.filter((s) => s.level === 1)).toHaveLength(10);
    expect(doc.sections.every((s) => s.level > 1 || (s.keywords ?? []).length > 0)).toBe(true);
  });
});

describe('an English chapter of the report', () => {
  it('has the title, the chapter "III." and its sections "(I)" … "(IV)" one level below', async () => {
    const doc = await convert(fixture('dcdr2020-ch3.en.txt'));
    expect(doc.language).toBe('en');
    expect(doc.editionYear).toBe(2020);
    expect(headingsOf(parseMarkdown(doc.markdown))).toEqual([
      { depth: 1, text: 'Digital China Development Report (2020)' },
      { depth: 2, text: 'III. The digital economy gained stronger momentum' },
      { depth: 3, text: '(I) Digital industrialization continued to grow in scale' },
      { depth: 3, text: '(II) The digital transformation of industry accelerated' },
      { depth: 3, text: '(III) New business forms and models kept emerging' },
      { depth: 3, text: '(IV) Innovative development of regional digital economies' },
    ]);
  });
});

describe('the 2021 edition excerpt', () => {
  it('has its chapters and the two sections under 三', async () => {
    const doc = await convert(fixture('dcdr2021-excerpt.zh.txt'));
    expect(doc.editionYear).toBe(2021);
    const headings = headingsOf(parseMarkdown(doc.markdown));
    expect(headings.map((h) => `${h.depth} ${h.text.slice(0, 3)}`)).toEqual(['1 数字中', '2 一、信', '2 二、公', '2 三、数', '3 （一）', '3 （二）', '2 四、数', '2 五、各']);
  });
});
