import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { alignFacts } from '../../pipeline/align/index.js';
import { convert } from '../../pipeline/index.js';
import type { Fact } from '../../pipeline/types.js';
import { fixture } from '../helpers.js';
import { chineseReport, englishChapter, goldClaims, plantedTranslations, type GoldClaim } from './gold.js';

const sameValue = (a: number, b: number) => Math.abs(a - b) <= Math.abs(b) * 1e-9;

/** A fact and a gold claim match when the fact's sentence holds the claim's context and the values agree. */
const matches = (fact: Fact, claim: GoldClaim) => fact.sentence.includes(claim.context) && sameValue(fact.value, claim.value);

describe('English facts of chapter III against the hand annotation', async () => {
  const doc = await convert(fixture(englishChapter));
  const claims = goldClaims();
  const matched = claims.map((claim) => doc.facts.find((fact) => matches(fact, claim)));
  const found = matched.filter((fact): fact is Fact => fact !== undefined);

  it('is read as English', () => {
    expect(doc.language).toBe('en');
  });

  it('finds the claims: precision and recall at least 0.93', () => {
    const recall = found.length / claims.length;
    const precision = doc.facts.filter((fact) => claims.some((claim) => matches(fact, claim))).length / doc.facts.length;
    const missed = claims.filter((_, index) => !matched[index]).map((claim) => claim.context);
    const extra = doc.facts.filter((fact) => !claims.some((claim) => matches(fact, claim))).map((fact) => `${fact.text} | ${fact.sentence}`);
    expect({ recall, missed }).toMatchObject({ recall: expect.toSatisfy((r: number) => r >= 0.93) });
    expect({ precision, extra }).toMatchObject({ precision: expect.toSatisfy((p: number) => p >= 0.93) });
  });

  it('gives the claims the canonical unit, kind, qualifier and time of the annotation', () => {
    const wrong = claims.flatMap((claim, index) => {
      const fact = matched[index];
      if (!fact) return [];
      const fields = (['unit', 'kind', 'qualifier', 'time'] as const).filter((field) => fact[field] !== claim[field]);
      return fields.length ? [`${claim.context}: ${fields.map((f) => `${f} ${fact[f]} ≠ ${claim[f]}`).join(', ')}`] : [];
    });
    // At most one claim in twenty with a field wrong.
    expect(wrong.length <= claims.length / 20 ? [] : wrong).toEqual([]);
  });

  it('does not take the edition year, 5G, names in quotes or "for the first time" for claims', () => {
    const texts = doc.facts.map((fact) => fact.text);
    expect(texts.filter((text) => /^(?:5G|2020|1|first time)$/i.test(text))).toEqual([]);
  });
});

describe('align: the English chapter against the Chinese report', async () => {
  const original = (await convert(fixture(chineseReport))).factsFile;

  it('pairs at least 95% of a faithful translation, with at most 2 differences', async () => {
    const alignment = alignFacts(original, (await convert(fixture(englishChapter))).factsFile);
    const { summary } = alignment;
    expect(summary.translation_facts).toBeGreaterThanOrEqual(0.93 * goldClaims().length);
    expect(summary.pairs + summary.differences).toBeGreaterThanOrEqual(0.95 * summary.translation_facts);
    expect(alignment.differences.map((d) => `${d.translation.text} ≠ ${d.original.text}: ${d.fields.join(', ')}`).length).toBeLessThanOrEqual(2);
    // Only chapter 三 is translated: nothing of the other chapters counts as left out.
    expect(alignment.only_in_original.filter((fact) => !fact.section[0]?.startsWith('三、'))).toEqual([]);
  });

  it('pairs every number of a faithful translation of the first part of section 一（一）, rankings and from-to pairs included', async () => {
    const alignment = alignFacts(original, (await convert(fixture('dcdr2020-ch1-1.en.txt'))).factsFile);
    const { summary } = alignment;
    expect(summary.translation_facts).toBeGreaterThanOrEqual(45);
    expect(alignment.differences.map((d) => `${d.translation.text} ≠ ${d.original.text}: ${d.fields.join(', ')}`)).toEqual([]);
    expect(alignment.only_in_translation.map((f) => f.text)).toEqual([]);
    // The section's later paragraphs are not translated: their numbers are the ones left out.
    expect(alignment.only_in_original.filter((f) => f.sentence.includes('5G 基站') || f.sentence.includes('第 65 位'))).toEqual([]);
  });

  for (const [{ file, planted }, headings] of plantedTranslations().flatMap((t) => [[t, true], [t, false]] as const)) {
    it(`reports every error planted in ${file}${headings ? '' : ' with its headings lost'}, in the field that is wrong`, async () => {
      const translation = (await convert(fixture(file))).factsFile;
      // Without headings the sections it renders are found by the numbers that agree.
      if (!headings) translation.facts = translation.facts.map((fact) => ({ ...fact, section: [] }));
      const alignment = alignFacts(original, translation);
      const reported = planted.map((error) => {
        const difference = alignment.differences.find((d) => d.translation.sentence.includes(error.context) && sameValue(d.translation.value, error.value));
        return { error: error.error, text: error.text, fields: difference?.fields.filter((field) => error.fields.includes(field)) };
      });
      expect(reported).toEqual(planted.map((error) => ({ error: error.error, text: error.text, fields: error.fields })));
    });
  }
});

