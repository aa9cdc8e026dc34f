import { taxCheckDigit } from './taxCheckDigit';

/**
 * Whether `code` is a well-formed Vietnamese tax code: ten digits whose last
 * is the check digit, optionally followed by a three-digit branch suffix
 * (`0100109106-001`).
 */
export function isValidTaxCode(code: string): boolean {
  const match = /^(\d{9})(\d)(?:-\d{3})?$/.exec(code);
  if (!match) return false;
  const [, firstNine = '', check = ''] = match;
  return taxCheckDigit(firstNine) === Number(check);
}
