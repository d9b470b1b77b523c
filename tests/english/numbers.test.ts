import { describe, expect, it } from 'vitest';
import { clean } from '../../pipeline/clean/index.js';
import { extract } from '../../pipeline/extract/index.js';
import { facts } from '../../pipeline/facts/index.js';
import { layout } from '../../pipeline/layout/index.js';
import { segment } from '../../pipeline/segment/index.js';
import { structure } from '../../pipeline/structure/index.js';
import type { Fact } from '../../pipeline/types.js';

/** The facts of English sentences, as a paragraph under the title of a 2020 report. */
async function factsOf(...sentences: string[]): Promise<Fact[]> {
  const text = `Digital China Development Report (2020)\n\n${sentences.join(' ')}\n`;
  const doc = facts(structure(segment(clean(layout(await extract({ path: 'sentences.txt', bytes: new TextEncoder().encode(text) }))))));
  expect(doc.language).toBe('en');
  return doc.facts;
}

const pick = (fact: Fact) => ({ value: fact.value, unit: fact.unit, kind: fact.kind, qualifier: fact.qualifier, time: fact.time });

describe('English numbers as translations write them', () => {
  it('reads scales, currencies before and after, percent words and percentage points', async () => {
    const found = await factsOf(
      'China had built 718,000 5G base stations, and connections exceeded 200 million.',
      'Revenue was 1.36 trillion yuan, software revenue RMB 8.16 trillion and internet revenue 1,283.8 billion yuan.',
      'The rate reached 52.6 percent, 96% and nearly 100%, up 2.4 percentage points.',
    );
    expect(found.map(pick)).toEqual([
      { value: 718000, unit: '', kind: 'count', qualifier: 'exact', time: '2020' },
      { value: 200e6, unit: '', kind: 'count', qualifier: 'gt', time: '2020' },
      { value: 1.36e12, unit: 'CNY', kind: 'amount', qualifier: 'exact', time: '2020' },
      { value: 8.16e12, unit: 'CNY', kind: 'amount', qualifier: 'exact', time: '2020' },
      { value: 1.2838e12, unit: 'CNY', kind: 'amount', qualifier: 'exact', time: '2020' },
      { value: 52.6, unit: '%', kind: 'percent', qualifier: 'exact', time: '2020' },
      { value: 96, unit: '%', kind: 'percent', qualifier: 'exact', time: '2020' },
      { value: 100, unit: '%', kind: 'percent', qualifier: 'approx', time: '2020' },
      { value: 2.4, unit: 'percentage_point', kind: 'change', qualifier: 'exact', time: '2020' },
    ]);
  });

  it('reads changes, ranks, counts in words and times written after the number', async () => {
    const found = await factsOf(
      'Software revenue was up 16.1% year-on-year.',
      'China ranked 14th, and online retail sales ranked first in the world for the eighth consecutive year.',
      'The three basic telecom operators served more than 54 billion times.',
      'Mobile broadband penetration rose from 57.4% at the end of 2015 to 108% at the end of 2020.',
    );
    expect(found.map(pick)).toEqual([
      { value: 16.1, unit: '%', kind: 'change', qualifier: 'exact', time: '2020' },
      { value: 14, unit: 'rank', kind: 'rank', qualifier: 'exact', time: '2020' },
      { value: 1, unit: 'rank', kind: 'rank', qualifier: 'exact', time: '2020' },
      { value: 8, unit: 'year', kind: 'duration', qualifier: 'exact', time: '2020' },
      { value: 3, unit: '', kind: 'count', qualifier: 'exact', time: '2020' },
      { value: 54e9, unit: 'times', kind: 'count', qualifier: 'gt', time: '2020' },
      { value: 57.4, unit: '%', kind: 'percent', qualifier: 'exact', time: '2015' },
      { value: 108, unit: '%', kind: 'percent', qualifier: 'exact', time: '2020' },
    ]);
    expect(found.at(-1)).toMatchObject({ role: 'to', linked_to: found.at(-2)!.id });
  });

  it('knows the 13th Five-Year Plan period and takes no name, code or list of members for a claim', async () => {
    const found = await factsOf(
      'During the 13th Five-Year Plan period, 5G, G20 and COVID-19 work reached 12 provinces.',
      'Zhejiang carried out its "No. 1 Project" and built "two cores, one corridor and two zones".',
      'The system links the three levels of the state, the provinces and enterprises, see https://example.org/2019/5 and ISO 27001.',
    );
    expect(found.map((fact) => [fact.text, fact.time])).toEqual([['12', '2016/2020']]);
  });
});
