import { bilingual } from '@ipc-hub/server-kit';
import { z } from 'zod';
import { todayInHanoi } from '../approvals/approvalStatus';

/** A recorded event's date: it has happened, so it is not after today in Hanoi. */
export const pastDate = (field: string) =>
  z.string().refine((d) => d <= todayInHanoi(), {
    message: bilingual(`${field}: ngày ở tương lai`, `${field} is in the future`),
  });

/** Text an officer types: trimmed, in Unicode NFC (so searches and comparisons see one spelling), bounded. */
export const text = (field: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .transform((s) => s.normalize('NFC'))
    .pipe(
      z
        .string()
        .min(min, { message: bilingual(`${field}: quá ngắn`, `${field} is too short`) })
        .max(max, { message: bilingual(`${field}: quá dài`, `${field} is too long`) }),
    );
