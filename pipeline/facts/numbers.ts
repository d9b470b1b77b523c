import type { FactTables, UnitEntry } from '../lang/index.js';
import type { FactKind, Qualifier } from '../types.js';
import { nativeNumeralValue } from '../lang/numerals.js';
import { alternation, escapeRegExp, wordAt, wordBefore } from './text.js';

/** A number found in a sentence, read with its scale, unit and qualifiers. */
export interface NumberMention {
  /** Span of the number with its scale, unit and qualifiers written after it. */
  start: number;
  end: number;
  /** End of the number itself, before any scale, unit or qualifier. */
  coreEnd: number;
  /** Where a qualifier written before the number starts (= start when none). */
  leadStart: number;
  value: number;
  valueMax?: number;
  scale: number;
  unit: string;
  unitText: string;
  kind: FactKind;
  qualifier: Qualifier;
  /** Written with native numerals (三家, 十几个) rather than digits. */
  native: boolean;
  /** Neither a scale word, nor a unit, nor a qualifier after the number: '12315', '85.3'. */
  bare: boolean;
  /** Written as an ordinal word ('first', 'eighth'): a rank or a count of periods, never a quantity alone. */
  ordinal?: boolean;
}

interface Core {
  start: number;
  end: number;
  value: number;
  native: boolean;
  /** 十几个, 数十: the written value is a lower bound. */
  vague: boolean;
  /** Percent or fraction written in words: 百分之三十, 四分之一. */
  unit?: UnitEntry;
  /** 千, 百, 几 without a digit: a quantity only with 余/多 (百余家) or a scale word (数万) after it. */
  digitless: boolean;
  ordinal?: boolean;
}

interface Compiled {
  core: RegExp;
  scaleWords: string[];
  unitWords: string[];
  /** Units of counted things: the nouns a count may reach past adjectives. */
  countUnitWords: string[];
  unitsAfter: Map<string, UnitEntry>;
  unitsBefore: Map<string, UnitEntry>;
  insideQualifiers: string[];
  afterQualifiers: string[];
  beforeQualifiers: string[];
  percent: UnitEntry;
}
const compiledTables = new WeakMap<FactTables, Compiled>();

/** Spaces that group digits by thousands in Chinese and scientific writing: 10 000, 0.000 1. */
const groupSpace = '[ \\u00a0\\u2009\\u202f]';
const arabic =
  `(?:(?<!\\d)\\d{1,3}(?:${groupSpace}\\d{3})+(?![\\d.,]|${groupSpace}\\d)|\\d+(?:,\\d{3})*)` +
  `(?:\\.\\d{3}(?:${groupSpace}\\d{1,3}(?![\\d.]))+|\\.\\d+)?`;
/** A minus sign written before a number: IC 均值为-0.002, (−3.2%). */
const minusSigns = '-−－';

