/** An amount as Vietnamese officials write it: dots between thousands, "đồng" after (2.000.000.000 đồng). */
export function formatDong(amount: bigint): string {
  return `${amount.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đồng`;
}
