import { z } from 'zod';

/** Every problem with the environment at once, so a deployment is fixed in one round. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses the environment against a zod shape whose keys are the variable
 * names, then runs `checks` that span several variables (each returns the
 * problems it finds). Nothing else in a service reads `process.env`.
 */
export function loadConfig<Shape extends z.ZodRawShape>(
  shape: Shape,
  env: Record<string, string | undefined> = process.env,
  ...checks: Array<(config: z.infer<z.ZodObject<Shape>>) => string[]>
): z.infer<z.ZodObject<Shape>> {
  // Empty strings count as unset: `FOO= pnpm start` means "no FOO".
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const result = z.object(shape).safeParse(present);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  const problems = checks.flatMap((check) => check(result.data));
  if (problems.length > 0) throw new ConfigError(problems);
  return result.data;
}
