import { describe, expect, it } from 'vitest';
import { extract, type OcrMode } from '../../pipeline/extract/index.js';
import { ConversionError } from '../../pipeline/types.js';
import { fixture } from '../helpers.js';

const bad = (name: string) => fixture(`bad/${name}`);

/** The one-line message a bad file gives, or '' when it converts. */
async function failure(path: string, password?: string, ocr?: OcrMode): Promise<string> {
  try {
    await extract({ path }, { password, ocr });
    return '';
  } catch (error) {
    expect(error).toBeInstanceOf(ConversionError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    expect(message.startsWith(path + ': ')).toBe(true);
    return message;
  }
}

describe('bad input gives one line naming the file and the cause', () => {
  it('an empty file', async () => {
    expect(await failure(bad('empty.pdf'))).toMatch(/empty file/);
  });

  it('random bytes named .pdf', async () => {
    expect(await failure(bad('random-bytes.pdf'))).toMatch(/not a PDF/);
  });

  it('a truncated PDF', async () => {
    expect(await failure(bad('truncated.pdf'))).toMatch(/truncated or damaged/);
  });

  it('a missing file', async () => {
    expect(await failure(bad('no-such-file.pdf'))).toMatch(/no such file/);
  });

  it('a PDF that needs a password: asks for --password, rejects a wrong one, opens with the right one', async () => {
    expect(await failure(bad('user-password.pdf'))).toMatch(/needs a password.*--password/);
    expect(await failure(bad('user-password.pdf'), 'wrong')).toMatch(/password is wrong/);
    const doc = await extract({ path: bad('user-password.pdf') }, { password: 'secret' });
    expect(doc.pages[0]!.lines[0]!.text).toBe('First page of a sample.');
  });

  it('a PDF with only an owner password opens without one', async () => {
    const doc = await extract({ path: bad('owner-password.pdf') });
    expect(doc.pages.map((page) => page.lines.map((line) => line.text))).toEqual([['First page of a sample.'], ['Second page of a sample.']]);
  });

  // Pages of a blurred image: no text even by OCR.
  it('no page with a text layer is an error with OCR off, and no text found by OCR one with OCR on', async () => {
    expect(await failure(bad('image-only.pdf'), undefined, 'off')).toMatch(/no text layer on any of its 2 pages/);
    expect(await failure(bad('image-only.pdf'))).toMatch(/no text on any of its 2 pages, even by OCR/);
    // Loading the OCR models takes a while on a busy machine.
  }, 300_000);

  it('a page without a text layer is a warning with its page number (OCR off)', async () => {
    const doc = await extract({ path: bad('image-page.pdf') }, { ocr: 'off' });
    expect(doc.messages).toEqual([expect.objectContaining({ severity: 'warning', stage: 'extract', page: 2, text: expect.stringMatching(/page 2 has no text layer/) })]);
    expect(doc.pages[0]!.lines[0]!.text).toBe('A page with text.');
  });
});
