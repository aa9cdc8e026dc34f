import type { Random } from '../random';

/**
 * A project name in the style of the Board's registers, from the sector's
 * Vietnamese name: "Sản xuất linh kiện điện tử" gives "Dự án nhà máy sản
 * xuất linh kiện điện tử". The first clause is enough ("Gia công cơ khí;
 * xử lý và tráng phủ kim loại" → "gia công cơ khí").
 */
export function projectName(random: Random, sectorNameVi: string): string {
  const clause = (sectorNameVi.split(/[;(]/)[0] ?? sectorNameVi).trim();
  const activity = clause.charAt(0).toLowerCase() + clause.slice(1);
  const roll = random.next();
  if (roll < 0.55) return `Dự án nhà máy ${activity}`;
  if (roll < 0.8) return `Dự án đầu tư xây dựng nhà máy ${activity}`;
  if (roll < 0.92) return `Dự án mở rộng nhà máy ${activity}`;
  return `Dự án nhà máy ${activity} giai đoạn 2`;
}
