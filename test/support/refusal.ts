import { ClientError } from 'graphql-request';
import { expect } from 'vitest';

/** The first GraphQL error of a request that must fail; fails the test if it succeeded. */
export async function refusal(run: Promise<unknown>) {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ClientError);
  return (error as ClientError).response.errors?.[0];
}
