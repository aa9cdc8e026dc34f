import { z } from 'zod';

export const port = (fallback: number) =>
  z.coerce.number().int().min(0).max(65535).default(fallback);

export const url = () => z.url({ protocol: /^(https?|postgres(ql)?)$/ });

const flag = z
  .enum(['true', 'false', '1', '0'], { message: 'expected true or false' })
  .transform((v) => v === 'true' || v === '1');

/** `true`/`false`/`1`/`0`; anything else is reported rather than read as false. */
export function booleanFlag(fallback: boolean): z.ZodDefault<typeof flag>;
export function booleanFlag(): z.ZodOptional<typeof flag>;
export function booleanFlag(fallback?: boolean) {
  return fallback === undefined ? flag.optional() : flag.default(fallback);
}

export const nodeEnv = () => z.enum(['development', 'test', 'production']).default('development');
