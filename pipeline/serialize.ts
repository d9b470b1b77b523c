import YAML from 'yaml';

export type DataFormat = 'yaml' | 'json';

/**
 * A data file (facts, diff, alignment) as YAML or JSON. Objects met twice (a fact in two lists,
 * the heading path facts share) are written out each time, never as YAML aliases: readers must
 * not need to resolve them, and YAML parsers refuse files with many.
 */
export function serializeData(value: unknown, format: DataFormat): string {
  return format === 'json' ? JSON.stringify(value, null, 2) + '\n' : YAML.stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });
}
