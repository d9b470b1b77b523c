/**
 * A generator of damaged PDFs, seeded and deterministic: small valid documents written here, then
 * broken the ways real files break (byte flips, truncation, damaged cross-reference tables,
 * trailers and streams, a page tree that names pages it does not hold) and the ways hostile
 * files do (deep nesting, huge numbers, 100,000 `q` operators, absurd page boxes).
 */
import { deflateSync } from 'node:zlib';

/** A small deterministic PRNG (mulberry32): the same seed gives the same files on every machine. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sentences = [
  'Revenue grew 12.5% to 3.2 billion dollars in 2021.',
  'The number of data centres reached 1,240, up 18 from 2020.',
  'Exports of digital services were worth 45.6 billion in the first half.',
  'About 70% of firms used cloud computing by the end of 2022.',
  'Investment in research rose by 9.8% to 2.4 trillion.',
];

const surveys = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliet', 'Kilo', 'Lima'];

interface DocumentShape {
  pages: number;
  /** The content stream of page n (1-based); plain text lines by default. */
  content?: (page: number) => string;
  mediaBox?: string;
  /** Flate-compress the content streams. */
  compress?: boolean;
  /** Extra entries in each page dictionary. */
  pageExtra?: string;
  /** The page tree's /Count (the number of pages by default). */
  count?: number;
  /** Kids listed in the page tree (all pages by default). */
  kids?: number;
}

function textContent(page: number): string {
  const lines = [`BT /F1 16 Tf 72 760 Td (Chapter ${page}. Digital economy) Tj ET`];
  for (let i = 0; i < 8; i++) {
    const text = sentences[(page + i) % sentences.length]!.replace(/[()\\]/g, '');
    lines.push(`BT /F1 11 Tf 72 ${720 - i * 18} Td (${text}) Tj ET`);
  }
  // A line found on this page only (the chapter titles above repeat, numbers aside, like a running header).
  lines.push(`BT /F1 11 Tf 72 520 Td (Results of the ${surveys[(page - 1) % surveys.length]} survey follow.) Tj ET`);
  lines.push(`BT /F1 9 Tf 290 40 Td (${page}) Tj ET`);
  lines.push('0.5 w 72 700 m 540 700 l S');
  return lines.join('\n');
}

