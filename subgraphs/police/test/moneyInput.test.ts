import { type SeededSubgraph, startSeededSubgraph } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policeSubgraph } from '../src/server';

const ISSUE = `mutation ($input: IssueSanctionInput!) { issueSanction(input: $input) { id } }`;

describe('fines in the police subgraph', () => {
  let subgraph: SeededSubgraph<Record<string, unknown>>;
  beforeAll(async () => {
    subgraph = await startSeededSubgraph(policeSubgraph);
  });
  afterAll(() => subgraph?.close());

  it.each(['-5000000', '12.5', 12.5, 'hai triệu'])(
    'refuses a fine of %j as BAD_USER_INPUT naming input.fineVnd',
    async (fineVnd) => {
      const { body } = await subgraph.post({
        query: ISSUE,
        variables: {
          input: {
            violationId: '00000000-0000-4000-8000-000000000000',
            decisionNumber: '1/QĐ-XPHC',
            decidedOn: '2026-01-05',
            decidingAuthority: 'Giám đốc Công an thành phố Hà Nội',
            fineVnd,
          },
        },
      });
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toContain('input.fineVnd');
    },
  );
});
