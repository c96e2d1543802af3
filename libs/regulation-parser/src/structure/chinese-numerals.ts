const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Converts 一百二十三 / 十二 / 二〇二五 / ASCII or full-width digits to a number; null if not a numeral. */
export function parseChineseNumber(raw: string): number | null {
  const value = raw.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(value)) return Number(value);
  if (!value || ![...value].every((ch) => ch in DIGITS || ch in MULTIPLIERS)) return null;
  // Digit-by-digit form (二〇二五) has no multipliers.
  if (![...value].some((ch) => ch in MULTIPLIERS)) {
    return Number([...value].map((ch) => DIGITS[ch]).join(''));
  }
  let total = 0;
  let pending = 0;
  for (const ch of value) {
    if (ch in DIGITS) {
      pending = DIGITS[ch];
    } else {
      // A bare multiplier (十二) means one of it.
      total += (pending || 1) * MULTIPLIERS[ch];
      pending = 0;
    }
  }
  return total + pending;
}
