import { describe, expect, it } from 'vitest';
import { describeLoadError, describePdfError } from '../../pipeline/extract/errors.js';

const named = (name: string, message: string) => Object.assign(new Error(message), { name });

describe('pdf.js failures in words', () => {
  it.each([
    [named('XRefEntryException', 'Bad (uncompressed) XRef entry: 40R'), 'damaged cross-reference table'],
    [new Error('This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "XRefEntryException: Bad (uncompressed) XRef entry: 40R".'), 'damaged cross-reference table'],
    [new RangeError('Maximum call stack size exceeded'), 'structure nested too deeply'],
    [named('FormatError', 'Bad FCHECK in flate stream: 120, 1'), 'damaged compressed stream'],
    [named('FormatError', 'Illegal character: 41'), 'damaged page content'],
    [new Error('Invalid array length'), 'a size in the file is too large to read'],
    [new Error('something no table knows'), 'damaged or unsupported content'],
  ])('%s → %s', (error, cause) => {
    expect(describePdfError(error)).toBe(cause);
  });

  it('tells a missing or wrong password from a damaged file', () => {
    expect(describeLoadError(named('PasswordException', 'No password given'), undefined)).toMatch(/needs a password/);
    expect(describeLoadError(named('PasswordException', 'Incorrect Password'), 'x')).toMatch(/password is wrong/);
    expect(describeLoadError(named('InvalidPDFException', 'Invalid PDF structure.'), undefined)).toBe('not a readable PDF: truncated or damaged?');
  });
});
