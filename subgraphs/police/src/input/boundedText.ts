import { bilingual } from '@ipc-hub/server-kit';
import { z } from 'zod';

/** Trimmed free text between `min` and `max` characters, with messages naming the field. */
export function boundedText(field: string, vi: string, min: number, max: number) {
  return z
    .string()
    .trim()
    .min(min, { message: bilingual(`${vi} quá ngắn`, `${field} is too short`) })
    .max(max, { message: bilingual(`${vi} quá dài`, `${field} is too long`) });
}
