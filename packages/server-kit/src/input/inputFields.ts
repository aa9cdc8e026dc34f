import { isUuid } from '@ipc-hub/db';
import { z } from 'zod';
import { bilingual } from './parseInput';
import { todayInHanoi } from './todayInHanoi';

/** The zod pieces the four subgraphs' mutation inputs are built from. */

/** An id of a record: a UUID in every agency's database; anything else can name no record. */
export const recordId = (what: string) =>
  z.string().refine(isUuid, { message: bilingual(`Mã ${what} không hợp lệ`, `not a ${what} id`) });

/**
 * A date that has already come in Hanoi: an event being recorded is not in
 * the future. `vi` names the field for Vietnamese readers (default: its name).
 */
export const pastDate = (field: string, vi = `${field}:`) =>
  z.string().refine((d) => d <= todayInHanoi(), {
    message: bilingual(`${vi} ngày ở tương lai`, `${field} is in the future`),
  });

/**
 * Text an officer types: trimmed, in Unicode NFC (one spelling for searches
 * and comparisons), bounded. `vi` names the field for Vietnamese readers.
 */
export const text = (field: string, min: number, max: number, vi = `${field}:`) =>
  z
    .string()
    .trim()
    .transform((s) => s.normalize('NFC'))
    .pipe(
      z
        .string()
        .min(min, { message: bilingual(`${vi} quá ngắn`, `${field} is too short`) })
        .max(max, { message: bilingual(`${vi} quá dài`, `${field} is too long`) }),
    );

/**
 * The day a change takes effect (docs/plan-report.md): not in the future;
 * left out, today in Hanoi.
 */
export const effectiveOn = () =>
  pastDate('effectiveOn', 'Ngày hiệu lực:')
    .nullish()
    .transform((d) => d ?? todayInHanoi());
