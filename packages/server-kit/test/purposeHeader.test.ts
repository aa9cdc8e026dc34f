import { describe, expect, it } from 'vitest';
import {
  MAX_PURPOSE_LENGTH,
  purposeFromHeader,
  purposeHeaderValue,
} from '../src/identity/purposeHeader';

/** A header value as Node reads it: the UTF-8 bytes of the text, one character per byte. */
const onTheWire = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

describe('purposeFromHeader', () => {
  it('is null without a header or without anything printable in it', () => {
    expect(purposeFromHeader(undefined)).toBeNull();
    expect(purposeFromHeader('')).toBeNull();
    expect(purposeFromHeader(' \t\u0085\u202e ')).toBeNull();
  });

  it('keeps plain text, Vietnamese included', () => {
    expect(purposeFromHeader('VKS-2026-017')).toBe('VKS-2026-017');
    expect(purposeFromHeader(onTheWire('Công văn số 12/UBND-KT'))).toBe('Công văn số 12/UBND-KT');
  });

  it('drops control, format and bidirectional characters and folds white space', () => {
    expect(purposeFromHeader('a\u0000b\u0007c\u001b[31md\u007fe')).toBe('a b c [31md e');
    expect(purposeFromHeader('x\u0085y\u009bz')).toBe('x y z');
    expect(purposeFromHeader(onTheWire('abc\u202edef\u2066g\u2069 h\u200d'))).toBe('abc def g h');
    expect(purposeFromHeader('  many \t\t spaces  ')).toBe('many spaces');
  });

  it('cuts a purpose to 200 characters, counting characters rather than bytes', () => {
    expect(purposeFromHeader('x'.repeat(500))).toBe('x'.repeat(MAX_PURPOSE_LENGTH));
    const vietnamese = purposeFromHeader(onTheWire('đ'.repeat(300)));
    expect(vietnamese).toBe('đ'.repeat(200));
  });

  it('reads back what purposeHeaderValue wrote', () => {
    const purpose = 'Quyết định 5/QĐ-UBND';
    expect(purposeFromHeader(purposeHeaderValue(purpose))).toBe(purpose);
    expect([...purposeHeaderValue(purpose)].every((c) => c.charCodeAt(0) <= 0xff)).toBe(true);
  });
});
