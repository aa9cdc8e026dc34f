/** The police's mutations as the e2e tests send them, each returning what its assertions read. */

export const RECORD_INSPECTION = `mutation ($input: RecordInspectionInput!) {
  recordInspection(input: $input) {
    id conductedOn kind leadAgency jointAgencies findings outcome
    facility { id name } adminUnit { code } violations { id }
  }
}`;

export const RECORD_VIOLATION = `mutation ($input: RecordViolationInput!) {
  recordViolation(input: $input) {
    id detectedOn category legalBasis description parameter exceedanceFactor dischargeM3PerDay
    status published facility { id name } adminUnit { code name } inspection { id outcome } sanction { id }
  }
}`;

export const CHANGE_STATUS = `mutation ($input: ChangeViolationStatusInput!) {
  changeViolationStatus(input: $input) { id status published }
}`;

export const PUBLISH = `mutation ($input: PublishViolationInput!) {
  publishViolation(input: $input) { id status published }
}`;

export const ISSUE_SANCTION = `mutation ($input: IssueSanctionInput!) {
  issueSanction(input: $input) {
    id decisionNumber decidedOn decidingAuthority fineVnd suspensionMonths otherPenalties
    remedialMeasures paidOn violation { id status }
  }
}`;

export const RECORD_PAYMENT = `mutation ($input: RecordFinePaymentInput!) {
  recordFinePayment(input: $input) { id fineVnd decidedOn paidOn }
}`;

export const OPEN_CASE_FILE = `mutation ($input: OpenCaseFileInput!) {
  openCaseFile(input: $input) {
    id openedOn evidence investigatorNotes criminalCaseRef violation { id }
    suspects { fullName idNumber dateOfBirth phone }
  }
}`;

export const UPDATE_CASE_FILE = `mutation ($input: UpdateCaseFileInput!) {
  updateCaseFile(input: $input) {
    id evidence investigatorNotes criminalCaseRef suspects { fullName idNumber }
  }
}`;

export const VIOLATION = `query ($id: ID!) {
  violation(id: $id) {
    id status published sanction { id fineVnd paidOn } caseFile { id evidence suspects { fullName } }
    inspection { id outcome }
  }
}`;
