/**
 * Deadlines the plan set for central plants. Kế hoạch 75/KH-UBND (22/5/2012),
 * sections II.2.2 and III.2: the developers of Sài Đồng B and Thạch Thất –
 * Quốc Oai are to put their central plants into official operation "trước
 * tháng 6 năm 2013" — before June 2013, so the last day that meets it is
 * 31 May 2013.
 */
export const plantDeadlines: ReadonlyArray<{
  zoneCode: string;
  dueBy: string;
  decision: string;
  setOn: string;
}> = [
  {
    zoneCode: 'SAIDONGB',
    dueBy: '2013-05-31',
    decision: 'Kế hoạch 75/KH-UBND ngày 22/5/2012, mục II.2.2 và III.2',
    setOn: '2012-05-22',
  },
  {
    zoneCode: 'THACHTHATQUOCOAI',
    dueBy: '2013-05-31',
    decision: 'Kế hoạch 75/KH-UBND ngày 22/5/2012, mục II.2.2 và III.2',
    setOn: '2012-05-22',
  },
];
