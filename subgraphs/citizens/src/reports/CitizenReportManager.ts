import { constraintViolation, type Database } from '@ipc-hub/db';
import { badUserInput, conflict, notFound } from '@ipc-hub/errors';
import { recordEvent } from '@ipc-hub/events';
import type { Identity } from '@ipc-hub/identity';
import type { OtherAgencyRecords } from '@ipc-hub/references';
import type { GatewayClient } from '@ipc-hub/server-kit';
import { parseInput } from '@ipc-hub/server-kit';
import type * as schema from '../db/schema';
import {
  AWAITING_ANSWER,
  type CitizenReportRecord,
  type CitizenReportRepository,
  type ReportStatus,
} from './CitizenReportRepository';
import { parseRecordRef, RECORD_TYPES, type RecordFound } from './recordRef';
import {
  answerReportInput,
  assignReportInput,
  closeReportInput,
  correctionInput,
  rejectReportInput,
  submitReportInput,
} from './reportInput';
import { newTrackingCode, normalizeTrackingCode, trackingCodeHash } from './trackingCode';
import { answerDueBy } from './workingDays';

export interface Receipt {
  trackingCode: string;
  status: ReportStatus;
  dueBy: string;
}

/** Where a report goes and what it is about, decided from its subject. */
interface Routing {
  assignedAgency: string;
  facilityId: string | null;
  adminUnitCode: string | null;
  recordRef: string | null;
}

/**
 * Receives the public's reports and routes each to the agency that owns
 * its subject; lets that agency (and only it) take it on, answer it, link a
 * correction and close or reject it, each step a timeline entry.
 */
export class CitizenReportManager {
  constructor(
    private readonly db: Database<typeof schema>,
    private readonly identity: Identity,
    private readonly reports: CitizenReportRepository,
    private readonly references: OtherAgencyRecords,
    private readonly gateway: GatewayClient,
    private readonly today: () => string,
  ) {}

  async submit(raw: unknown): Promise<Receipt> {
    const input = parseInput(submitReportInput, raw);
    const routing = await this.route(input);
    const trackingCode = newTrackingCode();
    const receivedOn = this.today();
    const dueBy = answerDueBy(receivedOn);
    await this.db.transaction(async (tx) => {
      const reports = this.writer(tx);
      const report = await reports.insert({
        trackingCodeHash: trackingCodeHash(normalizeTrackingCode(trackingCode) ?? trackingCode),
        kind: input.kind,
        description: input.description,
        ...routing,
        receivedOn,
        dueBy,
        contactName: input.contactName ?? null,
        contactPhone: input.contactPhone ?? null,
        contactEmail: input.contactEmail ?? null,
      });
      await reports.addSteps([
        {
          reportId: report.id,
          step: 'RECEIVED',
          agency: routing.assignedAgency,
          note: `Đã tiếp nhận, chuyển ${routing.assignedAgency} / received, sent to ${routing.assignedAgency}`,
          dueOn: dueBy,
        },
      ]);
      // Told to watchers of the facility or the unit; the event carries no text of the report.
      const what =
        input.kind === 'DATA_ERROR'
          ? {
              en: `A data error on ${routing.recordRef}`,
              vi: `Báo sai sót dữ liệu ${routing.recordRef}`,
            }
          : { en: 'A pollution complaint', vi: 'Phản ánh ô nhiễm' };
      await recordEvent(tx, {
        type: 'CITIZEN_REPORT_RECEIVED',
        facilityId: routing.facilityId,
        adminUnitCode: routing.adminUnitCode,
        summary: `${what.en} was received; ${routing.assignedAgency} answers by ${dueBy}`,
        summaryVi: `${what.vi} đã được tiếp nhận; ${routing.assignedAgency} trả lời trước ngày ${dueBy}`,
      });
    });
    return { trackingCode, status: 'RECEIVED', dueBy };
  }

  /**
   * A complaint goes to DONRE, placed in its commune (the facility's, or the
   * one named); a data error to the agency owning the record's type, after
   * that agency has said, through the gateway and to this caller, that the
   * record exists. Only keys are kept.
   */
  private async route(input: {
    kind: 'POLLUTION_COMPLAINT' | 'DATA_ERROR';
    facilityId?: string | null;
    adminUnitCode?: string | null;
    recordRef?: string | null;
  }): Promise<Routing> {
    if (input.kind === 'POLLUTION_COMPLAINT') {
      if (input.facilityId) {
        const facility = await this.references.requireFacility(input.facilityId);
        return {
          assignedAgency: 'DONRE',
          facilityId: facility.id,
          adminUnitCode: facility.adminUnitCode,
          recordRef: null,
        };
      }
      const code = input.adminUnitCode ?? '';
      await this.references.requireAdminUnit(code, 'input.adminUnitCode', { belowCity: true });
      return { assignedAgency: 'DONRE', facilityId: null, adminUnitCode: code, recordRef: null };
    }
    const ref = parseRecordRef(input.recordRef ?? '');
    if (!ref) {
      throw badUserInput('input.recordRef', {
        vi: `Bản ghi phải có dạng Loại:mã, với Loại là ${Object.keys(RECORD_TYPES).join(', ')}`,
        en: `recordRef is Type:id, Type one of ${Object.keys(RECORD_TYPES).join(', ')}`,
      });
    }
    const owner = RECORD_TYPES[ref.type];
    const found = await this.findRecord(owner.query, ref.id);
    if (!found) {
      throw badUserInput('input.recordRef', {
        vi: `Không tìm thấy bản ghi ${ref.ref}`,
        en: `recordRef ${ref.ref} is no record you can see`,
      });
    }
    return { assignedAgency: owner.agency, ...owner.placeOf(found), recordRef: ref.ref };
  }

