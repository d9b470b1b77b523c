import YAML, { isScalar, visit } from 'yaml';

export type DataFormat = 'yaml' | 'json';

/**
 * Characters a YAML 1.1 reader refuses raw (C0 and C1 controls, DEL, non-characters, a BOM
 * inside the text) or reads as a line break (NEL, U+2028, U+2029), tab and newline aside: a
 * string holding one is written double-quoted, the character escaped.
 */
const unsafeForYaml11 = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g;

const namedEscapes: Record<string, string> = { '\x00': '\\0', '\x85': '\\N', '\u2028': '\\L', '\u2029': '\\P' };
const escapeUnsafe = (character: string) =>
  namedEscapes[character] ?? (character.charCodeAt(0) <= 0xff ? `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}` : `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Keys whose string values are always quoted: a time ("2020", "2020-11", "2016/2020") looks like a number or a date to readers that guess types. */
const alwaysQuoted = new Set(['time']);

/**
 * A data file (facts, diff, alignment, front matter) as YAML or JSON. Objects met twice (a fact in
 * two lists, the heading path facts share) are written out each time, never as YAML aliases:
 * readers must not need to resolve them, and YAML parsers refuse files with many.
 *
 * The YAML reads the same under YAML 1.2 and 1.1 (PyYAML, SnakeYAML, Go's yaml.v2, Ruby's Psych):
 * strings 1.1 would take for something else — dates, yes/no/on/off, sexagesimal and underscored
 * numbers — are quoted, every time is quoted (time: "2022-06-30"), and characters 1.1 refuses are
 * escaped.
 */
export function serializeData(value: unknown, format: DataFormat): string {
  if (format === 'json') return JSON.stringify(value, null, 2) + '\n';
  const document = new YAML.Document(value, { aliasDuplicateObjects: false, version: '1.1' });
  visit(document, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && alwaysQuoted.has(String(pair.key.value)) && isScalar(pair.value) && typeof pair.value.value === 'string') pair.value.type = 'QUOTE_DOUBLE';
    },
    Scalar(_key, node) {
      if (typeof node.value === 'string' && node.value.search(unsafeForYaml11) >= 0) node.type = 'QUOTE_DOUBLE';
    },
  });
  // Every string holding an unsafe character is double-quoted now: only there can the character stand, and be escaped.
  return document.toString({ lineWidth: 0 }).replace(unsafeForYaml11, escapeUnsafe);
}
