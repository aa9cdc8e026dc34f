import type { RelocationStatus } from '../generated/resolvers';

/**
 * The steps a relocation case may take. A case is planned, then the move
 * starts, then it completes; an open case may be cancelled (the facility
 * closed, or treated its pollution on site). COMPLETED and CANCELLED are
 * final: a cancelled facility that must move again gets a new case.
 */
export const relocationTransitions: Record<RelocationStatus, readonly RelocationStatus[]> = {
  PLANNED: ['IN_PROGRESS', 'CANCELLED'],
  IN_PROGRESS: ['COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
};

/** The column that records the day a case reached each status after the first. */
export const transitionDateColumn = {
  IN_PROGRESS: 'startedOn',
  COMPLETED: 'completedOn',
  CANCELLED: 'cancelledOn',
} as const;
