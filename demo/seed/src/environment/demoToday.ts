import type { IsoDate } from '../types';

/** The demo's "today": validity, expiry and resolution are judged as of this day. */
export const DEMO_TODAY: IsoDate = '2026-11-01';

/** The newest date a record may carry, so that nothing is dated in the future. */
export const LAST_RECORD_DAY: IsoDate = '2026-10-31';
