/** The last complete quarter, e.g. "2026-Q3" on 5/12/2026. */
export function lastQuarter(today = new Date()): string {
  const q = Math.floor(today.getMonth() / 3);
  return q === 0 ? `${today.getFullYear() - 1}-Q4` : `${today.getFullYear()}-Q${q}`;
}

/** The four quarters up to a period's last quarter, oldest first. */
export function fourQuarters(period: string): string[] {
  const year = Number(period.slice(0, 4));
  let q = period.length > 4 ? Number(period.slice(6)) : 4;
  let y = year;
  const out: string[] = [];
  for (let i = 0; i < 4; i++) {
    out.unshift(`${y}-Q${q}`);
    q -= 1;
    if (q === 0) {
      q = 4;
      y -= 1;
    }
  }
  return out;
}
