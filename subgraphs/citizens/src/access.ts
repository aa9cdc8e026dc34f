import { defineAccess } from '@ipc-hub/access';
import type { ContactModel } from './models';
import type { CitizenReportRecord } from './reports/CitizenReportRepository';

/**
 * A report is handled by one agency (docs/citizens-reports.md): its
 * internal fields are that agency's, the city's and its commune's area
 * officers'; its contact is that agency's alone.
 */
export const citizensAccess = defineAccess({
  recordScopes: {
    CitizenReport: (report: CitizenReportRecord) => ({
      id: report.id,
      facilityId: report.facilityId,
      adminUnitCode: report.adminUnitCode,
      handledBy: report.assignedAgency,
    }),
    CitizenContact: (contact: ContactModel) => ({
      id: contact.reportId,
      handledBy: contact.handledBy,
    }),
  },
  unscopedRepositories: {
    PublicReportRepository:
      'what anyone may read: one report by its tracking code (the public view has no contact), timelines and corrections of reports already reached, the public correction log',
  },
});
