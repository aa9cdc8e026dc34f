import { describe, expect, it } from 'vitest';
import { answerCode, attackCalls, tally } from '../src/measure/answerCodes';

describe('how the attack was answered', () => {
  it('reads an answer as answered, its first error code, or its HTTP status', () => {
    expect(answerCode({ status: 200, body: '{"data":{"facility":{"name":"A"}}}' })).toBe(
      'answered',
    );
    expect(
      answerCode({
        status: 400,
        body: '{"errors":[{"message":"x","extensions":{"code":"QUERY_TOO_COSTLY"}}]}',
      }),
    ).toBe('QUERY_TOO_COSTLY');
    expect(answerCode({ status: 200, body: '{"data":null}' })).toBe('HTTP 200');
    expect(answerCode({ status: 502, body: '<html>' })).toBe('HTTP 502');
  });

  it('counts codes, most frequent first', () => {
    expect(tally(['RATE_LIMITED', 'QUERY_TOO_COSTLY', 'RATE_LIMITED'])).toEqual({
      RATE_LIMITED: 2,
      QUERY_TOO_COSTLY: 1,
    });
    expect(Object.keys(tally(['b', 'a']))).toEqual(['a', 'b']);
  });

  it("takes the other caller's calls out of the subgraph calls counted during the attack", () => {
    expect(attackCalls(80, 80, 1)).toBe(0);
    expect(attackCalls(95, 80, 1)).toBe(15);
    expect(attackCalls(70, 80, 1)).toBe(0);
  });
});
