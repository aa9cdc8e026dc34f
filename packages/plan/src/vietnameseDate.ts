/** An ISO date as Vietnamese documents write it: dd/MM/yyyy. */
export function vietnameseDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}
