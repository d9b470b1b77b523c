/** Character classes of the scripts reports are set in, shared by extraction and cleaning. */

/** A Han character. */
export const hanCharacter = /\p{Script=Han}/u;

/**
 * Full-width punctuation and the marks Chinese text sets at a character's width (curly quotes,
 * the em dash, the ellipsis, the middle dot), as the body of a character class.
 */
export const fullWidthMarks = '\\u3000-\\u303F\\uFF00-\\uFFEF\\u2014\\u2026\\u00B7\\u2018\\u2019\\u201C\\u201D';

/** A Han character or a full-width mark: two columns wide, and no space between two of them. */
export const wideCharacter = new RegExp(`[\\p{Script=Han}${fullWidthMarks}]`, 'u');