/**
 * Translations of parts of the report, each with the facts gold of its Chinese text (from one
 * heading or sentence to another), and the numbers the translation writes that the original
 * does not (百兆 is a class of bandwidth, written without a digit).
 */
const translatedParts = [
  { file: 'dcdr2020-ch1-1.en.txt', gold: 'dcdr2020-ch1.yaml', from: '信息基础设施建设规模全球领先', to: '图 3 我国电子政务', added: [] },
  { file: 'dcdr2020-ch2-1.en.txt', gold: 'dcdr2020-ch2-ch3.yaml', from: '我国已建成全球最大 5G 网络', to: '（三）创新支撑水平快速提升', added: ['100 Mbps'] },
  { file: 'dcdr2020-ch4-1.en.txt', gold: 'dcdr2020-ch3-ch4.yaml', from: '（一）顶层设计和工作机制更加健全', to: '（四）电子政务支撑行政效能加快提升', added: [] },
];

describe.each(translatedParts)('$file against the Chinese hand annotation of the same text', async ({ file, gold, from, to, added }) => {
  const doc = await convert(fixture(file));
  const report = readFileSync(fixture(chineseReport), 'utf8');
  const [start, end] = [report.indexOf(from), report.indexOf(to)];
  const annotation = readFileSync(fixture(`facts-gold/${gold}`), 'utf8');
  const claims = (YAML.parse(annotation).claims as { sentence: string; value: number }[]).filter((claim) => {
    const at = report.indexOf(claim.sentence);
    return at >= start && at < end;
  });

  it('finds the numbers of the original, precision and recall at least 0.93', () => {
    // Sentences differ between the languages: a claim is found when an English fact has its value, each fact used once.
    const unused = [...doc.facts];
    const missed = claims.filter((claim) => {
      const index = unused.findIndex((fact) => sameValue(fact.value, claim.value));
      if (index >= 0) unused.splice(index, 1);
      return index < 0;
    });
    expect(claims.length).toBeGreaterThan(10);
    expect(1 - missed.length / claims.length).toBeGreaterThanOrEqual(0.93);
    expect(1 - unused.length / doc.facts.length).toBeGreaterThanOrEqual(0.93);
  });

  it('pairs at least 95% of the numbers it renders, with at most 2 differences, and finds the ones it adds', async () => {
    const alignment = alignFacts((await convert(fixture(chineseReport))).factsFile, doc.factsFile);
    const { summary } = alignment;
    expect(alignment.only_in_translation.map((fact) => fact.text)).toEqual(added);
    expect(summary.pairs + summary.differences).toBeGreaterThanOrEqual(0.95 * (doc.facts.length - added.length));
    expect(summary.differences).toBeLessThanOrEqual(2);
  });
});
