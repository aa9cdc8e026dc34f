import type { Connection } from '@ipc-hub/db';
import type { AdminUnitRecord } from './adminUnits/AdminUnitRepository';
import type { FacilityRecord } from './facilities/FacilityRepository';

/** What each GraphQL type's resolvers receive as their parent (see codegen.json). */
export type FacilityModel = FacilityRecord;
export type FacilityConnectionModel = Connection<FacilityRecord>;
export type FacilityEdgeModel = FacilityConnectionModel['edges'][number];
export type AdminUnitModel = AdminUnitRecord;
export type AdminUnitConnectionModel = Connection<AdminUnitRecord>;
export type AdminUnitEdgeModel = AdminUnitConnectionModel['edges'][number];
