import { describe, expect, it } from 'vitest';
import { isValidTaxCode } from '../src';

describe('isValidTaxCode', () => {
  it('accepts a real ten-digit Hanoi tax code whose check digit matches', () => {
    expect(isValidTaxCode('0100109106')).toBe(true);
  });

  it('accepts a branch code made of a valid tax code and a three-digit suffix', () => {
    expect(isValidTaxCode('0100109106-001')).toBe(true);
  });

  it('rejects a code whose check digit is wrong', () => {
    expect(isValidTaxCode('0100109107')).toBe(false);
    expect(isValidTaxCode('0100109107-001')).toBe(false);
  });

  it('rejects every code whose first nine digits admit no check digit', () => {
    for (let digit = 0; digit <= 9; digit++) {
      expect(isValidTaxCode(`010000005${digit}`)).toBe(false);
    }
  });

  it('rejects codes of the wrong length, with letters or with a malformed branch suffix', () => {
    for (const code of [
      '',
      '010010910',
      '01001091060',
      '01001091O6',
      '0100109106-01',
      '0100109106-0001',
      '0100109106 001',
    ]) {
      expect(isValidTaxCode(code)).toBe(false);
    }
  });
});
