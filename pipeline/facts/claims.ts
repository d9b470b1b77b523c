import type { FactTables } from '../lang/index.js';
import type { NumberMention } from './numbers.js';
import type { TimeMention } from './time.js';
import { wordAt } from './text.js';

/** Citation marks ([4,5], [12–14]) and links or DOIs hold numbers that are no claims, in any language. */
const citationOrLink = /\[\d+(?:\s*[,，\-–]\s*\d+)*\]|\b(?:https?:\/\/|www\.|doi:?\s*)[^\s，。；）)]+/giu;

/** A short quotation around a number is a name or code: “9710”, “七个一”, “919 电商节”. */
const maxCodeQuoteLength = 8;

/**
 * Marks the characters of a sentence where no claim can start: time expressions, titles in
 * 《》, short quoted codes, version numbers, figure and table references, fixed names
 * (八项规定) and list enumerators.
 */
export function maskNonClaims(text: string, tables: FactTables, times: TimeMention[]): boolean[] {
  const masked = new Array<boolean>(text.length).fill(false);
  const mark = (start: number, end: number) => masked.fill(true, start, end);
  for (const time of times) mark(time.start, time.end);
  const { notClaims } = tables;
  const patterns = compile(tables);
  insideTitles(text, tables).forEach((inside, i) => (masked[i] ||= inside));
  for (const match of text.matchAll(citationOrLink)) mark(match.index!, match.index! + match[0].length);
  for (const [open, close] of notClaims.codeQuotes) {
    for (const [start, end] of quoted(text, open, close)) if (end - start - 2 <= maxCodeQuoteLength) mark(start, end);
  }
  for (const pattern of patterns.namesAndReferences) {
    for (const match of text.matchAll(pattern)) mark(match.index!, match.index! + match[0].length);
  }
  // A version (教育信息化 2.0) has no unit after it: 占比50.0% is a share.
  for (const pattern of patterns.versions) {
    for (const match of text.matchAll(pattern)) {
      const end = match.index! + match[0].length;
      if (!wordAt(text, end, patterns.units)) mark(match.index!, end);
    }
  }
  for (const pattern of patterns.enumerators) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index! + match[0].length - match[1]!.length;
      mark(start, match.index! + match[0].length);
    }
  }
  return masked;
}

interface CompiledNotClaims {
  namesAndReferences: RegExp[];
  versions: RegExp[];
  /** Enumerators at a clause start; group 1 is the enumerator itself. */
  enumerators: RegExp[];
  thresholds: RegExp[];
  units: string[];
}
const compiledNotClaims = new WeakMap<FactTables, CompiledNotClaims>();

function compile(tables: FactTables): CompiledNotClaims {
  let result = compiledNotClaims.get(tables);
  if (!result) {
    const { notClaims } = tables;
    const clauseStart = `(?:^|[${escapeClass(tables.clauseSeparators)}])\\s*`;
    result = {
      namesAndReferences: [...(notClaims.references ?? []), ...(notClaims.names ?? [])].map((source) => new RegExp(source, 'gu')),
      versions: notClaims.versions.map((source) => new RegExp(source, 'gu')),
      enumerators: notClaims.enumerators.map((source) => new RegExp(`${clauseStart}(${source})`, 'gu')),
      thresholds: (notClaims.thresholds ?? []).map((source) => new RegExp(source, 'u')),
      units: tables.units.map((u) => u.text),
    };
    compiledNotClaims.set(tables, result);
  }
  return result;
}

/** Marks the characters inside titles (《…》): neither claims nor times of the text around them. */
export function insideTitles(text: string, tables: FactTables): boolean[] {
  const inside = new Array<boolean>(text.length).fill(false);
  for (const [open, close] of tables.notClaims.titleQuotes) {
    for (const [start, end] of quoted(text, open, close)) inside.fill(true, start, end);
  }
  return inside;
}

function escapeClass(chars: string): string {
  return chars.replace(/[\]\\^-]/g, '\\$&');
}

/** [start, end) of each quotation, quotes included. */
function quoted(text: string, open: string, close: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = text.indexOf(open);
  while (start >= 0) {
    const end = text.indexOf(close, start + open.length);
    if (end < 0) break;
    spans.push([start, end + close.length]);
    start = text.indexOf(open, end + close.length);
  }
  return spans;
}

/**
 * Whether a number read in a sentence is a claim rather than part of a name, a code, a year
 * used as a date or an article.
 */
