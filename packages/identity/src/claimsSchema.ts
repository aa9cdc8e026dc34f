import { z } from 'zod';
import { ROLES } from './identity';

/** DESIGN §3's claims; a token that does not match them is refused, whoever signed it. */
export const claimsSchema = z
  .object({
    sub: z.string().min(1),
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
