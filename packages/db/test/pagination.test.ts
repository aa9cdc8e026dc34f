import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  loadConnection,
  MAX_PAGE_SIZE,
  type PageWindow,
  pageWindow,
  toConnection,
} from '../src/pagination';

function thrown(run: () => unknown): { message: string; extensions: Record<string, unknown> } {
  try {
    run();
  } catch (error) {
    return error as { message: string; extensions: Record<string, unknown> };
  }
  throw new Error('expected an error');
}

describe('pageWindow', () => {
  it('fetches one row more than the default page when first is absent or null', () => {
    expect(pageWindow({}, 2)).toEqual({
      size: DEFAULT_PAGE_SIZE,
      fetch: DEFAULT_PAGE_SIZE + 1,
      after: null,
    });
    expect(pageWindow({ first: null, after: null }, 2).size).toBe(50);
  });

  it('accepts 0 and MAX_PAGE_SIZE as page sizes', () => {
    expect(pageWindow({ first: 0 }, 2)).toEqual({ size: 0, fetch: 1, after: null });
    expect(pageWindow({ first: MAX_PAGE_SIZE }, 2)).toEqual({
      size: 1000,
      fetch: 1001,
      after: null,
    });
  });

  it.each([-1, MAX_PAGE_SIZE + 1, 2.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses first = %s as BAD_USER_INPUT on field first',
    (first) => {
      const error = thrown(() => pageWindow({ first }, 2));
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
      expect(error.message).toBe('first phải từ 0 đến 1000 / first must be between 0 and 1000');
    },
  );

  it('decodes the after cursor into its sort key', () => {
    const after = encodeCursor(['Công ty A', '0b5c5e8e-5f0a-4a55-9d47-1f2a3b4c5d6e']);
    expect(pageWindow({ first: 10, after }, 2).after).toEqual([
      'Công ty A',
      '0b5c5e8e-5f0a-4a55-9d47-1f2a3b4c5d6e',
    ]);
  });

  it('treats an empty after as the first page', () => {
    expect(pageWindow({ after: '' }, 2).after).toBeNull();
  });

  it('refuses a garbage after as BAD_USER_INPUT on field after', () => {
    for (const after of ['garbage!!', encodeCursor(['only one']), 'eyJub3QiOiJhbiBhcnJheSJ9']) {
      const error = thrown(() => pageWindow({ after }, 2));
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });
});

describe('encodeCursor and decodeCursor', () => {
  it('round-trip a key of strings, numbers and null', () => {
    const key = ['Nhà máy Thăng Long', 42, null, '2025-03-14T03:35:00.000Z'];
    const cursor = encodeCursor(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 4)).toEqual(key);
  });

  it('refuses a cursor whose key has another arity', () => {
    expect(() => decodeCursor(encodeCursor(['a', 'b']), 3)).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } }),
    );
  });

  it('refuses a cursor that is not JSON or not an array', () => {
    const notJson = Buffer.from('{oops', 'utf8').toString('base64url');
    const notArray = Buffer.from('{"0":"a","1":"b","length":2}', 'utf8').toString('base64url');
    for (const cursor of [notJson, notArray, encodeCursor(null as unknown as unknown[])]) {
      expect(() => decodeCursor(cursor, 2)).toThrow(
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } }),
      );
    }
  });
});

describe('toConnection', () => {
  const rows = [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
    { id: 'c', name: 'C' },
  ];
  const keyOf = (row: { id: string; name: string }) => [row.name, row.id];
  const count = async () => 99;

  it('says a next page exists when one row more than the page was fetched', () => {
    const window: PageWindow = { size: 2, fetch: 3, after: null };
    const connection = toConnection(rows, window, keyOf, count);
    expect(connection.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    expect(connection.pageInfo.endCursor).toBe(encodeCursor(['B', 'b']));
    expect(decodeCursor(connection.pageInfo.endCursor ?? '', 2)).toEqual(['B', 'b']);
  });

  it('says no next page exists on the last page', () => {
    const connection = toConnection(rows, { size: 3, fetch: 4, after: null }, keyOf, count);
    expect(connection.edges).toHaveLength(3);
    expect(connection.pageInfo).toEqual({
      hasNextPage: false,
      endCursor: encodeCursor(['C', 'c']),
    });
  });

  it('gives an empty page a null endCursor', () => {
    const connection = toConnection([], { size: 10, fetch: 11, after: null }, keyOf, count);
    expect(connection.edges).toEqual([]);
    expect(connection.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it('gives every edge the cursor of its own row and maps nodes with toNode', () => {
    const connection = toConnection(rows, { size: 5, fetch: 6, after: null }, keyOf, count, (row) =>
      row.name.toLowerCase(),
    );
    expect(connection.edges).toEqual([
      { cursor: encodeCursor(['A', 'a']), node: 'a' },
      { cursor: encodeCursor(['B', 'b']), node: 'b' },
      { cursor: encodeCursor(['C', 'c']), node: 'c' },
    ]);
  });

  it('resolves totalCount only through the count function it was given', async () => {
    let calls = 0;
    const connection = toConnection(rows, { size: 1, fetch: 2, after: null }, keyOf, async () => {
      calls += 1;
      return 3;
    });
    expect(calls).toBe(0);
    expect(await connection.totalCount()).toBe(3);
    expect(calls).toBe(1);
  });
});

describe('loadConnection', () => {
  it('validates the arguments before fetching and fetches window.fetch rows', async () => {
    const asked: PageWindow[] = [];
    const fetch = async (window: PageWindow) => {
      asked.push(window);
      return [{ id: '1' }, { id: '2' }, { id: '3' }].slice(0, window.fetch);
    };
    const connection = await loadConnection({
      args: { first: 2 },
      keyArity: 1,
      keyOf: (row) => [row.id],
      fetch,
      count: async () => 3,
    });
    expect(asked).toEqual([{ size: 2, fetch: 3, after: null }]);
    expect(connection.edges.map((e) => e.node.id)).toEqual(['1', '2']);
    expect(connection.pageInfo.hasNextPage).toBe(true);

    await expect(
      loadConnection({
        args: { first: -5 },
        keyArity: 1,
        keyOf: (row: { id: string }) => [row.id],
        fetch,
        count: async () => 0,
      }),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
    expect(asked).toHaveLength(1);
  });
});
