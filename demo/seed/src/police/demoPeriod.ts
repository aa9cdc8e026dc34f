import type { IsoDate } from '../types';

/**
 * The demo's "today", as the shared seed's violations have it
 * (buildViolations' last detection): decisions, payments and case files of
 * the police seed are never dated after it.
 */
export const DEMO_TODAY: IsoDate = '2026-10-31';

/** The police's inspections cover the five years up to the demo's today. */
export const FIRST_INSPECTION: IsoDate = '2021-11-01';

/** Closed and relocated facilities are no longer inspected after this (as in buildViolations). */
export const LAST_INSPECTION_GONE: IsoDate = '2021-12-31';
