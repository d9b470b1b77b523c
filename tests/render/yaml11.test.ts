import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { convert } from '../../pipeline/convert.js';
import { serializeFacts } from '../../pipeline/render/index.js';
import { serializeData } from '../../pipeline/serialize.js';
import type { Fact, FactsFile } from '../../pipeline/types.js';
import { fixture } from '../helpers.js';

/** What a YAML 1.1 reader (PyYAML, SnakeYAML, yaml.v2) makes of a text: the yaml package in 1.1 mode. */
const parse11 = (text: string) => YAML.parse(text, { version: '1.1' }) as unknown;

/** Characters YAML 1.1 does not allow raw, or reads as line breaks: none may stand unescaped in the text. */
const rawUnsafe = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;

const fact = (time: string | null, sentence: string): Fact => ({
  id: 'f1-1-1', text: '3.2%', value: 3.2, scale: 1, unit: '%', unit_text: '%', kind: 'percent', qualifier: 'exact',
  subject: '增速', time, time_inferred: false, sentence, section: ['一、总体情况'],
});

describe('YAML that reads the same under YAML 1.1', () => {
  it.each(['2022-06-30', '2020', '2020-11', '2016/2020', '2015-06-30/2021-12-31'])('writes time %s as a string a 1.1 reader keeps a string', (time) => {
    const file: FactsFile = {
      document: { title: '报告', language: 'zh', edition_year: 2022, source_file: 'r.pdf', sha256: 'a'.repeat(64), page_count: 1, generator: 'baogao' },
      facts: [fact(time, `截至${time}，增速为3.2%。`)],
    };
    const text = serializeFacts(file, 'yaml');
    expect(text).toContain(`time: "${time}"`);
    const parsed = parse11(text) as FactsFile;
    expect(parsed.facts[0]!.time).toBe(time);
    expect(parsed).toEqual(file);
  });

  it('escapes control characters, NEL, line and paragraph separators and a stray BOM, keeping the text', () => {
    const sentences = ['a\u008fb', 'nul\u0000here', 'bell\u0007 and esc\u001b', 'del\u007f', 'next\u0085line', 'line\u2028sep', 'para\u2029sep', 'bom\ufeffinside', '多行\n文本'];
    const data = { facts: sentences.map((sentence) => fact('2021-01-01', sentence)) };
    const text = serializeData(data, 'yaml');
    expect(text).not.toMatch(rawUnsafe);
    expect(parse11(text)).toEqual(data);
    expect(YAML.parse(text)).toEqual(data);
  });

  it('quotes the strings YAML 1.1 would read as booleans, numbers or nulls', () => {
    const data = { words: ['yes', 'No', 'on', 'OFF', 'y', 'n', '1:20', '1_000', '0x1F', '.inf', '~', 'null', '2020-11-05 10:00:00'] };
    expect(parse11(serializeData(data, 'yaml'))).toEqual(data);
  });

  it('gives a converted report whose facts file and front matter a 1.1 reader reads as written, every time a string', async () => {
    const doc = await convert(fixture('dcdr2021-excerpt.zh.txt'));
    const facts = parse11(serializeFacts(doc.factsFile, 'yaml')) as FactsFile;
    expect(facts).toEqual(JSON.parse(JSON.stringify(doc.factsFile)));
    expect(facts.facts.length).toBeGreaterThan(0);
    for (const { time } of facts.facts) expect(time === null || typeof time === 'string').toBe(true);
    const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(doc.markdown)![1]!;
    expect(parse11(frontMatter)).toEqual(YAML.parse(frontMatter));
  }, 60_000);
});
