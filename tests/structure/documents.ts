import { clean } from '../../pipeline/clean/index.js';
import { extract } from '../../pipeline/extract/index.js';
import { layout } from '../../pipeline/layout/index.js';
import { segment } from '../../pipeline/segment/index.js';
import { structure } from '../../pipeline/structure/index.js';
import type { Block, Language, OutlineEntry, SegmentedDocument, StructuredDocument } from '../../pipeline/types.js';

/** The stages up to structure on one PDF. */
export async function structured(path: string): Promise<StructuredDocument> {
  return structure(segment(clean(layout(await extract({ path })))));
}

/** A segmented document made of the given blocks, as the segment stage would hand it on. */
export function segmentedDocument(
  blocks: Array<Partial<Block> & { text: string }>,
  options: { language?: Language; outline?: OutlineEntry[]; title?: string; format?: 'pdf' | 'text' } = {},
): SegmentedDocument {
  return {
    source: { path: 'report.pdf', fileName: 'report.pdf', name: 'report', format: options.format ?? 'pdf', bytes: 1, sha256: '0'.repeat(64) },
    messages: [],
    metadata: { pageCount: Math.max(1, ...blocks.map((b) => b.page ?? 1)), ...(options.title ? { title: options.title } : {}) },
    outline: options.outline ?? [],
    pages: [],
    language: options.language ?? 'zh',
    furniture: { headers: [], footers: [], pageNumbers: 0 },
    blocks: blocks.map((block) => ({ kind: 'text', page: 1, ...block, sentences: [] })),
  };
}

/** A paragraph of body text long enough to be nothing else. */
export const body = (topic: string) => ({ text: `${topic}持续推进，取得明显成效。各地区各部门认真落实部署，工作机制不断完善，服务能力稳步提升。` });
