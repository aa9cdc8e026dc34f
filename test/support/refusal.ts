import { ClientError } from 'graphql-request';
import { expect } from 'vitest';

/** The first GraphQL error of a request that must fail (and fails the test if it did not), for asserting its code, field and message. */
export async function refusal(
  run: Promise<unknown>,
): Promise<{ message: string; extensions?: Record<string, unknown> } | undefined> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ClientError);
  return (error as ClientError).response.errors?.[0] as
    | { message: string; extensions?: Record<string, unknown> }
    | undefined;
}
