import type { AuditRecorder } from '@ipc-hub/access';
import type { Database } from '@ipc-hub/db';
import { badUserInput } from '@ipc-hub/errors';
import type { Identity } from '@ipc-hub/identity';
import type * as schema from '../../db/schema';
import { type IngestResult, MonitoringIngestion } from './MonitoringIngestion';
import { refusalError } from './refusalError';

/** A cycle's file is well under a kilobyte; a megabyte is not a data file. */
const LARGEST_FILE = 1_000_000;

/** Data files sent one by one: by DONRE, or by a facility's operator for its own stations. */
export class MonitoringFileManager {
  constructor(
    private readonly db: Database<typeof schema>,
    private readonly identity: Identity,
    private readonly audit: AuditRecorder,
  ) {}

  /**
   * docs/access.md: an operator may submit monitoring data for its own stations
   * only — those of the facilities in its token; a central plant's station
   * sends through DONRE. A file for a station that is not the operator's is
   * refused alike whether the station exists or not, and the refusal goes to
   * the audit trail like a refused read (with the station, when there is one).
   */
  async ingest(fileName: string, content: string): Promise<IngestResult> {
    if (content.length > LARGEST_FILE) {
      throw badUserInput('content', {
        vi: 'Tệp quá lớn cho một chu kỳ đo',
        en: 'content is too large for one measuring cycle',
      });
    }
    const identity = this.identity;
    const ingestion = new MonitoringIngestion(this.db, {
      receivedBy: identity.sub,
      mayIngest:
        identity.role === 'OPERATOR'
          ? (station) =>
              station.facilityId !== null && identity.facilityIds.includes(station.facilityId)
          : undefined,
    });
    const [outcome] = await ingestion.ingest([{ fileName, content }]);
    if (!outcome) throw new Error('ingestion returned no outcome for the file');
    if ('refusal' in outcome) {
      if (outcome.refusal.reason === 'NOT_ALLOWED') {
        this.audit.denial('Mutation.ingestMonitoringFile', outcome.refusal.stationId);
      }
      throw refusalError(outcome.refusal);
    }
    return outcome.result;
  }
}
