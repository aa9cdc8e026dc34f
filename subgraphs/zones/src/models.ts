import type { Connection } from '@ipc-hub/db';
import type { InvestmentProjectRecord } from './projects/InvestmentProjectRepository';
import type { TenancyRecord, ZoneRecord } from './zones/ZoneRepository';

/** What each GraphQL type's resolvers receive as their parent (see codegen.json). */
export type ZoneModel = ZoneRecord;
export type ZoneConnectionModel = Connection<ZoneRecord>;
export type ZoneEdgeModel = ZoneConnectionModel['edges'][number];
export type ZoneTenancyModel = { tenancy: TenancyRecord; place: ZoneRecord };
export type InvestmentProjectModel = InvestmentProjectRecord;
export type InvestmentProjectConnectionModel = Connection<InvestmentProjectRecord>;
export type InvestmentProjectEdgeModel = InvestmentProjectConnectionModel['edges'][number];
