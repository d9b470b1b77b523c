import { segmentWords } from '../segment/index.js';
import type { Fact, FactKind, Language } from '../types.js';
import type { FactContext } from './context.js';
import { contentWords, isFunctionOrFrame, isScopeWord } from './words.js';

/** What a borrowed name measures of its metric, by the fact's kind: 网上零售额 → 网上零售额 排名. */
const kindLabels: Record<Language, Partial<Record<FactKind, string>>> = {
  zh: { rank: '排名', change: '增速', duration: '年数' },
  en: { rank: 'rank', change: 'growth', duration: 'years' },
};

/** A name this long (in characters) or longer is cut to its last words: the head of a Chinese noun phrase is at its end. */
const longestName = 14;

const isNumberWord = (word: { text: string; tag?: string }) => word.tag === 'm' || /^[\d.,，%]+$/.test(word.text);
/** jieba's tags of verbs: a name does not begin with one (建成 5G 基站 → 5G 基站). */
const isVerb = (word: { tag?: string }) => word.tag !== undefined && /^v[dg]?$/.test(word.tag);

/**
 * The words right before a Chinese number that name what it measures: walking left from the
 * number past frame words, numbers and function words (达到, 由 50.3% 提升到), then taking the
 * run of content words up to the next function word, number or scope word (全国, 我国), leading
 * verbs dropped: "全国网上零售额达到 11.76 万亿元" → 网上零售额; "已建成 5G 基站达到 71.8 万个" →
 * 5G 基站. '' when the text names nothing before the number.
 */
export function nameBeforeNumber(textBefore: string, language: Language): string {
  const words = segmentWords(textBefore, language);
  const run: typeof words = [];
  for (let index = words.length - 1; index >= 0; index--) {
    const word = words[index]!;
    const blank = isNumberWord(word) || isFunctionOrFrame(word, language) || isScopeWord(word.text, language);
    if (blank) {
      // A verb alone (升至 in 国际排名升至第43位) names nothing: the name is further left.
      if (run.length > 0 && !run.every(isVerb)) break;
      run.length = 0;
      continue;
    }
    run.unshift(word);
  }
  while (run.length > 1 && isVerb(run[0]!)) run.shift();
  while (run.length > 1 && run.map((word) => word.text).join('').length > longestName) run.shift();
  return joinWords(run.map((word) => word.text));
}

/** Words of a name joined as written: no space between Han characters, one beside a Latin word (5G 基站). */
function joinWords(words: string[]): string {
  return words.reduce((name, word) => (name === '' ? word : /[A-Za-z0-9]$/.test(name) !== /^[A-Za-z0-9]/.test(word) || /^[A-Za-z0-9]/.test(word) ? `${name} ${word}` : `${name}${word}`), '');
}

/**
 * A short, readable name of what a fact measures. Chinese: the words before its number in its
 * clause (网上零售额, 5G 基站); when they name nothing (以 68720 件位列世界第一), the previous clause's,
 * with what this fact measures of it (专利申请量 排名). Otherwise, and in English, its subject when
 * that names something, else its clause.
 */
export function metricName(fact: Fact, context: FactContext, language: Language): string {
  const names = (text: string) => contentWords(text, language).some((word) => word.names);
  if (language === 'zh') {
    const at = context.clause.indexOf(fact.text);
    const own = at >= 0 ? nameBeforeNumber(context.clause.slice(0, at), language) : '';
    if (own) return own;
    const borrowed = nameBeforeNumber(context.previousClause, language);
    if (borrowed) return [borrowed, kindLabels[language][fact.kind]].filter(Boolean).join(' ');
  }
  if (names(fact.subject)) return tidy(fact.subject);
  return tidy(names(context.clause) ? context.clause : `${context.previousClause}，${context.clause}`);
}

const tidy = (text: string) => text.replace(/\s+/g, ' ').replace(/^[，,\s]+|[。，,；;\s]+$/g, '').trim();
