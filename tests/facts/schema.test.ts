import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convert, serializeFacts, writeOutputs } from '../../pipeline/index.js';
import { fixture, projectRoot } from '../helpers.js';
import { factsFileErrors } from './schema.js';

const inputs = [
  fixture('digital-china-2020.zh.txt'),
  fixture('dcdr2021-excerpt.zh.txt'),
  fixture('dcdr2020-ch3.en.txt'),
  fixture('dcdr2020.reportlab-cid.pdf'),
  join(projectRoot, 'input', 'dcdr2020.libreoffice.pdf'),
];

/** A facts file holding one fact. */
const file = (fact: object) =>
  JSON.stringify({
    document: { title: 't', language: 'zh', edition_year: 2020, source_file: 'a.txt', sha256: 'a'.repeat(64), page_count: 1, generator: 'baogao 0' },
    facts: [fact],
  });

const outDir = await mkdtemp(join(tmpdir(), 'baogao-facts-'));
afterAll(() => rm(outDir, { recursive: true, force: true }));

describe('the facts file', () => {
  for (const input of inputs) {
    const name = input.split('/').at(-1)!;
    it(`${name}: the written YAML and JSON files satisfy schema/facts.schema.json`, async () => {
      const doc = await convert(input);
      for (const format of ['yaml', 'json'] as const) {
        const [factsPath] = await writeOutputs(doc, join(outDir, format), format);
        const content = await readFile(factsPath!, 'utf8');
        expect(factsFileErrors(content)).toEqual([]);
      }
    });
  }

  it('PDF input: every fact carries its page', async () => {
    const doc = await convert(fixture('dcdr2020.reportlab-cid.pdf'));
    expect(doc.facts.length).toBeGreaterThan(100);
    for (const fact of doc.facts) expect(fact.page).toBeGreaterThanOrEqual(1);
  });

  it('the same input gives byte-identical facts, ids included', async () => {
    const first = serializeFacts((await convert(inputs[0]!)).factsFile, 'yaml');
    const second = serializeFacts((await convert(inputs[0]!)).factsFile, 'yaml');
    expect(second).toBe(first);
    const ids = (await convert(inputs[0]!)).facts.map((fact) => fact.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('the schema rejects a fact without a unit or with an unknown qualifier', () => {
    const fact = {
      id: 'f1-1-1', text: '71.8 万个', value: 718000, scale: 10000, unit: 'item', unit_text: '个', kind: 'count', qualifier: 'exact',
      subject: '5G 基站', time: '2020', time_inferred: false, sentence: '已建成 5G 基站达到 71.8 万个。', section: [],
    };
    expect(factsFileErrors(file(fact))).toEqual([]);
    expect(factsFileErrors(file({ ...fact, unit: undefined }))).not.toEqual([]);
    expect(factsFileErrors(file({ ...fact, qualifier: 'about' }))).not.toEqual([]);
    expect(factsFileErrors(file({ ...fact, time: 'end of 2020' }))).not.toEqual([]);
  });

  it('a table cell fact names its caption, row and column; a forecast is marked', () => {
    const fact = {
      id: 'f3-2-2-1', text: '330,435.30', value: 3304353000, scale: 10000, unit: 'CNY', unit_text: '元', kind: 'amount', qualifier: 'exact',
      subject: '工商银行 授信总额', time: '2023-03', time_inferred: true, sentence: '1 | 工商银行 | 330,435.30', section: [],
      table: { caption: '表 7-2：截至 2023 年 3 月末发行人授信及使用情况', row: '工商银行', column: '授信总额' },
    };
    expect(factsFileErrors(file(fact))).toEqual([]);
    expect(factsFileErrors(file({ ...fact, forecast: true }))).toEqual([]);
    expect(factsFileErrors(file({ ...fact, forecast: false }))).not.toEqual([]);
    expect(factsFileErrors(file({ ...fact, table: { caption: '', row: '工商银行' } }))).not.toEqual([]);
  });
});
