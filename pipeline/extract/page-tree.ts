/**
 * Pages a damaged page tree hides. pdf.js reads the pages its page tree reaches; a broken Kids
 * array or a wrong Count loses the rest without a word. The page objects themselves are often
 * still in the file: found by their `/Type /Page` dictionaries and given a new page tree in an
 * incremental update (the original bytes unchanged), pdf.js reads them all.
 */

interface PageObject {
  number: number;
  generation: number;
}

/** Object headers `12 0 obj`; the dictionary that follows is read up to its stream or endobj. */
const objectHeader = /(\d+)\s+(\d+)\s+obj\b/g;
const pageType = /\/Type\s*\/Page(?![A-Za-z])/;
/** How far into an object its page dictionary's /Type is looked for. */
const dictionaryWindow = 4096;

/**
 * The page objects stored uncompressed in the file, in the order the file stores them (the page
 * order of the producers we know), each object number once (its last definition).
 */
export function pageObjects(text: string): PageObject[] {
  const found = new Map<number, { object: PageObject; page: boolean; order: number }>();
  const headers = [...text.matchAll(objectHeader)];
  headers.forEach((match, order) => {
    const start = match.index! + match[0].length;
    // Objects listed inside an uncompressed object stream (pdfTeX's `% 12 0 obj` lines) have no
    // endobj between them: a dictionary also ends where the next object begins.
    const window = text.slice(start, Math.min(start + dictionaryWindow, headers[order + 1]?.index ?? text.length));
    const end = Math.min(...[window.indexOf('endobj'), window.indexOf('stream')].filter((at) => at >= 0), window.length);
    const number = Number(match[1]);
    found.set(number, { object: { number, generation: Number(match[2]) }, page: pageType.test(window.slice(0, end)), order });
  });
  return [...found.values()]
    .filter((entry) => entry.page)
    .sort((a, b) => a.order - b.order)
    .map((entry) => entry.object);
}

/** What the file says of its pages: the page tree's Count and the page objects it holds. */
export interface PageCensus {
  /** /Count of the page tree's root, when it can be found. */
  declared?: number;
  /** Page objects in the file, when it was saved once (an incrementally updated file keeps deleted pages). */
  objects?: PageObject[];
  /** Encrypted: a new page tree cannot be added in plain text. */
  encrypted: boolean;
}

export function pageCensus(bytes: Uint8Array): PageCensus {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const root = /\/Type\s*\/Catalog[\s\S]{0,400}?\/Pages\s+(\d+)\s+(\d+)\s+R|\/Pages\s+(\d+)\s+(\d+)\s+R[\s\S]{0,400}?\/Type\s*\/Catalog/.exec(text);
  let declared: number | undefined;
  if (root) {
    const number = root[1] ?? root[3];
    const tree = new RegExp(`(?:^|\\s)${number}\\s+\\d+\\s+obj\\b([\\s\\S]{0,${1 << 16}}?)endobj`).exec(text);
    const count = tree ? /\/Count\s+(\d+)/.exec(tree[1]!) : null;
    if (count) declared = Number(count[1]);
  }
  const savedOnce = (text.match(/startxref/g)?.length ?? 0) <= 1;
  return { declared, objects: savedOnce ? pageObjects(text) : undefined, encrypted: /\/Encrypt\s/.test(text) };
}

/** How many pages the file seems to hold beyond those read, or 0. */
export function missingPages(census: PageCensus, read: number): number {
  return Math.max(0, (census.declared ?? 0) - read, (census.objects?.length ?? 0) - read);
}

/**
 * The file with an incremental update appended: a new catalog whose page tree lists the given
 * page objects. Objects before it are untouched; pdf.js reads the newest trailer's catalog.
 */
export function withNewPageTree(bytes: Uint8Array, pages: PageObject[]): Uint8Array {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let highest = 0;
  for (const match of text.matchAll(objectHeader)) highest = Math.max(highest, Number(match[1]));
  const tree = highest + 1;
  const catalog = highest + 2;
  const previous = /startxref\s+(\d+)/.exec(text.slice(-2048));
  const parts: string[] = ['\n'];
  let offset = bytes.length + 1;
  const offsets: number[] = [];
  const add = (body: string) => {
    offsets.push(offset);
    parts.push(body);
    offset += Buffer.byteLength(body, 'latin1');
  };
  add(`${tree} 0 obj\n<< /Type /Pages /Kids [${pages.map((page) => `${page.number} ${page.generation} R`).join(' ')}] /Count ${pages.length} >>\nendobj\n`);
  add(`${catalog} 0 obj\n<< /Type /Catalog /Pages ${tree} 0 R >>\nendobj\n`);
  const xref = `xref\n0 1\n0000000000 65535 f \n${tree} 2\n${offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('')}`;
  const trailer = `trailer\n<< /Size ${catalog + 1} /Root ${catalog} 0 R${previous ? ` /Prev ${previous[1]}` : ''} >>\nstartxref\n${offset}\n%%EOF\n`;
  return Buffer.concat([bytes, Buffer.from(parts.join('') + xref + trailer, 'latin1')]);
}
