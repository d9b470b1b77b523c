import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convert } from '../../pipeline/index.js';
import { fixture } from '../helpers.js';
import { combine, type Evaluation, evaluate, goldFiles } from './gold.js';

function report(label: string, e: Evaluation): string {
  const pct = (x: number) => (x * 100).toFixed(1);
  const lines = [
    `${label}: gold ${e.gold}, extracted ${e.extracted}, matched ${e.matched}; P ${pct(e.precision)} R ${pct(e.recall)}; ` +
      `year ${pct(e.year)} unit ${pct(e.unit)} qualifier ${pct(e.qualifier)} kind ${pct(e.kind)}`,
    ...e.missed.map((g) => `  missed: ${g.sentence} = ${g.value}`),
    ...e.spurious.map((f) => `  spurious: ${f.text} in ${f.sentence.slice(0, 40)}`),
    ...e.wrong.map((w) => `  wrong ${w.field}: ${w.gold.sentence} gold ${JSON.stringify(w.gold[w.field === 'time' ? 'time' : (w.field as 'unit')])} got ${JSON.stringify(w.fact[w.field as 'unit'])}`),
  ];
  return lines.join('\n');
}

/** The facts of `input` (default: the annotated source itself) scored against the gold of `source`. */
async function evaluationOf(source: string, input = source): Promise<Evaluation> {
  const doc = await convert(fixture(input));
  const text = readFileSync(fixture(source), 'utf8');
  const evaluations = goldFiles()
    .filter((gold) => gold.source === source)
    .map((gold) => evaluate(doc.facts, gold, text));
  return combine(evaluations);
}

/** The targets of issue 4: precision and recall as given; year ≥ 0.90, unit and qualifier ≥ 0.95 over matched claims. */
function expectTargets(e: Evaluation, claims: number): void {
  expect(e.precision).toBeGreaterThanOrEqual(claims);
  expect(e.recall).toBeGreaterThanOrEqual(claims);
  expect(e.year).toBeGreaterThanOrEqual(0.9);
  expect(e.unit).toBeGreaterThanOrEqual(0.95);
  expect(e.qualifier).toBeGreaterThanOrEqual(0.95);
}

describe('facts against the hand annotation', () => {
  it('the 2020 seed text: precision and recall ≥ 0.95; year ≥ 0.90, unit and qualifier ≥ 0.95', async () => {
    const e = await evaluationOf('digital-china-2020.zh.txt');
    console.log(report('2020 seed', e));
    expect(e.gold).toBeGreaterThanOrEqual(150);
    expectTargets(e, 0.95);
  });

  it('the 2021 excerpt: precision and recall ≥ 0.90', async () => {
    const e = await evaluationOf('dcdr2021-excerpt.zh.txt');
    console.log(report('2021 excerpt', e));
    expectTargets(e, 0.9);
  });
});

describe('facts from PDF renderings of the same report', () => {
  const f1 = (e: Evaluation) => (2 * e.precision * e.recall) / (e.precision + e.recall);
  for (const pdf of ['dcdr2020.reportlab-cid.pdf', '../../input/dcdr2020.libreoffice.pdf']) {
    it(`${pdf.split('/').at(-1)}: F1 within 0.02 of the text's`, async () => {
      const text = await evaluationOf('digital-china-2020.zh.txt');
      const fromPdf = await evaluationOf('digital-china-2020.zh.txt', pdf);
      console.log(report(pdf, fromPdf));
      expect(f1(fromPdf)).toBeGreaterThanOrEqual(f1(text) - 0.02);
    });
  }
});
