import type { AttackOnStock } from './measure/attackOnStock';
import type { BoardRender } from './measure/boardRender';
import type { ColdStart } from './measure/coldStart';
import type { FederationOverhead } from './measure/federationOverhead';
import type { FieldAccessCost } from './measure/fieldAccessCost';
import type { GuardsCost } from './measure/guardsCost';
import type { HourlyAggregates } from './measure/hourlyAggregates';
import type { IngestionThroughput } from './measure/ingestionThroughput';
import type { NotificationsThroughput } from './measure/notificationsThroughput';
import type { ObservabilityCost } from './measure/observabilityCost';
import type { PeerComparison } from './measure/peerComparison';
import type { DashboardProfile } from './measure/profiledDashboard';
import type { ReportTime } from './measure/reportTime';
import type { SmallQueryThroughput } from './measure/smallQueryThroughput';
import type { StatementCounts } from './measure/statementsPerRequest';
import type { NotMeasured } from './notMeasured';

/** What one run of the bench measured: the table's source and the JSON written under results/. */
export interface BenchResults {
  startedAt: string;
  seconds: number;
  machine: { cpus: number; loadAverage: number[]; node: string; commit: string | null };
  scale: number;
  facilitiesSeeded: number;
  federationOverhead: FederationOverhead;
  statementsPerRequest: StatementCounts;
  smallQueryThroughput: SmallQueryThroughput;
  fieldAccessCost: FieldAccessCost;
  guardsCost: GuardsCost | NotMeasured;
  observabilityCost: ObservabilityCost | NotMeasured;
  attack: AttackOnStock | NotMeasured;
  ingestion: IngestionThroughput | NotMeasured;
  /** n: outbox to webhook, and the outbox row's cost on its writers */
  notifications: NotificationsThroughput | NotMeasured;
  hourlyAggregates: HourlyAggregates | NotMeasured;
  peer: PeerComparison | NotMeasured;
  coldStart: ColdStart | NotMeasured;
  reportTime: ReportTime | NotMeasured;
  boardRender: BoardRender | NotMeasured;
  cpuProfile: DashboardProfile | NotMeasured;
  /** peak resident memory (VmHWM) of each service and the peer gateway over the timed phase, MB */
  peakRssMb: Record<string, number | null>;
  /** the first log lines at warn or above after start-up, per service (none expected) */
  warnings: Record<string, string[]>;
}

export type Row = [figure: string, hub: string, baseline: string, ratio: string, goal: string];
