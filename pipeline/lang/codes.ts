/**
 * Numbers that are no claims, written the same way in every language: bibliographic references
 * (volume, issue and pages), identifiers (DOI, ISSN, ISBN), dates in digits, page marks and the
 * values of formulas. Regular-expression sources, read by both languages' not-claim tables
 * (NotClaimTables.names); the words of one language (文章编号, 'Table 3') are in its own tables.
 */

const dash = '[-–—－~～]';

export const neutralNotClaimNames: string[] = [
  // A reference's volume(issue): pages — "27(3): 1220-1233", "31 (2) : 93-95".
  `\\d+\\s*[(（]\\s*\\d+(?:\\s*[-–/]\\s*\\d+)?\\s*[)）]\\s*[:：]\\s*\\d+(?:\\s*${dash}\\s*\\d+)?`,
  // Year, volume: pages and year: pages — "2017, 58: 255-268", "2015: 1234-1237".
  `(?:19|20)\\d{2}\\s*[,，]\\s*\\d+\\s*[:：]\\s*\\d+(?:\\s*${dash}\\s*\\d+)?`,
  `(?:19|20)\\d{2}\\s*[:：]\\s*\\d+\\s*${dash}\\s*\\d+`,
  // A page range left alone at the end of a reference wrapped over lines: "194-206."
  `^\\s*\\d+\\s*${dash}\\s*\\d+\\s*[.．]?\\s*$`,
  `\\bp{1,2}\\.\\s*\\d+(?:\\s*${dash}\\s*\\d+)?`,
  // Pages then the year: "1438-1447, 2021".
  `(?<![\\d.])\\d+\\s*${dash}\\s*\\d+(?=\\s*[,，]\\s*(?:19|20)\\d{2}\\b)`,
  '\\bVol\\.\\s*\\d+(?:\\s*[,，]?\\s*No\\.\\s*\\d+)?',
  // Citation marks with spaces or in full width: [ 14 ], ［１］, [4, 5], [12–14].
  '[\\[［]\\s*\\d+(?:\\s*[,，、\\-–~]\\s*\\d+)*\\s*[\\]］]',
  // Identifiers: DOI (spaces around its slash in some journals), ISSN, ISBN, CN numbers.
  '\\b(?:doi|DOI)\\s*[:：]?\\s*10\\.\\d{4,9}\\s*[/／]\\s*[^\\s，。；）)]+',
  '\\bISSN\\s*[:：]?\\s*\\d{4}\\s*[-－]\\s*\\d{3}[\\dXx]',
  '\\bISBN(?:-1[03])?\\s*[:：]?\\s*[\\d-]{9,16}[\\dXx]',
  '\\bCN\\s*\\d{2}\\s*[-－]\\s*\\d{4}',
  // Stock codes: 600201.SH, 0700.HK.
  '\\d{4,6}\\s*\\.\\s*(?:SH|SZ|SS|BJ|HK)\\b',
  // Dates in digits: 2018.12.21, 2020/6/16, 2021-07, 2021-07-19, 7/19/2022, 20100430; 2020.7 when no unit follows.
  '(?<![\\d.])(?:19|20)\\d{2}[./](?:0?[1-9]|1[0-2])[./](?:0?[1-9]|[12]\\d|3[01])(?![\\d.])',
  '(?<![\\d.])(?:19|20)\\d{2}\\.(?:0?[1-9]|1[0-2])(?![\\d.])(?!\\s*[\\p{L}%％])',
  '(?<![\\d.])(?:19|20)\\d{2}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?(?!\\d)',
  '(?<![\\d/])(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\\d|3[01])/(?:19|20)?\\d{2}(?![\\d/])',
  '(?<!\\d)(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])(?!\\d)',
  // Affiliation marks glued to an author's name: "GAO Shuai1,2 ,", "郜帅1,2".
  '(?<=\\p{L})\\d{1,2}(?:\\s*[,，]\\s*\\d{1,2})+(?=\\s*[,，;；)）]|\\s*$)',
  // A page number set between dots inside the text: "·112·".
  '·\\s*\\d{1,4}\\s*·',
  // Formulas: a variable's value (d = 768, λ=70%; not a sample size n = 66), a variable plus a
  // number (t + 1), powers of ten and products (5 × 10−5, 561 × 561).
  '(?<![\\p{L}\\d])(?![nN]\\s*[=＝])[A-Za-z\\p{Script=Greek}][a-z\\d_′\']{0,2}\\s*[=＝≈≤≥]\\s*[-−]?\\d+(?:\\.\\d+)?\\s*[%％]?',
  '(?<![\\p{L}\\d])[A-Za-z\\p{Script=Greek}]\\s*[+−-]\\s*\\d+(?![\\d.])',
  // The value of a function or an indexed term (HB(y∗) = 0, V (x) = 1), the cases of a piecewise
  // definition ("0, otherwise", "1, y1 ≤ y ≤ y2") and an equation's number after it ("… = F(s)k(t) (5)").
  '[)\\]∗*]\\s*[=＝≤≥]\\s*[(（]?\\s*[-−]?\\d+(?:\\.\\d+)?\\s*[)）]?',
  '(?<![\\d.])[-−]?\\d+(?:\\.\\d+)?(?=\\s*,\\s*(?:otherwise\\b|if\\b|[A-Za-z\\p{Script=Greek}][\\w′\'¹²]{0,3}\\s*[≤≥<>=∈]))',
  '(?<=[=≤≥∈].*)[(（]\\s*\\d{1,3}\\s*[)）]\\s*$',
  '\\d+(?:\\.\\d+)?\\s*[×xX]\\s*10\\s*[-−]?\\s*\\d+',
  '\\d+(?:\\.\\d+)?\\s*×\\s*\\d+(?:\\.\\d+)?',
  // An IPv6 block size written alone in brackets: （/32）.
  '[(（]\\s*/\\s*\\d+\\s*[)）]',
];
