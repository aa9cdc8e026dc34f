import type { IsoDate } from '../../types';

/**
 * How a district-level unit was called before it took its 2008–2025 name or
 * rank, for dossiers issued back then (dates as recalled): Long Biên and
 * Hoàng Mai were split from Gia Lâm and Thanh Trì on 1/1/2004, Bắc and Nam
 * Từ Liêm from Từ Liêm on 1/4/2014; Hà Đông and Sơn Tây were towns, then
 * cities of Hà Tây, until Nghị quyết 19/NQ-CP of 8/5/2009.
 */
export const formerDistrictLabels: Readonly<
  Record<string, readonly (readonly [lastDay: IsoDate, label: string])[]>
> = {
  '004': [['2003-12-31', 'huyện Gia Lâm']],
  '008': [['2003-12-31', 'huyện Thanh Trì']],
  '019': [['2014-03-31', 'huyện Từ Liêm']],
  '021': [['2014-03-31', 'huyện Từ Liêm']],
  '268': [
    ['2006-12-26', 'thị xã Hà Đông'],
    ['2009-05-07', 'thành phố Hà Đông'],
  ],
  '269': [
    ['2007-08-01', 'thị xã Sơn Tây'],
    ['2009-05-07', 'thành phố Sơn Tây'],
  ],
};

/** The day before Hanoi absorbed Hà Tây, Mê Linh and four communes of Hòa Bình. */
export const LAST_DAY_BEFORE_EXPANSION: IsoDate = '2008-07-31';

/** Units that belonged to another province until 1/8/2008. */
export const formerProvinces: Readonly<Record<string, string>> = {
  '250': 'Vĩnh Phúc',
  ...Object.fromEntries(
    [
      '268',
      '269',
      '271',
      '272',
      '273',
      '274',
      '275',
      '276',
      '277',
      '278',
      '279',
      '280',
      '281',
      '282',
    ].map((code) => [code, 'Hà Tây']),
  ),
};
