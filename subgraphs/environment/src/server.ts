import { agencyOf, defineSubgraph } from '@ipc-hub/server-kit';
import { environmentAccess } from './access';
import { expiringApprovalsCheck } from './approvals/expiringApprovals';
import { createEnvironmentContext } from './context';
import * as schema from './db/schema';
import { ingestionMetrics } from './monitoring/ingestionMetrics';
import { transmissionGapCheck } from './monitoring/stations/transmissionGaps';
import { resolvers } from './resolvers';
import { seedEnvironment } from './seed';

/** Sở Tài nguyên và Môi trường: the facility registry and administrative units. */
export const environmentSubgraph = defineSubgraph({
  agency: agencyOf('environment'),
  folder: new URL('..', import.meta.url),
  resolvers,
  schema,
  seed: (db) => seedEnvironment(db),
  access: environmentAccess,
  createContext: createEnvironmentContext,
  metrics: ingestionMetrics,
  scheduledChecks: [transmissionGapCheck, expiringApprovalsCheck],
});

/** The scheduled checks, for tests and tools that run them on demand. */
export { recordExpiringApprovals } from './approvals/expiringApprovals';
export { recordTransmissionGaps } from './monitoring/stations/transmissionGaps';