function compile(tables: FactTables): Compiled {
  const cached = compiledTables.get(tables);
  if (cached) return cached;
  const nativeWords = [...Object.keys(tables.digits), ...Object.keys(tables.places), ...tables.vagueDigits];
  const latin = nativeWords.some((w) => /[a-z]/i.test(w));
  // Native numerals: Chinese characters run together; English words are joined by spaces or hyphens.
  const nativeWord = `(?:${alternation(nativeWords)})`;
  const native = latin ? String.raw`\b${nativeWord}(?:[\s-]+${nativeWord})*\b` : `${nativeWord}+`;
  const any = `(?:${arabic}|${native})`;
  const alternatives = [
    tables.percentPrefix ? `(?<percent>${escapeRegExp(tables.percentPrefix)}(?<percentNumber>${any}))` : undefined,
    tables.fractionInfix ? `(?<fraction>(?<denominator>${any})${escapeRegExp(tables.fractionInfix)}(?<numerator>${any}))` : undefined,
    String.raw`(?<slash>(?<![\d/.])(?<slashNumerator>\d+)/(?<slashDenominator>\d+)(?![\d/]))`,
    Object.keys(tables.vagueQuantities ?? {}).length
      ? latin
        ? String.raw`(?<vagueQuantity>\b(?:${alternation(Object.keys(tables.vagueQuantities!))})\b)`
        : `(?<vagueQuantity>${alternation(Object.keys(tables.vagueQuantities!))})`
      : undefined,
    Object.keys(tables.numberWords).length ? `(?<word>${alternation(Object.keys(tables.numberWords))})` : undefined,
    Object.keys(tables.ordinalWords).length ? String.raw`(?<ordinalWord>\b(?:${alternation(Object.keys(tables.ordinalWords))})\b)` : undefined,
    `(?<arabic>${arabic})`,
    `(?<native>${native})`,
  ].filter(Boolean);
  const units = tables.units;
  const percent = units.find((u) => u.unit === '%') ?? { text: '%', unit: '%', kind: 'percent' };
  const compiled: Compiled = {
    core: new RegExp(alternatives.join('|'), latin ? 'giu' : 'gu'),
    scaleWords: Object.keys(tables.scales),
    unitWords: units.filter((u) => u.position !== 'before').map((u) => u.text),
    countUnitWords: units.filter((u) => u.position !== 'before' && u.kind === 'count').map((u) => u.text),
    unitsAfter: new Map(units.filter((u) => u.position !== 'before').map((u) => [u.text, u])),
    unitsBefore: new Map(units.filter((u) => u.position === 'before').map((u) => [u.text, u])),
    insideQualifiers: tables.qualifiers.filter((q) => q.position === 'inside').map((q) => q.text),
    afterQualifiers: tables.qualifiers.filter((q) => q.position === 'after').map((q) => q.text),
    beforeQualifiers: tables.qualifiers.filter((q) => q.position === 'before').map((q) => q.text),
    percent,
  };
  compiledTables.set(tables, compiled);
  return compiled;
}

function readCore(match: RegExpMatchArray, tables: FactTables, compiled: Compiled): Core | undefined {
  const g = match.groups!;
  const start = match.index!;
  const end = start + match[0].length;
  const numberOf = (text: string): { value: number; native: boolean; vague: boolean; digitless: boolean } | undefined => {
    if (/^\d/.test(text)) return { value: Number(text.replace(/[,\s]/g, '')), native: false, vague: false, digitless: false };
    const native = nativeNumeralValue(text, tables);
    return native && { ...native, native: true };
  };
  if (g.percent) {
    const n = numberOf(g.percentNumber!);
    return n && { ...n, start, end, unit: compiled.percent };
  }
  if (g.fraction) {
    const denominator = numberOf(g.denominator!);
    const numerator = numberOf(g.numerator!);
    if (!denominator || !numerator || denominator.value === 0) return undefined;
    return { start, end, value: asPercent(numerator.value / denominator.value), native: numerator.native, vague: false, digitless: false, unit: fractionUnit };
  }
  if (g.slash) {
    const denominator = Number(g.slashDenominator);
    if (denominator === 0) return undefined;
    return { start, end, value: asPercent(Number(g.slashNumerator) / denominator), native: false, vague: false, digitless: false, unit: fractionUnit };
  }
  if (g.vagueQuantity) {
    const value = tables.vagueQuantities![g.vagueQuantity.toLowerCase()];
    return value === undefined ? undefined : { start, end, value, native: true, vague: true, digitless: false };
  }
  if (g.ordinalWord) {
    const value = tables.ordinalWords[g.ordinalWord.toLowerCase()];
    return value === undefined ? undefined : { start, end, value, native: true, vague: false, digitless: false, ordinal: true };
  }
  if (g.word) return { start, end, value: asPercent(tables.numberWords[g.word]!), native: true, vague: false, digitless: false, unit: fractionUnit };
  const n = numberOf(match[0]);
  if (n && g.arabic && isNegative(match.input!, start, tables)) return { start: start - 1, end, ...n, value: -n.value };
  return n && { start, end, ...n };
}

/**
 * A minus sign right before digits, after neither a digit nor a Latin letter nor a closing mark:
 * not a range (10%-15%, 2016-2020) nor a name (Scope-1, COVID-19).
 */
