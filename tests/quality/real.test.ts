import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert } from '../../pipeline/index.js';
import { hasShared, shared } from '../helpers.js';
import { markdownBody, pageNumberLines } from './metrics.js';

const real = (name: string) => join(shared, 'real', name);

/** Lines of the Markdown that are a recorded running header or footer. */
function furnitureLeft(markdown: string, furniture: string[]): string[] {
  const lines = new Set(markdownBody(markdown).split('\n').map((line) => line.trim()));
  return furniture.filter((text) => lines.has(text));
}

describe.skipIf(!hasShared)('real reports (../shared/real) convert with their furniture removed', () => {
  it('bj_gov2024 (WPS): numbers wrapped away from their units are whole again, spaced as the text spaces them', async () => {
    const doc = await convert(real('bj_gov2024.pdf'));
    expect(doc.markdown).toContain('减量约 8 平方公里');
    expect(doc.markdown).toContain('腾退 20.4 万平方米');
    expect(pageNumberLines(doc.markdown)).toEqual([]);
  }, 60_000);

  it('caict_compute2021 (Word, owner password only): opens without a password, header and page numbers removed', async () => {
    const doc = await convert(real('caict_compute2021.pdf'));
    expect(doc.furniture.headers).toEqual(['中国算力发展指数白皮书']);
    expect(doc.furniture.pageNumbers).toBeGreaterThanOrEqual(40);
    expect(pageNumberLines(doc.markdown)).toEqual([]);
    expect(furnitureLeft(doc.markdown, doc.furniture.headers)).toEqual([]);
    // Letter-spaced justified lines: no space left between Chinese characters.
    expect(markdownBody(doc.markdown)).not.toMatch(/\p{Script=Han} \p{Script=Han}/u);
    expect(doc.blocks.filter((b) => b.kind === 'footnote').length).toBeGreaterThanOrEqual(10);
  }, 60_000);

  it('trustarc_2022 (InDesign, two columns): page numbers removed, columns read one after the other', async () => {
    const doc = await convert(real('trustarc_2022.pdf'));
    expect(doc.furniture.pageNumbers).toBeGreaterThanOrEqual(18);
    const paragraph = doc.blocks.find((b) => b.text.startsWith('For the third year running'));
    expect(paragraph?.text).toContain('TrustArc has captured worldwide views on privacy trends, the current and anticipated approaches');
    expect(paragraph?.text).not.toContain('Based on our objective');
  }, 60_000);

  it('texproposal_zh (LaTeX): converts, page numbers removed', async () => {
    const doc = await convert(real('texproposal_zh.pdf'));
    expect(doc.furniture.pageNumbers).toBeGreaterThanOrEqual(20);
    expect(furnitureLeft(doc.markdown, doc.furniture.headers)).toEqual([]);
  }, 60_000);
});
