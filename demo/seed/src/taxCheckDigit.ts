const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/**
 * The tenth digit of a Vietnamese tax code (mã số thuế) for its first nine
 * digits, or null when the nine digits admit no check digit (the remainder
 * gives 10) and the number is never issued.
 */
export function taxCheckDigit(firstNine: string): number | null {
  if (!/^\d{9}$/.test(firstNine)) return null;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(firstNine[i]) * (WEIGHTS[i] ?? 0);
  const digit = 10 - (sum % 11);
  return digit <= 9 ? digit : null;
}