export function isClaim(
  mention: NumberMention,
  text: string,
  tables: FactTables,
  masked: boolean[],
  place: { listed?: boolean; wordBounds?: Set<number> } = {},
): boolean {
  const { listed = false, wordBounds } = place;
  if (masked.slice(mention.start, mention.end).some(Boolean)) return false;
  // Settings of a method (batch size 16, 学习率 0.001) are no findings; a share or a measure with its unit may be.
  if (mention.unit === '' && mention.kind !== 'percent' && isSettingSentence(text, tables)) return false;
  // A leading zero writes a code (010-62302739), not a quantity.
  if (/^0\d/.test(text.slice(mention.start, mention.coreEnd))) return false;
  // A page number after dot leaders, in a table of contents.
  if (mention.bare && /(?:(?:\.\s*){3,}|…{2,}|·{3,})$/.test(text.slice(0, mention.start))) return false;
  if (gluedToName(text, mention)) return false;
  // A threshold marking off the group of a share (达到 100M 的学校比例) is no claim; the share is.
  const after = text.slice(mention.end);
  if (mention.kind !== 'percent' && compile(tables).thresholds.some((pattern) => pattern.test(after))) return false;
  if (mention.native) {
    // A native numeral counts only with a unit (三家, 两批, 十几个) or as a share (一半, 四分之一);
    // where counts take no classifier, the noun after it will do ('five national top-level nodes'),
    // or the end of the clause ('the total reached thirty-nine.'), but not inside quotation marks,
    // where it names a slogan ("two cores, one corridor and two zones").
    const countsNoun = !tables.countsNeedClassifier && /^(?:\p{L}|[.;,]|$)/u.test(text.slice(mention.end).trimStart()) && !insideQuotes(text, mention, tables);
    if (!countsNoun && (mention.bare || (mention.unit === '' && mention.scale === 1 && mention.kind !== 'percent'))) return false;
    if (tables.articleValues.includes(mention.value) && mention.kind !== 'rank' && mention.qualifier === 'exact' && mention.valueMax === undefined) {
      return false;
    }
  }
  if (mention.bare) {
    if (Number.isInteger(mention.value) && mention.value >= 1900 && mention.value <= 2100) return false;
    // A number standing alone ("3", "1.") is a page number, a list mark or a label; so is one closing
    // a line that ends no sentence (a table of contents: "Introduction 3"), and one glued to the
    // punctuation after a word, a footnote mark ("in institutions.2").
    const unpunctuated = (part: string) => part.replace(/[\p{P}\s]/gu, '');
    if (unpunctuated(text) === unpunctuated(text.slice(mention.start, mention.end))) return false;
    if (text.slice(mention.end).trim() === '' && !/[\p{P}]\s*$/u.test(text.slice(0, mention.start))) return false;
    if (/\p{L}[.,;)”"]$/u.test(text.slice(0, mention.start))) return false;
    const next = text.slice(mention.end).trimStart();
    // A name's word after the number (12315 平台), when it is a word of its own (节 is no 节点).
    const follower = wordAt(next, 0, tables.notClaims.nameFollowers);
    if (follower && (!wordBounds || wordBounds.has(text.length - next.length + follower.end))) return false;
    // The last word of a quoted name: “新智造 100”.
    if (tables.notClaims.codeQuotes.some(([, close]) => next.startsWith(close))) return false;
    // A list of numbers before a noun counts it (50、100、150 和 200 节点); one number alone names.
    if (tables.countsNeedClassifier && !listed && /^[\p{L}]/u.test(next)) return false;
    // A bare number after a Latin word names a model or standard there: ISO 27001, Windows 10, Wi-Fi 6.
    if (tables.countsNeedClassifier && /[A-Za-z][A-Za-z0-9-]*\s+$/.test(text.slice(0, mention.start))) return false;
    // Where counts take no classifier, a small whole number after a capitalised word inside a
    // sentence names a product or a part: Windows 11, Microsoft 365, Fortune 500.
    if (!tables.countsNeedClassifier && /^\d{1,4}$/.test(text.slice(mention.start, mention.coreEnd)) && /[^.!?:;\s]\s+[A-Z][\w&+.-]*\s+$/u.test(text.slice(0, mention.start))) {
      return false;
    }
  }
  return true;
}

function isSettingSentence(text: string, tables: FactTables): boolean {
  const lower = text.toLowerCase();
  return (tables.notClaims.settingWords ?? []).some((word) => lower.includes(word.toLowerCase()));
}

function insideQuotes(text: string, mention: NumberMention, tables: FactTables): boolean {
  return tables.notClaims.codeQuotes.some(([open, close]) => quoted(text, open, close).some(([start, end]) => start < mention.start && mention.end < end));
}

/**
 * Digits glued to Latin letters name a technology or product (5G, IPv6, G20, 3D-NAND,
 * COVID-19) unless the letters are the number's unit (100Tbps, 150PB).
 */
function gluedToName(text: string, mention: NumberMention): boolean {
  // A currency sign may be glued to the word before it: "invested$400 million".
  const signFirst = /^[^A-Za-z]/.test(mention.unitText) && text.startsWith(mention.unitText, mention.start);
  const before = signFirst ? '' : (text[mention.start - 1] ?? '');
  if (/[A-Za-z]/.test(before)) return true;
  if (before === '-' && /[A-Za-z]/.test(text[mention.start - 2] ?? '')) return true;
  const after = text[mention.end] ?? '';
  // A hyphen and a word after the number make it part of a compound modifier ("ten-million-gate FPGA", "one-stop").
  if (after === '-' && /[A-Za-z]/.test(text[mention.end + 1] ?? '')) return true;
  // After a Latin unit nothing may follow (100Tbps); without a unit, a letter makes a name (5G).
  return /^[A-Za-z]/.test(mention.unitText) ? /[A-Za-z0-9]/.test(after) : /[A-Za-z]/.test(after) && mention.unitText === '';
}