/** A valid PDF: catalog, page tree, pages with Helvetica text, a cross-reference table and trailer. */
export function writePdf(shape: DocumentShape): Buffer {
  const objects: (string | Buffer)[] = [];
  const font = 3;
  const firstPage = 4;
  const kids = shape.kids ?? shape.pages;
  objects[0] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[1] = `<< /Type /Pages /Kids [${Array.from({ length: kids }, (_, i) => `${firstPage + i * 2} 0 R`).join(' ')}] /Count ${shape.count ?? shape.pages} >>`;
  objects[2] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  for (let i = 0; i < shape.pages; i++) {
    const page = firstPage + i * 2;
    objects[page - 1] =
      `<< /Type /Page /Parent 2 0 R /MediaBox ${shape.mediaBox ?? '[0 0 612 792]'} /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${page + 1} 0 R${shape.pageExtra ?? ''} >>`;
    const text = Buffer.from((shape.content ?? textContent)(i + 1), 'latin1');
    const data = shape.compress ? deflateSync(text) : text;
    objects[page] = Buffer.concat([
      Buffer.from(`<< /Length ${data.length}${shape.compress ? ' /Filter /FlateDecode' : ''} >>\nstream\n`, 'latin1'),
      data,
      Buffer.from('\nendstream', 'latin1'),
    ]);
  }
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, index) => {
    offsets.push(length);
    const chunk = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`, 'latin1'), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** The valid documents the mutations start from. */
export const bases: Record<string, () => Buffer> = {
  plain: () => writePdf({ pages: 3 }),
  compressed: () => writePdf({ pages: 4, compress: true }),
  single: () => writePdf({ pages: 1 }),
};

/** Hostile documents, each a case on its own. */
export const hostile: Record<string, () => Buffer> = {
  // 100,000 graphics-state saves before the text of page 2.
  'q-bomb': () => writePdf({ pages: 3, compress: true, content: (page) => (page === 2 ? 'q '.repeat(100_000) : '') + textContent(page) }),
  'mediabox-huge-negative': () => writePdf({ pages: 2, mediaBox: '[-99999999999 0 612 792]' }),
  'mediabox-1e32': () => writePdf({ pages: 2, mediaBox: '[0 0 1e32 1e32]' }),
  'mediabox-garbage': () => writePdf({ pages: 2, mediaBox: '[0 0 (x) /Foo]' }),
  'deep-array': () => writePdf({ pages: 2, pageExtra: ` /Deep ${'['.repeat(100_000)}${']'.repeat(100_000)}` }),
  'deep-dictionary': () => writePdf({ pages: 2, pageExtra: ` /Deep ${'<< /A '.repeat(20_000)}1${' >>'.repeat(20_000)}` }),
  'huge-numbers': () => writePdf({ pages: 2, content: (page) => `BT /F1 1e308 Tf 99999999999999999999 -1e40 Td (Big ${page}) Tj ET\n` + textContent(page) }),
  'huge-matrix': () => writePdf({ pages: 2, content: (page) => `1e300 0 0 1e300 -1e300 1e300 cm\n` + textContent(page) }),
  // The page tree names 12 pages but lists 4 of them.
  'page-tree-short': () => writePdf({ pages: 12, kids: 4, count: 12 }),
  'page-tree-count-zero': () => writePdf({ pages: 5, count: 0 }),
  'text-with-control-characters': () => writePdf({ pages: 2, content: (page) => `BT /F1 11 Tf 72 700 Td (Sales \\000\\001\\010\\033\\177 rose 5% in ${2020 + page}.) Tj ET\n` + textContent(page) }),
};

type Mutation = (pdf: Buffer, next: () => number) => Buffer;

const index = (next: () => number, length: number) => Math.floor(next() * length);

/** Ways a file gets damaged, each deterministic given the PRNG. */
export const mutations: Record<string, Mutation> = {
  'flip-bytes': (pdf, next) => {
    const out = Buffer.from(pdf);
    const flips = 1 + index(next, 24);
    for (let i = 0; i < flips; i++) out[index(next, out.length)] = index(next, 256);
    return out;
  },
  truncate: (pdf, next) => pdf.subarray(0, 16 + index(next, pdf.length - 16)),
  'break-xref': (pdf, next) => {
    const text = pdf.toString('latin1');
    const start = text.lastIndexOf('xref');
    const out = Buffer.from(pdf);
    // Scramble some offsets of the table (digits stay digits, or turn into letters).
    for (let i = 0; i < 12; i++) {
      const at = start + 5 + index(next, text.length - start - 5);
      out[at] = next() < 0.5 ? 48 + index(next, 10) : 65 + index(next, 26);
    }
    return out;
  },
  'break-trailer': (pdf, next) => {
    const text = pdf.toString('latin1');
    const variants = [
      text.replace('/Root 1 0 R', '/Root 99 0 R'),
      text.replace(/startxref\n\d+/, 'startxref\n999999999'),
      text.replace(/trailer[\s\S]*$/, ''),
      text.replace('/Root 1 0 R', '/Root (nothing)'),
      text.replace(/xref\n0 (\d+)/, 'xref\n0 4000000000'),
    ];
    return Buffer.from(variants[index(next, variants.length)]!, 'latin1');
  },
  'break-stream': (pdf, next) => {
    const text = pdf.toString('latin1');
    const streams = [...text.matchAll(/\/Length (\d+)/g)];
    if (streams.length === 0) return pdf;
    const match = streams[index(next, streams.length)]!;
    const lengths = ['0', '-5', '99999999', '1e10', String(Number(match[1]) + 37)];
    const out = text.slice(0, match.index) + `/Length ${lengths[index(next, lengths.length)]}` + text.slice(match.index! + match[0].length);
    const bytes = Buffer.from(out, 'latin1');
    // And some bytes inside a stream.
    const data = out.indexOf('stream\n', match.index);
    for (let i = 0; i < 4 && data > 0; i++) bytes[data + 7 + index(next, 40)] = index(next, 256);
    return bytes;
  },
  'nest-deeply': (pdf, next) => {
    const text = pdf.toString('latin1');
    const at = text.indexOf('/Type /Page ');
    const depth = 10_000 + index(next, 90_000);
    return Buffer.from(text.slice(0, at) + `/X ${'['.repeat(depth)} ` + text.slice(at), 'latin1');
  },
  'huge-numbers': (pdf, next) => {
    const text = pdf.toString('latin1');
    const huge = ['1e308', '-99999999999', '99999999999999999999999', '1e32', 'NaN', '-0.0000000001'];
    let count = 0;
    return Buffer.from(
      text.replace(/(?<=[\s[])\d+(?:\.\d+)?(?=[\s\]])/g, (number) => (count++ % 7 === 0 && next() < 0.5 ? huge[index(next, huge.length)]! : number)),
      'latin1',
    );
  },
};

export interface MutatedPdf {
  name: string;
  bytes: Buffer;
}

/** `count` damaged files of one seed: bases broken once, now and then twice. */
export function mutatedPdfs(seed: number, count: number): MutatedPdf[] {
  const next = random(seed);
  const baseNames = Object.keys(bases);
  const mutationNames = Object.keys(mutations);
  const cases: MutatedPdf[] = [];
  for (let i = 0; i < count; i++) {
    const base = baseNames[index(next, baseNames.length)]!;
    const mutation = mutationNames[index(next, mutationNames.length)]!;
    let bytes = mutations[mutation]!(bases[base]!(), next);
    // A second damage now and then: real files are rarely broken in one way only.
    if (next() < 0.25) bytes = mutations[mutationNames[index(next, mutationNames.length)]!]!(bytes, next);
    cases.push({ name: `${seed}-${String(i).padStart(3, '0')}-${base}-${mutation}.pdf`, bytes });
  }
  return cases;
}