function isNegative(text: string, start: number, tables: FactTables): boolean {
  const sign = text[start - 1];
  if (sign === undefined || !minusSigns.includes(sign)) return false;
  const before = text[start - 2] ?? '';
  if (/[A-Za-z\d%％)）\]]/.test(before)) return false;
  // Between two Chinese words a dash is an operator or a join (6 个月涨跌幅-1 个月涨跌幅), after a to-word a sign (均值为-0.002).
  return !/\p{Script=Han}/u.test(before) || wordBefore(text, start - 1, tables.toCues) !== undefined;
}

/**
 * A share written as a fraction (一半, 四分之一, 1/3, 'half') is a percentage like any other:
 * 一半 → 50 %, so it compares with "50%" in another edition or a translation.
 */
const fractionUnit: UnitEntry = { text: '', unit: '%', kind: 'percent' };

/** A fraction as its percent number, rounded off where binary fractions would show (1/3 → 33.3333333333). */
const asPercent = (fraction: number) => Number((fraction * 100).toPrecision(12));

/**
 * Every number of the text with what is written right around it. masked[i] marks characters
 * that belong to no number (times, titles, names).
 */
export function findNumbers(text: string, tables: FactTables, masked: boolean[], wordBounds?: Set<number>): NumberMention[] {
  const compiled = compile(tables);
  const mentions: NumberMention[] = [];
  for (const match of text.matchAll(compiled.core)) {
    const core = readCore(match, tables, compiled);
    // A number inside the unit of the one before (54592(块/32)) is part of it.
    if (!core || masked[core.start] || core.start < (mentions.at(-1)?.end ?? 0)) continue;
    const mention = readAround(text, core, tables, compiled, wordBounds);
    if (mention) mentions.push(mention);
  }
  return joinRanges(text, mentions, tables);
}

/**
 * Reads the scale, unit and qualifiers written around a number. wordBounds, the offsets where the
 * segmenter starts or ends words, keeps a qualifier after the unit from being part of a word
 * (5 项多模态: 项多 / 模态).
 */
function readAround(text: string, core: Core, tables: FactTables, compiled: Compiled, wordBounds?: Set<number>): NumberMention | undefined {
  let start = core.start;
  let position = core.end;
  let qualifier: Qualifier = core.vague ? 'gt' : 'exact';
  let scale = 1;
  let unit = core.unit;
  let unitText = '';
  let insideQualified = false;
  let halves = 0;
  const takeInside = () => {
    const inside = wordAt(text, position, compiled.insideQualifiers);
    // 余/多 inside a number only when a scale word or a unit follows (540 余亿, 2000 多个).
    if (inside && (wordAt(text, inside.end, compiled.scaleWords) || wordAt(text, inside.end, compiled.unitWords))) {
      qualifier = qualifierOf(tables, inside.word, 'inside');
      position = inside.end;
      insideQualified = true;
    }
  };
  if (!unit) {
    takeInside();
    for (;;) {
      // A unit beginning with a scale character (千米, 百分点) is a unit, not a scale.
      const asUnit = wordAt(text, position, compiled.unitWords);
      const asScale = wordAt(text, position, compiled.scaleWords);
      if (!asScale || (asUnit && asUnit.word.length > asScale.word.length)) break;
      scale *= tables.scales[asScale.word]!;
      position = asScale.end;
    }
    takeInside();
    if (core.digitless && !insideQualified && (scale === 1 || !core.vague)) return undefined;
    const written = wordAt(text, position, compiled.unitWords) ?? parenthesizedUnit(text, position, compiled) ?? countNounAhead(text, position, tables, compiled);
    if (written) {
      unit = compiled.unitsAfter.get(written.word)!;
      unitText = text.slice(written.start, written.end);
      position = written.end;
      // 三年半, 两个半月: and a half of the unit.
      const half = unit.kind === 'duration' ? wordAt(text, position, tables.halfWords ?? []) : undefined;
      if (half) {
        halves = 0.5;
        position = half.end;
      }
    } else {
      const before = wordBefore(text, core.start, [...compiled.unitsBefore.keys()]);
      if (before) {
        unit = compiled.unitsBefore.get(before.word)!;
        unitText = before.word;
        // The unit is part of the number as written, and a qualifier stands before it ("about RMB 8.3 billion").
        start = before.start;
      }
    }
  } else {
    unitText = unit.text;
  }
  const after = wordAt(text, position, compiled.afterQualifiers);
  // A qualifier after the unit ends a word; jieba may glue a two-character one to the unit (秒左右), not a one-character one (5 项多模态).
  if (after && (!wordBounds || (wordBounds.has(after.end) && (wordBounds.has(after.start) || after.word.length > 1)))) {
    qualifier = qualifierOf(tables, after.word, 'after');
    position = after.end;
  }
  // A qualifier before the number is a word of its own (约 500 项), not the end of one (节约 7 分钟).
  const lead = wordBefore(text, start, compiled.beforeQualifiers);
  const leadEntry = lead && tables.qualifiers.find((q) => q.text === lead.word && q.position === 'before');
  const leadIsWord =
    lead && (!wordBounds || wordBounds.has(lead.start)) && !(unit && leadEntry?.notWithUnits?.includes(unit.unit));
  if (lead && leadIsWord) qualifier = leadEntry!.qualifier;
  const value = round((core.value + halves) * scale);
  return {
    start,
    end: position,
    coreEnd: core.end,
    leadStart: leadIsWord ? lead.start : start,
    value,
    scale,
    unit: unit?.unit ?? '',
    unitText,
    // Without a unit, a whole number counts; a fraction (夏普比率 1.94, 'a 0.6779 F1 score') measures.
    kind: unit?.kind ?? (Number.isInteger(value) ? 'count' : 'measure'),
    qualifier,
    native: core.native,
    bare: !unit && scale === 1 && qualifier === 'exact' && core.unit === undefined,
    ...(core.ordinal ? { ordinal: true } : {}),
  };
}

