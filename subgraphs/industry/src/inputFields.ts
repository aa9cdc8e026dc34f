import { isUuid } from '@ipc-hub/db';
import { bilingual } from '@ipc-hub/server-kit';
import { z } from 'zod';
import { today } from './today';

/** The zod pieces every DOIT mutation's input is built from. */

/** An id of a record: a UUID in every agency's database; anything else can name no record. */
export const recordId = (what: string) =>
  z.string().refine(isUuid, {
    message: bilingual(`Mã ${what} không hợp lệ`, `not a ${what} id`),
  });

/** A date that has already come, in Hanoi: an event being recorded cannot be in the future. */
export const pastDate = (field: string) =>
  z.string().refine((d) => d <= today(), {
    message: bilingual(`${field} ở tương lai`, `${field} is in the future`),
  });

/** Free text an officer types, trimmed, within bounds. */
export const text = (field: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, { message: bilingual(`${field} quá ngắn`, `${field} is too short`) })
    .max(max, { message: bilingual(`${field} quá dài`, `${field} is too long`) });
