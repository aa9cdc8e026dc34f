import { z } from 'zod';
import { ROLES } from './identity';

/** The longest `sub` a token may carry, in characters. */
export const MAX_SUBJECT_LENGTH = 128;

/**
 * Characters a subject may not hold: control characters (NUL among them),
 * format characters (the bidirectional overrides and isolates, zero-width
 * joiners), surrogates, private-use and unassigned code points, and line or
 * paragraph separators. The subject is written to logs and to the audit
 * trail, so it must be plain printable text.
 */
const UNPRINTABLE = /[\p{C}\p{Zl}\p{Zp}]/u;

/** Why a token's `sub` is refused, or null when it is plain printable text of at most 128 characters. */
export function subjectProblem(sub: string): string | null {
  if (sub.length === 0) return 'sub is empty';
  if ([...sub].length > MAX_SUBJECT_LENGTH) {
    return `sub is longer than ${MAX_SUBJECT_LENGTH} characters`;
  }
  if (UNPRINTABLE.test(sub)) {
    return 'sub holds a character that is not printable (a control, format or bidirectional character)';
  }
  return null;
}

/** docs/access.md's claims; a token that does not match them is refused, whoever signed it. */
export const claimsSchema = z
  .object({
    sub: z.string().superRefine((sub, ctx) => {
      const problem = subjectProblem(sub);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
    role: z.enum(ROLES),
    adminUnits: z.array(z.string().min(1)).optional(),
    facilityIds: z.array(z.string().min(1)).optional(),
  })
  .superRefine((claims, ctx) => {
    if (claims.role === 'AREA' && !claims.adminUnits?.length) {
      ctx.addIssue({ code: 'custom', message: 'an AREA token must list adminUnits' });
    }
    if (claims.role === 'OPERATOR' && !claims.facilityIds?.length) {
      ctx.addIssue({ code: 'custom', message: 'an OPERATOR token must list facilityIds' });
    }
  });