  private async findRecord(query: string, id: string): Promise<RecordFound | null> {
    const { record } = await this.gateway.request<{ record: RecordFound | null }>(query, { id });
    return record;
  }

  /** Writes go through the caller's own view of the reports: another agency's report is not found. */
  private writer(tx: Database<typeof schema>): CitizenReportRepository {
    return this.reports.on(tx);
  }

  private async load(
    tx: Database<typeof schema>,
    id: string,
    allowed: readonly ReportStatus[],
  ): Promise<CitizenReportRecord> {
    const report = await this.writer(tx).findForUpdate(id);
    if (!report) throw notFound('phản ánh / report', id, 'input.id');
    if (!allowed.includes(report.status)) {
      throw conflict(
        {
          vi: `Phản ánh đang ở trạng thái ${report.status}, không thực hiện được bước này`,
          en: `the report is ${report.status}: this step is not open to it`,
        },
        'input.id',
      );
    }
    return report;
  }

  async assign(raw: unknown): Promise<CitizenReportRecord> {
    const input = parseInput(assignReportInput, raw);
    return this.db.transaction(async (tx) => {
      const report = await this.load(tx, input.id, AWAITING_ANSWER);
      const reports = this.writer(tx);
      await reports.addSteps([
        { reportId: report.id, step: 'ASSIGNED', agency: this.identity.role, note: input.handler },
      ]);
      return reports.update(report.id, { status: 'ASSIGNED', handler: input.handler });
    });
  }

  async answer(raw: unknown): Promise<CitizenReportRecord> {
    const input = parseInput(answerReportInput(this.today()), raw);
    return this.db.transaction(async (tx) => {
      const report = await this.load(tx, input.id, [...AWAITING_ANSWER, 'ANSWERED']);
      const reports = this.writer(tx);
      await reports.addSteps([
        { reportId: report.id, step: 'ANSWERED', agency: this.identity.role, note: input.answer },
        ...input.steps.map((step) => ({
          reportId: report.id,
          step: 'PLANNED' as const,
          agency: this.identity.role,
          note: step.description,
          dueOn: step.dueOn,
        })),
      ]);
      return reports.update(report.id, {
        status: 'ANSWERED',
        answer: input.answer,
        answeredAt: new Date(),
      });
    });
  }

  /**
   * Links a correction the agency made with its own mutation (a violation's
   * status, a facility's registry entry) to the data error that asked for
   * it, after the agency's subgraph confirms, through the gateway, that the
   * record is there. The correction enters the public log.
   */
  async recordCorrection(raw: unknown): Promise<CitizenReportRecord> {
    const input = parseInput(correctionInput, raw);
    const current = await this.reports.findById(input.id);
    if (!current) throw notFound('phản ánh / report', input.id, 'input.id');
    const ref = current.recordRef ? parseRecordRef(current.recordRef) : null;
    if (current.kind !== 'DATA_ERROR' || !ref) {
      throw conflict(
        {
          vi: 'Chỉ báo sai sót dữ liệu mới có đính chính',
          en: 'only a data error has a correction',
        },
        'input.id',
      );
    }
    if (!(await this.findRecord(RECORD_TYPES[ref.type].query, ref.id))) {
      throw conflict(
        { vi: `Không còn bản ghi ${ref.ref}`, en: `the record ${ref.ref} is gone` },
        'input.id',
      );
    }
    return this.db.transaction(async (tx) => {
      const report = await this.load(tx, input.id, [...AWAITING_ANSWER, 'ANSWERED']);
      const reports = this.writer(tx);
      try {
        await reports.insertCorrection({
          reportId: report.id,
          recordRef: ref.ref,
          agency: this.identity.role,
          summary: input.summary,
          recordedBy: this.identity.sub ?? null,
        });
      } catch (error) {
        throw alreadyCorrected(error);
      }
      await reports.addSteps([
        { reportId: report.id, step: 'CORRECTED', agency: this.identity.role, note: input.summary },
      ]);
      return reports.update(report.id, {});
    });
  }

  async close(raw: unknown): Promise<CitizenReportRecord> {
    const input = parseInput(closeReportInput, raw);
    return this.db.transaction(async (tx) => {
      const report = await this.load(tx, input.id, ['ANSWERED']);
      const reports = this.writer(tx);
      await reports.addSteps([
        {
          reportId: report.id,
          step: 'CLOSED',
          agency: this.identity.role,
          note: input.note ?? null,
        },
      ]);
      return reports.update(report.id, { status: 'CLOSED' });
    });
  }

  async reject(raw: unknown): Promise<CitizenReportRecord> {
    const input = parseInput(rejectReportInput, raw);
    return this.db.transaction(async (tx) => {
      const report = await this.load(tx, input.id, AWAITING_ANSWER);
      const reports = this.writer(tx);
      await reports.addSteps([
        { reportId: report.id, step: 'REJECTED', agency: this.identity.role, note: input.reason },
      ]);
      return reports.update(report.id, { status: 'REJECTED', answer: input.reason });
    });
  }
}

function alreadyCorrected(error: unknown): Error {
  if (constraintViolation(error)?.constraint === 'citizen_corrections_report_idx') {
    return conflict(
      { vi: 'Phản ánh này đã có đính chính', en: 'this report already has its correction' },
      'input.id',
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}