/** The noun of a count a few words on, where adjectives come between ('110,000 industrial enterprises'). */
function countNounAhead(text: string, position: number, tables: FactTables, compiled: Compiled) {
  const word = /^\s+[\p{L}-]+/u;
  let end = position;
  for (let skipped = 0; skipped < (tables.wordsBeforeCountNoun ?? 0); skipped++) {
    const next = word.exec(text.slice(end));
    if (!next) return undefined;
    end += next[0].length;
    const noun = wordAt(text, end, compiled.countUnitWords);
    if (noun) return { word: noun.word, start: position, end: noun.end };
  }
  return undefined;
}

/** A unit written in brackets right after the number: 54592(块/32). */
function parenthesizedUnit(text: string, position: number, compiled: Compiled) {
  const match = /^\s*[（(]([^（()）]{1,8})[)）]/.exec(text.slice(position));
  if (!match || !compiled.unitsAfter.has(match[1]!)) return undefined;
  return { word: match[1]!, start: position, end: position + match[0].length };
}

function qualifierOf(tables: FactTables, text: string, position: 'before' | 'inside' | 'after'): Qualifier {
  return tables.qualifiers.find((q) => q.text === text && q.position === position)!.qualifier;
}

/** Removes float noise from scaled values: 71.8 × 10000 = 718000, not 717999.9999999999. */
function round(value: number): number {
  return Number(value.toPrecision(12));
}

/** 10%-15%, 3至5年: two numbers joined by a range separator become one with value_max. */
function joinRanges(text: string, mentions: NumberMention[], tables: FactTables): NumberMention[] {
  const joined: NumberMention[] = [];
  for (const mention of mentions) {
    const previous = joined.at(-1);
    const between = previous ? text.slice(previous.end, mention.leadStart).trim() : '';
    if (
      previous &&
      tables.rangeSeparators.includes(between) &&
      previous.qualifier === 'exact' &&
      (previous.unit === mention.unit || previous.bare) &&
      previous.value < mention.value * (previous.bare ? mention.scale : 1)
    ) {
      const scale = previous.bare ? mention.scale : previous.scale;
      joined[joined.length - 1] = {
        ...mention,
        start: previous.start,
        leadStart: previous.leadStart,
        value: round((previous.value / previous.scale) * scale),
        valueMax: mention.value,
        scale,
      };
      continue;
    }
    joined.push(mention);
  }
  return joined;
}
