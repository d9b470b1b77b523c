import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { SourceInfo } from '../types.js';

const pdfMagic = '%PDF-';

/** Describes an input file from its bytes: format by content (not by extension), name, hash. */
export function describeSource(path: string, bytes: Uint8Array): SourceInfo {
  const fileName = basename(path);
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const format = head.includes(pdfMagic) ? 'pdf' : 'text';
  return {
    path,
    fileName,
    name: basename(fileName, extname(fileName)),
    format,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}
