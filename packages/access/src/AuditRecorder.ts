import type { DataClass } from './dataClasses';

export interface AuditEntryDraft {
  fields: string[];
  deniedFields: string[];
  recordIds: string[];
}

/**
 * Collects, during one request, the reads of personal or case data and the
 * denials, so that the request leaves one audit row (written when the
 * response is sent) however many fields and records it touched.
 */
export class AuditRecorder {
  private readonly fields = new Set<string>();
  private readonly denied = new Set<string>();
  private readonly records = new Set<string>();

  read(field: string, dataClass: DataClass, recordId: string | null): void {
    if (dataClass !== 'personal' && dataClass !== 'case') return;
    this.fields.add(field);
    if (recordId) this.records.add(recordId);
  }

  /**
   * A write another agency or an area officer made to this agency's register
   * (a commune's officer recording a violation in the police's): who wrote
   * what is kept in the trail like a read of personal data.
   */
  written(field: string, recordId: string): void {
    this.fields.add(field);
    this.records.add(recordId);
  }

  denial(field: string, recordId: string | null): void {
    this.denied.add(field);
    if (recordId) this.records.add(recordId);
  }

  /** What to write, or null when the request touched nothing the trail records. */
  draft(): AuditEntryDraft | null {
    if (this.fields.size === 0 && this.denied.size === 0) return null;
    return {
      fields: [...this.fields].sort(),
      deniedFields: [...this.denied].sort(),
      recordIds: [...this.records].sort(),
    };
  }
}
