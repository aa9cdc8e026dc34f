/**
 * The investor behind a facility: a branch ("Chi nhánh Công ty X tại Đông
 * Anh") is the parent company's project.
 */
export function investorOf(facilityName: string): string {
  const branch = /^Chi nhánh (.+) tại .+$/.exec(facilityName);
  return branch?.[1] ?? facilityName;
}
