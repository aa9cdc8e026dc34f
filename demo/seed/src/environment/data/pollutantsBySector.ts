/** The wastewater parameters a sector's serious exceedances are usually about. */
export const pollutantsBySector: Readonly<Record<string, readonly string[]>> = {
  '2592': ['crom (VI)', 'niken', 'xyanua', 'kẽm'],
  '2720': ['chì'],
  '1511': ['crom (VI)', 'sunfua', 'COD'],
  '3830': ['chì', 'kẽm', 'dầu mỡ khoáng'],
  '2610': ['florua', 'đồng'],
  '3822': ['thủy ngân', 'COD'],
  '1313': ['độ màu', 'COD'],
  '1701': ['COD', 'độ màu', 'TSS'],
  '1702': ['COD', 'TSS'],
  '2011': ['COD', 'amoni', 'tổng photpho'],
  '2012': ['amoni', 'tổng nitơ'],
  '2021': ['COD', 'amoni'],
  '2022': ['COD', 'tổng dầu mỡ'],
  '2023': ['COD', 'tổng photpho'],
  '2100': ['COD', 'amoni'],
};

/** For the sectors not listed: organic load and nutrients. */
export const defaultPollutants: readonly string[] = ['COD', 'BOD5', 'amoni', 'TSS'];
