import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { diffFacts, extractFacts, type Fact, type FactsDiff } from '../../pipeline/index.js';
import { fixture } from '../helpers.js';

interface FactSpec {
  sentences: string[];
  value: number;
  /** The other roundings of a figure the edition restates (8.16 万亿元 beside 81616 亿元). */
  values?: number[];
}
interface GoldPair {
  old: FactSpec;
  new: FactSpec;
}
interface DiffGold {
  old: string;
  new: string;
  pairs: (GoldPair & { metric: string })[];
  look_alikes: (GoldPair & { why: string })[];
}


const sameValue = (value: number, expected: number) => Math.abs(value - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
const matches = (fact: Fact, spec: FactSpec) =>
  spec.sentences.some((snippet) => fact.sentence.includes(snippet)) && [spec.value, ...(spec.values ?? [])].some((value) => sameValue(fact.value, value));
const isPair = (pair: { old: Fact; new: Fact }, item: GoldPair) => matches(pair.old, item.old) && matches(pair.new, item.new);

// End to end: both fixtures converted, their facts diffed, the pairs judged against a list made
// by reading both editions: the real 2021 excerpt (diff-gold.yaml), and a synthetic later edition
// that rephrases 2020 metrics beside look-alikes (diff-paraphrase-gold.yaml), and one that restates
// them in other words, moves them and repeats them in a summary (diff-restated-gold.yaml).
describe.each(['diff-gold.yaml', 'diff-paraphrase-gold.yaml', 'diff-restated-gold.yaml', 'diff-lures-gold.yaml'])('diff against the hand-made gold pairs of %s', (goldFile) => {
  const gold = YAML.parse(readFileSync(fixture(goldFile), 'utf8')) as DiffGold;
  let diff: FactsDiff;
  let pairs: { old: Fact; new: Fact }[];
  beforeAll(async () => {
    diff = diffFacts(await extractFacts(fixture(gold.old)), await extractFacts(fixture(gold.new)));
    pairs = [...diff.changed, ...diff.unchanged];
  });

  it('pairs at least 85% of the metrics both editions report', () => {
    const missed = gold.pairs.filter((item) => !pairs.some((pair) => isPair(pair, item)));
    const recall = 1 - missed.length / gold.pairs.length;
    console.info(`${goldFile}: paired ${gold.pairs.length - missed.length} of ${gold.pairs.length} shared metrics (recall ${recall.toFixed(2)})`);
    expect(recall, `missed: ${missed.map((item) => item.metric).join('; ')}`).toBeGreaterThanOrEqual(0.85);
  });

  it('lists the 5G base stations among the changed metrics, wherever both editions state them', () => {
    const fiveG = gold.pairs.find((item) => item.metric.startsWith('5G base stations'));
    if (!fiveG) return;
    expect(diff.changed.some((pair) => isPair(pair, fiveG))).toBe(true);
  });

  it('gets at least 95% of the judged pairs right', () => {
    const specs = [...gold.pairs, ...gold.look_alikes];
    const judged = pairs.filter((pair) => specs.some((item) => matches(pair.old, item.old) || matches(pair.new, item.new)));
    const wrong = judged.filter((pair) => !gold.pairs.some((item) => isPair(pair, item)));
    const precision = judged.length === 0 ? 1 : 1 - wrong.length / judged.length;
    console.info(`${goldFile}: ${judged.length - wrong.length} of ${judged.length} judged pairs right (precision ${precision.toFixed(2)})`);
    const describe = (pair: { old: Fact; new: Fact }) => `${pair.old.text} 「${pair.old.sentence}」 ↔ ${pair.new.text} 「${pair.new.sentence}」`;
    expect(precision, `wrong: ${wrong.map(describe).join('; ')}`).toBeGreaterThanOrEqual(0.95);
  });
});
