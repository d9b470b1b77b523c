/**
 * What OCR misreads in a predictable way, and how its lines are put right before they enter the
 * pipeline as a text layer's lines would.
 */
export interface OcrCorrection {
  /** What the correction repairs (shown in the table-driven test). */
  name: string;
  /** What a recognised line holds when misread this way… */
  pattern: RegExp;
  /** …and what is written instead. */
  replacement: string;
}

export const ocrCorrections: readonly OcrCorrection[] = [
  {
    // The em dashes around a page number ("— 13 —") read as the Han numeral 一, or one of them lost.
    name: 'a page number between dashes read as 一',
    pattern: /^[一—–\-－_~]*[一—–]\s*(\d{1,4})\s*[一—–\-－_~]*$|^[一—–\-－_~]*\s*(\d{1,4})\s*[一—–][一—–\-－_~]*$/u,
    replacement: '— $1$2 —',
  },
  {
    // The recogniser drops the narrow space after a caption's number: "图1 2019年至…" read "图12019年至…".
    name: 'a year run into the number of a caption',
    pattern: /^(附?[图表])\s*(\d{1,3}?)((?:19|20)\d{2})(?!\d)/u,
    replacement: '$1 $2 $3',
  },
];

/** A recognised line with the corrections of ocrCorrections made. */
export function correctOcrLine(text: string): string {
  return ocrCorrections.reduce((corrected, correction) => corrected.replace(correction.pattern, correction.replacement), text);
}
