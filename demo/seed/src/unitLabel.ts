/** "huyện Đông Anh", "quận Long Biên", "thị xã Sơn Tây": how addresses name a unit. */
export function unitLabel(unit: { kind: string; name: string }): string {
  return `${unit.kind} ${unit.name}`;
}
