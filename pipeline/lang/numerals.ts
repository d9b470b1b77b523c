const romanDigits: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** The value of a Roman numeral in either case ("XIV", "iv"); undefined when it is none. */
export function romanValue(numeral: string): number | undefined {
  const lower = numeral.toLowerCase();
  if (!/^[ivxlcdm]+$/.test(lower)) return undefined;
  let value = 0;
  for (let index = 0; index < lower.length; index++) {
    const digit = romanDigits[lower[index]!]!;
    const next = romanDigits[lower[index + 1] ?? ''] ?? 0;
    value += digit < next ? -digit : digit;
  }
  return value;
}
