import { isUuid } from '@ipc-hub/db';
import { z } from 'zod';
import { bilingual } from './parseInput';
import { todayInHanoi } from './todayInHanoi';

/** The zod pieces the four subgraphs' mutation inputs are built from. */

/** An id of a record: a UUID in every agency's database; anything else can name no record. */
export const recordId = (what: string) =>
  z.string().refine(isUuid, { message: bilingual(`Mã ${what} không hợp lệ`, `not a ${what} id`) });

/** A date that has already come in Hanoi: an event being recorded is not in the future. */
export const pastDate = (field: string) =>
  z.string().refine((d) => d <= todayInHanoi(), {
    message: bilingual(`${field}: ngày ở tương lai`, `${field} is in the future`),
  });

/** Text an officer types: trimmed, in Unicode NFC (one spelling for searches and comparisons), bounded. */
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
