import { bilingual } from '@ipc-hub/server-kit';
import { z } from 'zod';
import { todayInHanoi } from './todayInHanoi';

/**
 * A `Date` input that must not lie in the future (what was detected, decided,
 * paid or opened has happened). The scalar has already checked the format.
 */
export function pastDate(field: string, vi: string) {
  return z.string().refine((date) => date <= todayInHanoi(), {
    message: bilingual(`${vi} ở tương lai`, `${field} is in the future`),
  });
}
