/**
 * Legal forms and how often each appears among zone, cluster and standalone
 * facilities: household-scale forms (private enterprise, cooperative) belong
 * to clusters and villages, not to industrial zones.
 */
export const legalForms: readonly (readonly [
  form: string,
  zone: number,
  cluster: number,
  standalone: number,
])[] = [
  ['Công ty TNHH', 45, 40, 35],
  ['Công ty Cổ phần', 35, 25, 25],
  ['Công ty TNHH MTV', 8, 10, 10],
  ['Công ty TNHH Sản xuất và Thương mại', 7, 12, 10],
  ['Doanh nghiệp tư nhân', 0, 8, 12],
  ['Hợp tác xã', 0, 5, 8],
];
