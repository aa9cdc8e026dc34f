/** Vietnamese conventions whatever the interface language: dd/MM/yyyy, vi-VN numbers, VND. */
const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const money = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' });

export const formatNumber = (value: number | null | undefined): string =>
  value == null ? '—' : number.format(value);
export const formatMoney = (value: number | null | undefined): string =>
  value == null ? '—' : money.format(value);
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}
export const formatPercent = (value: number | null | undefined): string =>
  value == null ? '—' : `${number.format(value * 100)} %`;

/** An instant as dd/MM/yyyy HH:mm in Vietnam's time, whatever the browser's zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const local = new Date(new Date(iso).getTime() + 7 * 3_600_000).toISOString();
  return `${formatDate(local)} ${local.slice(11, 16)}`;
}
