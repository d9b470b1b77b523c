import { describe, expect, it } from 'vitest';
import { alignFacts } from '../../pipeline/align/index.js';
import { convert } from '../../pipeline/index.js';
import { fixture } from '../helpers.js';
import { chineseReport, englishChapter } from './gold.js';

// The chapter and its planted copy set as PDFs by tests/fixtures/english/make.py.
describe('English PDF input', () => {
  it('gives the facts of the same text as plain text does', async () => {
    const fromPdf = await convert(fixture('english/dcdr2020-ch3.en.pdf'));
    const fromText = await convert(fixture(englishChapter));
    expect(fromPdf.language).toBe('en');
    expect(fromPdf.sections.map((section) => section.title)).toEqual(fromText.sections.map((section) => section.title));
    // Helvetica's standard encoding sets the apostrophe as quoteright (’).
    const sentence = (text: string) => text.replace(/’/g, "'");
    const pick = (doc: typeof fromText) => doc.facts.map((f) => [f.text, f.value, f.unit, f.kind, f.qualifier, f.time, sentence(f.sentence), f.section]);
    expect(pick(fromPdf)).toEqual(pick(fromText));
    expect(fromPdf.facts.every((fact) => fact.page !== undefined)).toBe(true);
  });

  it('aligns with the Chinese report: the faithful chapter wholly, the planted copy with its 7 errors', async () => {
    const original = (await convert(fixture(chineseReport))).factsFile;
    const faithful = alignFacts(original, (await convert(fixture('english/dcdr2020-ch3.en.pdf'))).factsFile);
    expect(faithful.summary).toMatchObject({ differences: 0, only_in_translation: 0, only_in_original: 0 });
    const planted = alignFacts(original, (await convert(fixture('english/dcdr2020-ch3.en.planted.pdf'))).factsFile);
    expect(planted.summary).toMatchObject({ differences: 7, only_in_translation: 0 });
  });
});
