/**
 * Symbol fonts (Symbol, Wingdings, Zapf Dingbats) have no Unicode meaning of their own: a PDF
 * writes their characters as codes 0x20–0xFF, which pdf.js passes on in the private-use area at
 * U+F020–U+F0FF when the font maps them there. Each known code is the character it draws; the
 * font's name tells which table applies. Codes not listed draw ornaments that stand for no text.
 */
export const symbolFontCharacters: { font: RegExp; characters: Record<number, string> }[] = [
  {
    font: /wingdings/i,
    characters: {
      0x6c: '●', 0x6e: '■', 0x6f: '□', 0x71: '❑', 0x75: '◆', 0x76: '❖', 0x77: '⬥', 0x9f: '•', 0xa1: '○', 0xa7: '▪', 0xa8: '◻',
      0xd8: '➢', 0xe0: '➔', 0xe8: '➔', 0xef: '⇦', 0xf0: '⇨', 0xfb: '✗', 0xfc: '✓', 0xfd: '☒', 0xfe: '☑',
    },
  },
  {
    font: /symbol/i,
    characters: {
      0x2d: '−', 0x44: 'Δ', 0x53: 'Σ', 0x57: 'Ω', 0x61: 'α', 0x62: 'β', 0x64: 'δ', 0x67: 'γ', 0x6c: 'λ', 0x6d: 'μ', 0x70: 'π', 0x73: 'σ',
      0xa3: '≤', 0xae: '→', 0xb0: '°', 0xb1: '±', 0xb3: '≥', 0xb4: '×', 0xb7: '•', 0xb8: '÷', 0xb9: '≠', 0xbb: '≈', 0xd7: '⋅', 0xde: '⇒',
    },
  },
  {
    font: /dingbats/i,
    characters: { 0x33: '✓', 0x34: '✔', 0x37: '✗', 0x6c: '●', 0x6e: '■', 0x75: '◆', 0xa8: '➢' },
  },
];
