import { badUserInput } from '@ipc-hub/errors';
import type { z } from 'zod';

/** A field message in both languages, for zod's `message` option: officers read the first half. */
export function bilingual(vi: string, en: string): string {
  return `${vi} / ${en}`;
}

/**
 * Validates a mutation's input beyond what GraphQL's types check (formats,
 * ranges, dates in order) and returns the parsed value, or throws
 * BAD_USER_INPUT naming the first bad field (`input.taxCode`) with every
 * problem listed in `extensions.issues`. Call it before anything is written.
 */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  root = 'input',
): z.infer<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    field: [root, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  const [first] = issues;
  const [vi, en] = (first?.message ?? 'Dữ liệu không hợp lệ / Invalid input').split(' / ');
  const error = badUserInput(first?.field ?? root, { vi: vi ?? '', en: en ?? vi ?? '' });
  error.extensions.issues = issues;
  throw error;
}
