import { describe, expect, it } from 'vitest';
import { alignMany, alignOne, loadByUuids } from '../src/alignToKeys';
import { isUuid } from '../src/isUuid';

const A = '0b5c5e8e-5f0a-4a55-9d47-1f2a3b4c5d6e';
const B = '9f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
const C = 'c0ffee00-1234-4abc-8def-0123456789ab';

interface Row {
  id: string;
  label: string;
}

describe('alignOne', () => {
  it('returns rows in the order of the keys, whatever order they came in', () => {
    const rows: Row[] = [
      { id: B, label: 'b' },
      { id: A, label: 'a' },
    ];
    expect(alignOne([A, B], rows, (r) => r.id).map((r) => r?.label)).toEqual(['a', 'b']);
  });

  it('gives null for a key without a row', () => {
    const rows: Row[] = [{ id: A, label: 'a' }];
    expect(alignOne([C, A, B], rows, (r) => r.id)).toEqual([null, { id: A, label: 'a' }, null]);
  });

  it('matches UUIDs regardless of case in either the key or the row', () => {
    const rows: Row[] = [
      { id: A, label: 'a' },
      { id: B.toUpperCase(), label: 'b' },
    ];
    expect(alignOne([A.toUpperCase(), B], rows, (r) => r.id).map((r) => r?.label)).toEqual([
      'a',
      'b',
    ]);
  });

  it('gives the same row to a key asked twice', () => {
    const rows: Row[] = [{ id: A, label: 'a' }];
    expect(alignOne([A, A], rows, (r) => r.id)).toEqual([
      { id: A, label: 'a' },
      { id: A, label: 'a' },
    ]);
  });
});

describe('alignMany', () => {
  it("gives every key its rows in the rows' order, and an empty list when it has none", () => {
    const rows: Row[] = [
      { id: B, label: 'b1' },
      { id: A, label: 'a1' },
      { id: B.toUpperCase(), label: 'b2' },
      { id: A, label: 'a2' },
    ];
    const aligned = alignMany([A, C, B], rows, (r) => r.id);
    expect(aligned.map((group) => group.map((r) => r.label))).toEqual([
      ['a1', 'a2'],
      [],
      ['b1', 'b2'],
    ]);
  });
});

describe('loadByUuids', () => {
  it('sends only the UUID keys to the query and gives the others null', async () => {
    const asked: string[][] = [];
    const result = await loadByUuids<Row>(
      ['not-a-uuid', A, "1' or '1'='1", B.toUpperCase()],
      (r) => r.id,
      async (uuids) => {
        asked.push(uuids);
        return [
          { id: A, label: 'a' },
          { id: B, label: 'b' },
        ];
      },
    );
    expect(asked).toEqual([[A, B.toUpperCase()]]);
    expect(result.map((r) => r?.label ?? null)).toEqual([null, 'a', null, 'b']);
  });

  it('does not run the query at all when no key is a UUID', async () => {
    let calls = 0;
    const result = await loadByUuids<Row>(
      ['42', '', 'zone-1'],
      (r) => r.id,
      async () => {
        calls += 1;
        return [];
      },
    );
    expect(calls).toBe(0);
    expect(result).toEqual([null, null, null]);
  });
});

describe('isUuid', () => {
  it('accepts UUIDs in either case and refuses anything else', () => {
    expect(isUuid(A)).toBe(true);
    expect(isUuid(A.toUpperCase())).toBe(true);
    for (const value of ['', A.slice(1), `${A}0`, `{${A}}`, A.replaceAll('-', ''), ` ${A}`]) {
      expect(isUuid(value)).toBe(false);
    }
  });
});
