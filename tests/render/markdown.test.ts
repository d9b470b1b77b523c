import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { render } from '../../pipeline/render/index.js';
import { structure } from '../../pipeline/structure/index.js';
import { headingsOf, nodesOf, parseMarkdown } from '../golden/markdown.js';
import { body, segmentedDocument } from '../structure/documents.js';

const rendered = (doc: ReturnType<typeof structure>) => render({ ...doc, facts: [] });

describe('render', () => {
  const doc = rendered(
    structure(
      segmentedDocument(
        [
          { text: '某部门发布《示例报告（2020 年）》' },
          { text: '示例报告（2020 年）' },
          { text: '第一章 总体情况' },
          body('总体'),
          { text: '一、基础设施' },
          { text: '（一）网络建设' },
          { text: '1. 光纤网络' },
          { text: '（1）骨干网' },
          { text: '①省际干线' },
          { text: '“数字”一词 * 与 # 号、[链接] 和 <标签> 照原样保留，**不是**强调。', boldSpans: [[0, 4]] },
          { kind: 'caption', text: '表 1 指标' },
          { kind: 'table', text: '', rows: [['指标', '说明'], ['网络', 'a | b'], ['算力', '']] },
          { text: '1. 这一段以编号开头，是一个很长的句子，后面还有更多的内容，不是标题。' },
          { kind: 'footnote', text: '[1] 注释内容。' },
        ],
        { title: '示例报告（2020 年）' },
      ),
    ),
  );
  const parsed = parseMarkdown(doc.markdown);

  it('writes YAML front matter with the title, language, edition, source, keywords and removed furniture', () => {
    const yamlNode = parsed.children[0]!;
    expect(yamlNode.type).toBe('yaml');
    const data = YAML.parse(yamlNode.type === 'yaml' ? yamlNode.value : '');
    expect(data).toMatchObject({
      title: '示例报告（2020 年）',
      language: 'zh',
      edition_year: 2020,
      source: { file: 'report.pdf', sha256: '0'.repeat(64), pages: 1 },
      chapters: [{ title: '第一章 总体情况', page: 1 }],
      removed_furniture: { headers: [], footers: [], page_numbers: 0 },
    });
    expect(data.keywords).toBeInstanceOf(Array);
    expect(data.chapters[0].keywords).toBeInstanceOf(Array);
  });

  it('parses back into the same heading tree, # for the title and one more # per level', () => {
    const tree = nodesOf(doc.tree, 'heading');
    expect(headingsOf(parsed)).toEqual(tree.map((h) => ({ depth: h.depth, text: toString(h) })));
    expect(headingsOf(parsed).map((h) => h.depth)).toEqual([1, 2, 3, 4, 5, 6, 6]);
  });

  it('parses back into the same paragraphs, strong spans, table cells and footnotes', () => {
    const types = parsed.children.map((n) => n.type);
    expect(types).toEqual([
      'yaml', 'blockquote', 'heading', 'heading', 'paragraph', 'heading', 'heading', 'heading',
      'heading', 'heading', 'paragraph', 'paragraph', 'table', 'paragraph', 'footnoteDefinition',
    ]);
    expect(toString(parsed.children[10]!)).toBe('“数字”一词 * 与 # 号、[链接] 和 <标签> 照原样保留，**不是**强调。');
    // The bold quotes stay plain: emphasis opens and closes at words.
    expect(nodesOf(parsed, 'strong').map((node) => toString(node))).toEqual(['数字']);
    const table = parsed.children[12]!;
    expect(table.type === 'table' && table.children.map((row) => row.children.map((cell) => toString(cell)))).toEqual([
      ['指标', '说明'],
      ['网络', 'a | b'],
      ['算力', ''],
    ]);
    expect(toString(parsed.children[13]!)).toMatch(/^1\. 这一段/);
  });

  it('writes the facts file header from the same document', () => {
    expect(doc.factsFile.document).toMatchObject({ title: '示例报告（2020 年）', language: 'zh', edition_year: 2020, source_file: 'report.pdf', page_count: 1 });
  });
});
