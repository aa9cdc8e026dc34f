import type { Connection } from '@ipc-hub/db';
import type { CaseFileRecord } from './caseFiles/CaseFileRepository';
import type { SuspectRecord } from './caseFiles/SuspectRepository';
import type { InspectionRecord } from './inspections/InspectionRepository';
import type { SanctionRecord } from './sanctions/SanctionRepository';
import type { ViolationRecord } from './violations/ViolationRepository';

/** What each GraphQL type's resolvers receive as their parent (see codegen.json). */
export type ViolationModel = ViolationRecord;
export type ViolationConnectionModel = Connection<ViolationRecord>;
export type ViolationEdgeModel = ViolationConnectionModel['edges'][number];
export type InspectionModel = InspectionRecord;
export type InspectionConnectionModel = Connection<InspectionRecord>;
export type InspectionEdgeModel = InspectionConnectionModel['edges'][number];
export type SanctionModel = SanctionRecord;
export type CaseFileModel = CaseFileRecord;
/** a suspect; DONRE's legal representatives are persons of its own */
export type PersonModel = SuspectRecord;
/** an authority of the register (docs/units.md): its kind and, for a commune's chairman, the commune */
export type AuthorityModel = import('./authorities/competence').Authority;
