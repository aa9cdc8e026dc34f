import { deriveSeed } from '../deriveSeed';
import { Random } from '../random';
import type { HanoiSeed } from '../types';
import { buildApprovals } from './buildApprovals';
import { buildHazardousWaste } from './buildHazardousWaste';
import { buildLegalRepresentatives } from './buildLegalRepresentatives';
import { buildPlanTasks } from './buildPlanTasks';
import { buildPostApprovalInspections } from './buildPostApprovalInspections';
import { buildProjectApprovals } from './buildProjectApprovals';
import { buildSeriousPolluterListings } from './buildSeriousPolluterListings';
import { createEnvironmentContext } from './createEnvironmentContext';
import { DecisionRegister } from './decisionRegister';
import { planFacts } from './planFacts';
import type { EnvironmentSeed } from './types';

/**
 * Generates the demo data that Sở Tài nguyên và Môi trường (DONRE) holds
 * about the facilities of `base`, as of 2026-11-01: a legal representative
 * per facility; environmental approvals from the ĐTM and cam kết of the
 * 2005 law to the permits and registrations of the 2020 law (about one
 * facility in ten has none); post-approval inspections; hazardous-waste
 * registers with their streams and yearly reports 2013–2025; about forty
 * listings as a seriously polluting facility; and the twelve priority tasks
 * of Kế hoạch 75/KH-UBND with progress notes.
 *
 * The output depends on `base` alone: the same base gives byte-identical
 * data. Every part draws from its own PRNG stream, derived from a fixed
 * label and ids of the base, so the base's streams are untouched and a
 * change to one part leaves the others as they were. Ids are UUIDs drawn
 * from those streams. Dates never pass 2026-10-31.
 */
export function generateEnvironmentSeed(base: HanoiSeed): EnvironmentSeed {
  const ctx = createEnvironmentContext(base);
  // approvals and the city's lists quote decisions of the same authorities: one register numbers them all
  const register = new DecisionRegister();
  const approvals = buildApprovals(ctx, register);
  const projectApprovals = buildProjectApprovals(ctx, register);
  const seriousPolluterListings = buildSeriousPolluterListings(ctx, register);
  register.close(new Random(deriveSeed(ctx.root, 'decision-numbers')));
  const hazardousWaste = buildHazardousWaste(ctx);
  const plan = buildPlanTasks(ctx.root, planFacts(base, seriousPolluterListings));
  return {
    legalRepresentatives: buildLegalRepresentatives(ctx),
    approvals,
    projectApprovals,
    postApprovalInspections: buildPostApprovalInspections(ctx, approvals),
    hazardousWasteRegistrations: hazardousWaste.registrations,
    hazardousWasteStreams: hazardousWaste.streams,
    hazardousWasteReports: hazardousWaste.reports,
    seriousPolluterListings,
    planTasks: plan.tasks,
    planTaskNotes: plan.notes,
  };
}
