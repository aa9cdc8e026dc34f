import type { Random } from '../random';
import type { SeedSector } from '../types';
import { planningNotes } from './planningNotes';

/**
 * Whether a project is in line with the planning, and if not why. Most are;
 * high-risk sectors (Plan 75, II.2.1: "hạn chế cấp phép đầu tư" for them)
 * and non-high-tech projects in the hi-tech park are the usual exceptions.
 */
export function drawPlanningFit(
  random: Random,
  sector: SeedSector,
  highTechSectors: ReadonlySet<string> | null,
): { inLineWithPlanning: boolean; planningNote: string | null } {
  if (highTechSectors && !highTechSectors.has(sector.code) && random.chance(0.5)) {
    return { inLineWithPlanning: false, planningNote: planningNotes.notHighTech };
  }
  const risk = sector.highRisk === 'plan-75' ? 0.3 : sector.highRisk === 'common' ? 0.1 : 0.03;
  if (!random.chance(risk)) return { inLineWithPlanning: true, planningNote: null };
  return {
    inLineWithPlanning: false,
    planningNote:
      sector.highRisk && random.chance(0.7)
        ? planningNotes.highRisk
        : random.pick(planningNotes.other),
  };
}
