import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { diffFacts, extractFacts, type Fact, type FactsDiff } from '../../pipeline/index.js';
import { fixture } from '../helpers.js';

interface FactSpec {
  sentences: string[];
  value: number;
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


const matches = (fact: Fact, spec: FactSpec) =>
  spec.sentences.some((snippet) => fact.sentence.includes(snippet)) && Math.abs(fact.value - spec.value) <= 1e-9 * Math.max(1, Math.abs(spec.value));
const isPair = (pair: { old: Fact; new: Fact }, item: GoldPair) => matches(pair.old, item.old) && matches(pair.new, item.new);

// End to end: both fixtures converted, their facts diffed, the pairs judged against a list made
// by reading both editions: the real 2021 excerpt (diff-gold.yaml), and a synthetic later edition
// that rephrases 2020 metrics beside look-alikes (diff-paraphrase-gold.yaml).
describe.each(['diff-gold.yaml', 'diff-paraphrase-gold.yaml'])('diff against the hand-made gold pairs of %s', (goldFile) => {
  const gold = YAML.parse(readFileSync(fixture(goldFile), 'utf8')) as DiffGold;
  let diff: FactsDiff;
  let pairs: { old: Fact; new: Fact }[];
  beforeAll(async () => {
    diff = diffFacts(await extractFacts(fixture(gold.old)), await extractFacts(fixture(gold.new)));
    pairs = [...diff.changed, ...diff.unchanged];
  });

  it('pairs at least 80% of the metrics both editions report', () => {
    const missed = gold.pairs.filter((item) => !pairs.some((pair) => isPair(pair, item)));
    const recall = 1 - missed.length / gold.pairs.length;
    console.info(`${goldFile}: paired ${gold.pairs.length - missed.length} of ${gold.pairs.length} shared metrics (recall ${recall.toFixed(2)})`);
    expect(recall, `missed: ${missed.map((item) => item.metric).join('; ')}`).toBeGreaterThanOrEqual(0.8);
  });

  it('gets at least 90% of the judged pairs right', () => {
    const specs = [...gold.pairs, ...gold.look_alikes];
    const judged = pairs.filter((pair) => specs.some((item) => matches(pair.old, item.old) || matches(pair.new, item.new)));
    const wrong = judged.filter((pair) => !gold.pairs.some((item) => isPair(pair, item)));
    const precision = judged.length === 0 ? 1 : 1 - wrong.length / judged.length;
    console.info(`${goldFile}: ${judged.length - wrong.length} of ${judged.length} judged pairs right (precision ${precision.toFixed(2)})`);
    const describe = (pair: { old: Fact; new: Fact }) => `${pair.old.text} 「${pair.old.sentence}」 ↔ ${pair.new.text} 「${pair.new.sentence}」`;
    expect(precision, `wrong: ${wrong.map(describe).join('; ')}`).toBeGreaterThanOrEqual(0.9);
  });
});
