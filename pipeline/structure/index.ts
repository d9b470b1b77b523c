import type { BlockContent, Heading, Root, RootContent, Table } from 'mdast';
import { layoutTables } from '../lang/index.js';
import type { Section, SegmentedDocument, StructuredDocument } from '../types.js';

/** Stage 4: decides the title, the preamble and the heading hierarchy, and builds the mdast tree. */
export function structure(doc: SegmentedDocument): StructuredDocument {
  const layout = layoutTables(doc.language);
  const titleIndex = findTitle(doc);
  const title = titleIndex >= 0 ? doc.blocks[titleIndex]!.text : (doc.metadata.title ?? doc.source.name);
  const preamble = titleIndex > 0 ? doc.blocks.slice(0, titleIndex).map((b) => b.text) : [];

  // A scheme's level is its place in the order the document first uses the schemes.
  const schemeOrder: string[] = [];
  const sections: Section[] = [];
  const blockSection: number[] = [];
  const children: RootContent[] = [];
  if (preamble.length > 0) {
    children.push({
      type: 'blockquote',
      children: preamble.map((text) => ({ type: 'paragraph', children: [{ type: 'text', value: text }] })),
    });
  }
  children.push({ type: 'heading', depth: 1, children: [{ type: 'text', value: title }], data: { page: doc.blocks[titleIndex]?.page ?? 1 } } as Heading);

  doc.blocks.forEach((block, index) => {
    if (index <= titleIndex) {
      blockSection.push(-1);
      return;
    }
    const scheme = block.kind === 'text' ? layout.headingSchemes.find((s) => s.pattern.test(block.text)) : undefined;
    if (scheme && block.text.length < 60 && !/[。；]$/.test(block.text)) {
      if (!schemeOrder.includes(scheme.name)) schemeOrder.push(scheme.name);
      const level = schemeOrder.indexOf(scheme.name) + 1;
      sections.push({ title: block.text, level, page: block.page, block: index });
      blockSection.push(sections.length - 1);
      children.push({
        type: 'heading',
        depth: Math.min(6, level + 1) as Heading['depth'],
        children: [{ type: 'text', value: block.text }],
        data: { page: block.page, block: index },
      } as Heading);
      return;
    }
    blockSection.push(sections.length - 1);
    children.push(blockNode(block, index));
  });

  const tree: Root = { type: 'root', children };
  const editionYear = /[（(]\s*(\d{4})\s*年?\s*[）)]|(\d{4})\s*年/.exec(title);
  return {
    ...doc,
    title,
    editionYear: editionYear ? Number(editionYear[1] ?? editionYear[2]) : undefined,
    preamble,
    sections,
    blockSection,
    keywords: [],
    tree,
  };
}

function findTitle(doc: SegmentedDocument): number {
  const metaTitle = doc.metadata.title;
  if (metaTitle) {
    const index = doc.blocks.findIndex((b) => b.text === metaTitle);
    if (index >= 0) return index;
  }
  const index = doc.blocks.findIndex((b) => b.kind === 'text' && b.text.length <= 40 && /报告|Report|白皮书|White Paper/i.test(b.text) && !/[。.]$/.test(b.text) && !/^《|发布/.test(b.text));
  return index;
}

function blockNode(block: SegmentedDocument['blocks'][number], index: number): BlockContent {
  const data = { page: block.page, block: index };
  if (block.kind === 'table' && block.rows) {
    const table: Table = {
      type: 'table',
      children: block.rows.map((row) => ({
        type: 'tableRow',
        children: row.map((cell) => ({ type: 'tableCell', children: [{ type: 'text', value: cell }] })),
      })),
      data,
    };
    return table;
  }
  const children: Array<{ type: 'text'; value: string } | { type: 'strong'; children: [{ type: 'text'; value: string }] }> = [];
  let last = 0;
  for (const [start, end] of block.boldSpans ?? []) {
    if (start > last) children.push({ type: 'text', value: block.text.slice(last, start) });
    children.push({ type: 'strong', children: [{ type: 'text', value: block.text.slice(start, end) }] });
    last = end;
  }
  if (last < block.text.length) children.push({ type: 'text', value: block.text.slice(last) });
  return { type: 'paragraph', children, data };
}
