import { bilingual, effectiveOn, pastDate, recordId, text } from '@ipc-hub/server-kit';
import { z } from 'zod';
import {
  clusterStatus as clusterStatusColumn,
  developerKind as developerKindColumn,
} from './schema';

const clusterStatus = z.enum(clusterStatusColumn.enumValues);
const developerKind = z.enum(developerKindColumn.enumValues);

/**
 * Nghị định 32/2024/NĐ-CP (as 68/2017 before it) caps a cluster at 75 ha,
 * 100 ha when it is extended; older clusters are smaller, some under 5 ha.
 */
const areaHa = z
  .number()
  .positive({ message: bilingual('Diện tích phải lớn hơn 0', 'areaHa must be positive') })
  .max(100, {
    message: bilingual(
      'Cụm công nghiệp không quá 100 ha (Nghị định 32/2024/NĐ-CP)',
      'a cluster is at most 100 ha (Decree 32/2024/ND-CP)',
    ),
  });

const occupancyPercent = z
  .number()
  .min(0, { message: bilingual('Tỷ lệ lấp đầy từ 0 đến 100', 'occupancyPercent is 0 to 100') })
  .max(100, { message: bilingual('Tỷ lệ lấp đầy từ 0 đến 100', 'occupancyPercent is 0 to 100') });

/** The fields of a central plant, shared by createCluster and setClusterWastewaterPlant. */
const plantFields = {
  status: z.enum(['NONE', 'UNDER_CONSTRUCTION', 'OPERATING']),
  capacityM3PerDay: z
    .number()
    .positive({
      message: bilingual('Công suất phải lớn hơn 0', 'capacityM3PerDay must be positive'),
    })
    .max(100_000, {
      message: bilingual(
        'Công suất quá lớn cho một trạm của cụm',
        'capacityM3PerDay is too large for a cluster plant',
      ),
    })
    .nullish(),
  commissionedOn: pastDate('commissionedOn').nullish(),
  compliant: z.boolean(),
  autoMonitoring: z.boolean(),
};

type Plant = z.infer<z.ZodObject<typeof plantFields>>;

/**
 * What a plant's status allows: a plant that does not exist has no capacity
 * and complies with nothing; one being built is not commissioned and
 * discharges nothing to judge; an operating one has a capacity.
 */
function plantRules(plant: Plant, ctx: z.RefinementCtx): void {
  const issue = (path: string, vi: string, en: string) =>
    ctx.addIssue({ code: 'custom', path: [path], message: bilingual(vi, en) });
  if (plant.status === 'NONE') {
    if (plant.capacityM3PerDay != null)
      issue('capacityM3PerDay', 'Chưa có trạm thì không có công suất', 'no plant, no capacity');
  }
  if (plant.status !== 'OPERATING') {
    if (plant.commissionedOn != null)
      issue(
        'commissionedOn',
        'Trạm chưa vận hành thì chưa có ngày đưa vào vận hành',
        'a plant not operating has no commissioning date',
      );
    if (plant.compliant)
      issue(
        'compliant',
        'Trạm chưa vận hành thì chưa thể đạt quy chuẩn',
        'a plant not operating cannot be compliant',
      );
    if (plant.autoMonitoring && plant.status === 'NONE')
      issue(
        'autoMonitoring',
        'Chưa có trạm thì không có quan trắc tự động',
        'no plant, no automatic monitoring',
      );
  } else if (plant.capacityM3PerDay == null) {
    issue(
      'capacityM3PerDay',
      'Trạm đang vận hành phải có công suất',
      'an operating plant needs its capacity',
    );
  }
}

export const clusterWastewaterPlantInput = z.object(plantFields).superRefine(plantRules);

export const createClusterInput = z.object({
  name: text('name', 2, 200),
  adminUnitCode: text('adminUnitCode', 1, 20),
  areaHa: areaHa.nullish(),
  status: clusterStatus.nullish(),
  developer: text('developer', 3, 300).nullish(),
  developerKind,
  occupancyPercent: occupancyPercent.nullish(),
  wastewaterPlant: clusterWastewaterPlantInput.nullish(),
  solidWasteCollection: z.boolean().nullish(),
  environmentalDossierComplete: z.boolean().nullish(),
  effectiveOn: effectiveOn(),
});

export const updateClusterInput = z.object({
  clusterId: z.string(),
  name: text('name', 2, 200).nullish(),
  areaHa: areaHa.nullish(),
  status: clusterStatus.nullish(),
  developer: text('developer', 3, 300).nullish(),
  developerKind: developerKind.nullish(),
  occupancyPercent: occupancyPercent.nullish(),
  solidWasteCollection: z.boolean().nullish(),
  environmentalDossierComplete: z.boolean().nullish(),
  effectiveOn: effectiveOn(),
});

export const setClusterWastewaterPlantInput = z
  .object({ clusterId: z.string(), ...plantFields, effectiveOn: effectiveOn() })
  .superRefine(plantRules);

/** Hạ tầng kỹ thuật đồng bộ: the plan's four items, each built (true) or not. */
export const setClusterTechnicalInfrastructureInput = z.object({
  clusterId: z.string(),
  roads: z.boolean(),
  drainage: z.boolean(),
  power: z.boolean(),
  waterSupply: z.boolean(),
  effectiveOn: effectiveOn(),
});

export const admitFacilityToClusterInput = z.object({
  clusterId: z.string(),
  facilityId: recordId('facility'),
  since: pastDate('since').nullish(),
});

export type CreateClusterInput = z.infer<typeof createClusterInput>;
export type ClusterPlantInput = z.infer<typeof clusterWastewaterPlantInput>;
