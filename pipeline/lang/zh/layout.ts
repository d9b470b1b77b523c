import type { LayoutTables } from '../types.js';

const numeral = '[一二三四五六七八九十百零〇]+';

export const zhLayout: LayoutTables = {
  language: 'zh',
  headingSchemes: [
    { name: 'zh-chapter', pattern: new RegExp(`^第(${numeral})[章篇部分]+\\s*\\S`), typicalLevel: 1 },
    { name: 'zh-numeral-comma', pattern: new RegExp(`^(${numeral})、\\s*\\S`), typicalLevel: 1 },
    { name: 'zh-paren-numeral', pattern: new RegExp(`^[（(](${numeral})[）)]\\s*\\S`), typicalLevel: 2 },
    { name: 'arabic-dot', pattern: /^(\d{1,2})[.．、]\s*\S/, typicalLevel: 3 },
    { name: 'arabic-paren', pattern: /^[（(](\d{1,2})[）)]\s*\S/, typicalLevel: 4 },
    { name: 'circled', pattern: /^([①-⑳])\s*\S/, typicalLevel: 5 },
  ],
  caption: /^(?:图|表)\s*\d+(?:[-.－]\d+)?\s+\S/,
  source: /^(?:数据)?(?:来源|资料来源)\s*[：:]/,
  sentenceEnd: '。！？；',
};
