import { cellNumber, emptyCell, type FactTables, isValueCell, type TableTables } from '../lang/index.js';
import { enFacts } from '../lang/en/facts.js';
import { zhFacts } from '../lang/zh/facts.js';
import type { FactKind, Language } from '../types.js';
import { findNumbers } from './numbers.js';
import { type DocumentYears, endYear, findTimes, monthSpan, yearPartMonths, yearPartNumber } from './time.js';

/** Number tables by language; a language without tables yields no facts. */
const factTablesByLanguage: Partial<Record<Language, FactTables>> = { zh: zhFacts, en: enFacts };

export function factTables(language: Language): FactTables | undefined {
  return factTablesByLanguage[language];
}

/*
 * Tables as facts: every numeric cell is a claim about its row (the row label, with the group
 * row it stands under) in its column (a period, or a measure that joins the subject), in the unit
 * and scale the table states (a note above it, the row label, the column header, the caption).
 */

/** What is known of a table from around it. */
export interface TableSetting {
  /** The caption (表 7-2：…), or else the heading the table stands under. */
  caption: string;
  /** Texts around the table that may state its unit or its period: notes above and below it, the caption. */
  notes: string[];
  /** The year the table is about when its columns do not say (its caption's, its section's, the edition's). */
  contextYear: string | null;
  /** The document's date ('2021-10-07', '2022-03'), where spans before it end (1M, 近3月). */
  date: string | null;
}

/** A cell's number, read with its sign, scale and unit. */
export interface CellNumber {
  value: number;
  scale: number;
  unit: string;
  unitText: string;
  kind: FactKind;
  direction?: 'up' | 'down';
}

/** One non-empty cell of a table's body, with where it stands and what it is about. */
export interface TableCell {
  row: number;
  column: number;
  text: string;
  /** The row label, its group row first ('Costs and expenses / Sales and marketing'). */
  rowLabel: string;
  /** The column header (all header rows above it, joined). */
  columnLabel: string;
  /** Row label, and the column header when it names no period. */
  subject: string;
  /** The cell's period from its column or row, else the table's context year. */
  time: string | null;
  /** True when the time is the table's context, not written in the column or row. */
  timeInferred: boolean;
  forecast: boolean;
  /** The number of a cell that is only a number (sign, currency, percent), else undefined: read as prose. */
  number?: CellNumber;
}

const yearCell = /^(?:19|20)\d{2}\s*年?(?:度|末)?$/u;

/** Text on one line, spaces collapsed: a label as written. */
const squeezed = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Text for matching: compatibility forms folded (（ → (, ％ → %, ／ → /). */
const normalized = (text: string) => squeezed(text.normalize('NFKC'));

/** A cell's number with its sign; undefined when the cell is more than a number. */
export function readCellNumber(text: string): { value: number; percent: boolean; multiple: boolean; currency?: string } | undefined {
  const match = cellNumber.exec(normalized(text));
  if (!match) return undefined;
  const g = match.groups!;
  if (Boolean(g.open) !== Boolean(g.close)) return undefined;
  const magnitude = Number(g.digits!.replace(/,/g, ''));
  const negative = Boolean(g.open) || (g.sign !== undefined && g.sign !== '+');
  return {
    value: negative && magnitude !== 0 ? -magnitude : magnitude,
    percent: Boolean(g.percent),
    multiple: Boolean(g.multiple),
    ...(g.currencyBefore || g.currency || g.currencyAfterSign ? { currency: g.currencyBefore ?? g.currency ?? g.currencyAfterSign } : {}),
  };
}


/** A unit as a table states it: scale, canonical unit and the unit as written. */
interface StatedUnit {
  scale: number;
  unit: string;
  unitText: string;
  kind: FactKind;
}

/** Reads unit words ('万元', '元/股', '%', 'millions', '$ millions') with the number tables. */
export function readUnitWords(words: string, facts: FactTables, tables: TableTables): StatedUnit | undefined {
  let text = normalized(words);
  const currency = tables.currencies.find((c) => c.pattern.test(text));
  if (currency) text = text.replace(currency.pattern, '').trim();
  const scaleWord = tables.scaleWords[text.toLowerCase()];
  if (scaleWord !== undefined) {
    return { scale: scaleWord, unit: currency?.unit ?? '', unitText: currency?.text ?? '', kind: currency ? 'amount' : 'count' };
  }
  if (text === '') return currency && { scale: 1, unit: currency.unit, unitText: currency.text, kind: 'amount' };
  const probe = `1${text}`;
  const mention = findNumbers(probe, facts, Array.from(probe, () => false))[0];
  if (!mention || mention.start !== 0) return undefined;
  let { unit, unitText, kind } = mention;
  const rest = probe.slice(mention.end).trim();
  const tableUnit = tables.units.find((u) => u.text === rest || u.text === text);
  if (tableUnit) ({ unit, kind } = tableUnit), (unitText = tableUnit.text);
  else if (rest !== '' && !/^[/]/.test(rest)) return undefined;
  if (!unit && currency) ({ unit, unitText, kind } = { unit: currency.unit, unitText: currency.text, kind: 'amount' });
  if (!unit && mention.scale === 1) return undefined;
  return { scale: mention.scale, unit, unitText, kind };
}

/** The unit a table's notes state, with the exceptions they name ('except per share amounts'). */
interface TableUnit {
  stated?: StatedUnit;
  exceptions: TableTables['noteExceptions'];
}

function tableUnit(setting: TableSetting, rows: string[][], corner: string, facts: FactTables, tables: TableTables): TableUnit {
  const texts = [...setting.notes, setting.caption].map(normalized);
  // The header over the row labels may state the unit of every cell (涨跌幅（%）, '(in millions)').
  const cornerWords = tables.labelUnit.exec(normalized(corner))?.groups?.unit;
  let stated: StatedUnit | undefined = cornerWords ? readUnitWords(cornerWords, facts, tables) : undefined;
  for (const text of texts) {
    for (const note of tables.unitNotes) {
      const match = note.exec(text);
      if (!match || stated) continue;
      const words = match.groups?.unit ?? match.groups?.scale ?? '';
      stated = readUnitWords(words, facts, tables);
    }
  }
  // A currency named apart from the scale (币种：人民币) or written in the cells ($ 2,903).
  const cells = rows.flat().join(' ');
  const currency = tables.currencies.find((c) => texts.some((text) => c.pattern.test(text)) || c.pattern.test(cells));
  if (currency && (!stated || stated.unit === '')) {
    stated = { scale: stated?.scale ?? 1, unit: currency.unit, unitText: currency.text, kind: 'amount' };
  }
  const exceptions = tables.noteExceptions.filter((exception) => texts.some((text) => exception.note.test(text)));
  return { stated, exceptions };
}

/** A period named by a header or a row label. */
interface Period {
  time: string;
  forecast: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The groups of every period pattern that matches the text. */
function periodGroups(text: string, tables: TableTables): Record<string, string> {
  const groups: Record<string, string> = {};
  for (const pattern of tables.periods) {
    const match = pattern.exec(text);
    if (!match?.groups) continue;
    for (const [name, value] of Object.entries(match.groups)) {
      const key = name.replace(/\d$/, '');
      if (value !== undefined && groups[key] === undefined) groups[key] = value;
    }
  }
  return groups;
}

/**
 * The period a header names: a year (2022, 2022年末, FY2022), a forecast year (2023E), a quarter
 * (2023Q1, 第一季度 → 2023-01/2023-03), a half, months from one to another (1-9 月份), a span
 * ending in a month ('Three Months Ended March 31', given by the table's headers when the column
 * names only its year; a fiscal year ended June 30), or the months before the document's date
 * (1M, 近3月, YTD). A header without a year takes the context year.
 */
function periodOf(text: string, tables: TableTables, setting: Pick<TableSetting, 'contextYear' | 'date'>, span: Record<string, string>): Period | undefined {
  const own = periodGroups(normalized(text), tables);
  const count = (word: string | undefined) => yearPartNumber(word, tables.periodWords);
  if (own.trailingMonths !== undefined || own.trailingYears !== undefined || own.yearToDate !== undefined) {
    const date = setting.date?.split('-').map(Number);
    if (!date?.[1]) return undefined;
    const months = own.trailingMonths !== undefined ? count(own.trailingMonths) : (count(own.trailingYears) ?? 0) * 12;
    // The year to date: from January to the date's month.
    const time = own.yearToDate !== undefined ? monthSpan(String(date[0]), [1, date[1]]) : months ? monthsBefore(setting.date!, months) : undefined;
    return time ? { time, forecast: false } : undefined;
  }
  const groups = { ...span, ...own };
  const hasOwn = ['year', 'quarter', 'half', 'months', 'fromMonth'].some((key) => own[key] !== undefined);
  if (!hasOwn) return undefined;
  const { contextYear } = setting;
  const year = groups.year !== undefined ? Number(groups.year.length === 2 ? `20${groups.year}` : groups.year) : contextYear ? Number(contextYear.slice(0, 4)) : undefined;
  if (year === undefined) return undefined;
  const forecast = groups.forecast !== undefined;
  const lastMonth = count(groups.fromMonth !== undefined ? groups.toMonth : groups.endMonth);
  // A span ended with a month is twelve months unless it says (a fiscal year ended June 30).
  const months = yearPartMonths({
    quarter: count(groups.quarter),
    half: count(groups.half),
    firstMonth: count(groups.fromMonth),
    lastMonth,
    months: count(groups.months) ?? (lastMonth !== undefined ? 12 : undefined),
  });
  const whole = !months || (months[0] === 1 && months[1] === 12);
  return { time: (!whole && monthSpan(String(year), months)) || String(year), forecast };
}

const atMonthEnd = (date: string) => {
  const [year, month, day] = date.split('-').map(Number);
  return day !== undefined && day === new Date(Date.UTC(year!, month!, 0)).getUTCDate();
};

/**
 * The months a trailing span covers up to the document's date: 3M before 2021-10-07 is
 * 2021-07/2021-10. A date at a month's end, or a month alone, ends whole months: 3M to
 * 2022-03-31 is 2022-01/2022-03.
 */
function monthsBefore(date: string, months: number): string | undefined {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month) return undefined;
  const first = month - months + (day === undefined || atMonthEnd(date) ? 1 : 0);
  const startYear = year + Math.floor((first - 1) / 12);
  const startMonth = ((((first - 1) % 12) + 12) % 12) + 1;
  return `${startYear}-${pad(startMonth)}/${year}-${pad(month)}`;
}

/** The label and data columns of a table: leading text columns label the rows; numbered columns are skipped. */
function columnRoles(header: string[], body: string[][], width: number, tables: TableTables): { labels: number[]; skipped: Set<number> } {
  const labels: number[] = [];
  const skipped = new Set<number>();
  for (let c = 0; c < width; c++) {
    const cells = body.map((row) => normalized(row[c] ?? '')).filter((cell) => cell !== '');
    if (cells.length === 0) continue;
    const numbered = cells.every((cell, i) => cell === String(i + 1)) || tables.indexHeaders.test(normalized(header[c] ?? ''));
    if (numbered) {
      skipped.add(c);
      continue;
    }
    const text = cells.filter((cell) => !isValueCell(cell)).length;
    const years = cells.every((cell) => yearCell.test(cell));
    if (text * 2 <= cells.length && !years) break;
    labels.push(c);
    // A column with a label on every row ends the labels; one with blanks holds group labels spanning rows.
    if (cells.length === body.length) break;
  }
  return { labels, skipped };
}

/**
 * The cells of a label column with blanks filled from the label that spans them: carried down
 * when the first row has one (a group label on its first row), else from the nearest row (a
 * label centred on the rows of its group).
 */
function filledLabels(cells: string[]): string[] {
  const centred = cells[0] === '';
  const written = cells.map((cell, i) => (cell !== '' ? i : -1)).filter((i) => i >= 0);
  return cells.map((cell, i) => {
    if (cell !== '' || written.length === 0) return cell;
    if (!centred) return cells[written.filter((w) => w < i).at(-1) ?? written[0]!]!;
    const nearest = written.reduce((best, w) => (Math.abs(w - i) < Math.abs(best - i) ? w : best), written[0]!);
    return cells[nearest]!;
  });
}

/**
 * Every non-empty body cell of a table with its row label, column header, period and, when it
 * is a number alone, its value with sign, scale and unit. Rows of headers inside the body (a
 * second header row part-way down) replace the column headers below them; a row with a label
 * and no values heads the rows under it until a total row; 其中 rows are parts of the row above.
 */
export function tableCells(rows: string[][], headerRows: number, setting: TableSetting, facts: FactTables, tables: TableTables): TableCell[] {
  const width = Math.max(0, ...rows.map((row) => row.length));
  const headerBlock = rows.slice(0, headerRows);
  const body = rows.slice(headerRows);
  const joinHeader = (block: string[][]) => Array.from({ length: width }, (_, c) => block.map((row) => squeezed(row[c] ?? '')).filter(Boolean).join(' '));
  let header = joinHeader(headerBlock);
  const { labels, skipped } = columnRoles(header, body, width, tables);
  const labelColumns = labels.map((c) => filledLabels(body.map((row) => squeezed(row[c] ?? ''))));
  const unit = tableUnit(setting, rows, labels.map((c) => header[c] ?? '').join(' '), facts, tables);
  const headerText = [setting.caption, ...headerBlock.flat(), ...body.filter((row) => row.every((cell) => !readCellNumber(cell))).flat()].map(normalized).join(' ');
  // A span written once over the year columns ('Three Months Ended March 31,') applies to each.
  const span = Object.fromEntries(Object.entries(periodGroups(headerText, tables)).filter(([key]) => ['months', 'endMonth'].includes(key)));
  const dataColumns = Array.from({ length: width }, (_, c) => c).filter((c) => !labels.includes(c) && !skipped.has(c));

  const cells: TableCell[] = [];
  let group = '';
  let partOf = '';
  let pendingHeader: string[][] = [];
  body.forEach((row, b) => {
    const r = b + headerRows;
    const label = labelColumns.map((column) => column[b]!).filter(Boolean).join(' ');
    const values = dataColumns.filter((c) => normalized(row[c] ?? '') !== '');
    const numbers = values.filter((c) => isValueCell(row[c]!));
    // A row of headers part-way down (2020年末 | 2019年末 | …): the columns below have these headers.
    // A header over two lines goes on in a row with one cell.
    if (values.length >= (pendingHeader.length > 0 ? 1 : 2) && numbers.length === 0 && labels.every((c) => normalized(row[c] ?? '') === '')) {
      pendingHeader.push(row);
      return;
    }
    if (pendingHeader.length > 0) {
      header = joinHeader(pendingHeader);
      pendingHeader = [];
    }
    if (values.length === 0) {
      // A label alone heads the rows under it ('Costs and expenses', 流动资产：).
      if (label !== '') group = label.replace(/[:：]$/, '');
      return;
    }
    const own = normalized(row[labels.at(-1) ?? -1] ?? label);
    if (tables.totalRows.test(own)) group = '';
    const part = tables.partRows.test(own);
    if (!part) partOf = label;
    const parents = [group && !tables.totalRows.test(own) ? group : '', part ? partOf : ''].filter(Boolean);
    const rowLabel = [...parents, label].join(' / ');
    const rowPeriod = periodOf(label, tables, setting, span);
    const periods = dataColumns.map((c) => periodOf(header[c] ?? '', tables, setting, span));
    const latestYear = periods.flatMap((p) => (p ? [endYear(p.time)] : [])).sort().at(-1);
    for (const c of values) {
      const text = row[c]!;
      if (emptyCell.test(normalized(text))) continue;
      const columnLabel = header[c] ?? '';
      const change = tables.changeHeaders.test(columnLabel);
      const columnPeriod = change ? changePeriod(columnLabel, latestYear) : periods[dataColumns.indexOf(c)];
      const period = columnPeriod ?? rowPeriod;
      const subject = [rowLabel, columnPeriod || change ? '' : columnLabel].filter(Boolean).join(' ');
      const number = readCellNumber(text);
      cells.push({
        row: r,
        column: c,
        text,
        rowLabel,
        columnLabel,
        subject,
        time: period?.time ?? setting.contextYear,
        timeInferred: period === undefined,
        forecast: period?.forecast ?? false,
        ...(number ? { number: cellFact(number, { rowLabel, columnLabel, change }, unit, facts, tables) } : {}),
      });
    }
  });
  return cells;
}

/** A change column's period: the later year it names (2020年比2019年增减), else the table's latest. */
function changePeriod(header: string, latestYear: string | undefined): Period | undefined {
  const years = [...normalized(header).matchAll(/(?:19|20)\d{2}/gu)].map((m) => m[0]).sort();
  const year = years.at(-1) ?? latestYear;
  return year ? { time: year, forecast: false } : undefined;
}

/**
 * A numeric cell's value in base units. Its unit is the first stated of: its own (15.45%), the
 * row label's (每股收益（元/股）), the column header's, the table's note; a per-unit row
 * (per share, 元/股, a rate) or a row a note exempts keeps its own scale.
 */
function cellFact(
  number: NonNullable<ReturnType<typeof readCellNumber>>,
  cell: { rowLabel: string; columnLabel: string; change: boolean },
  table: TableUnit,
  facts: FactTables,
  tables: TableTables,
): CellNumber {
  const labelUnitOf = (label: string) => {
    const words = tables.labelUnit.exec(normalized(label))?.groups?.unit;
    return words ? readUnitWords(words, facts, tables) : undefined;
  };
  const rowUnit = labelUnitOf(cell.rowLabel);
  const columnUnit = labelUnitOf(cell.columnLabel);
  const rule = rowRule(cell.rowLabel, table, tables);
  let stated: StatedUnit | undefined = rowUnit ?? columnUnit;
  if (!stated && table.stated) {
    stated = rule ? { ...table.stated, scale: rule.scale, ...(rule.unit ? { unit: rule.unit.unit, unitText: rule.unit.text, kind: 'count' as FactKind } : {}) } : table.stated;
  }
  if (number.currency && (!stated || stated.unit === '')) {
    const currency = tables.currencies.find((c) => c.pattern.test(number.currency!));
    if (currency) stated = { scale: stated?.scale ?? 1, unit: currency.unit, unitText: currency.text, kind: 'amount' };
  }
  if (number.percent) stated = { scale: 1, unit: '%', unitText: '%', kind: 'percent' };
  if (number.multiple) stated = { scale: 1, unit: 'fold', unitText: 'x', kind: 'multiple' };
  const { scale, unit, unitText, kind } = stated ?? { scale: 1, unit: '', unitText: '', kind: 'count' as FactKind };
  const value = Number((number.value * scale).toPrecision(12));
  // A row of percentage changes ((+/-)YOY(%), 营业收入增长率(%)) under year columns; a row of amounts named for a change (公允价值变动收益, 'Net change in cash') is no change.
  const changeRow = unit === '%' && tables.changeHeaders.test(normalized(cell.rowLabel.split(' / ').at(-1)!));
  if (cell.change || changeRow) {
    // A change is written positive with its direction, as in prose.
    return { value: Math.abs(value), scale, unit, unitText, kind: 'change', ...(value !== 0 ? { direction: value < 0 ? 'down' : 'up' } : {}) };
  }
  return { value, scale, unit, unitText, kind };
}

/**
 * How a row departs from the table's unit: a per-unit row keeps scale 1; a row a note's exception
 * names takes its scale. When several match ('Weighted-average shares … per share'), the one
 * matched earliest in the label decides: the label's head says what the row counts.
 */
function rowRule(label: string, table: TableUnit, tables: TableTables): { scale: number; unit?: { unit: string; text: string } } | undefined {
  const text = normalized(label);
  const candidates = [
    { at: text.search(tables.perUnitRows), rule: { scale: 1 } },
    ...table.exceptions.map((exception) => ({ at: text.search(exception.rows), rule: { scale: exception.scale, unit: exception.unit } })),
  ].filter((candidate) => candidate.at >= 0);
  return candidates.sort((a, b) => a.at - b.at)[0]?.rule;
}

/** The time a caption or a note names (截至 2023 年 3 月末 → 2023-03), for a table whose columns name none. */
export function captionTime(texts: string[], facts: FactTables, years: DocumentYears): string | null {
  for (const text of texts) {
    const time = findTimes(text, facts, years).find((t) => !t.base && !t.needsYear);
    if (time) return time.time;
  }
  return null;
}
