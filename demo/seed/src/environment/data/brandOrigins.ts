import type { Origin } from './foreignNames';

/**
 * The country each invented investor brand of `../../data/foreignBrands`
 * sounds like, so that a "Công ty TNHH Hoshinari Việt Nam" gets a Japanese
 * director and a "Công ty TNHH Hsin Feng Việt Nam" a Taiwanese one. Brands
 * missing here get a Vietnamese representative.
 */
export const brandOrigins: ReadonlyMap<string, Origin> = new Map<string, Origin>([
  ...[
    'Akatsuki',
    'Hoshinari',
    'Kazera',
    'Mitsuhana',
    'Nakaseki',
    'Oriwa',
    'Sakuraden',
    'Shimotsu',
    'Takanawa Seiko',
    'Tsubora',
    'Yamakoshi',
    'Harumi Denshi',
    'Kinoshiro',
    'Mizusawa',
    'Okunaga',
    'Seiwado',
    'Tanaboshi',
    'Umeshiro',
    'Yoshikane',
    'Aokiya',
    'Fujinawa',
    'Kurobane',
    'Marusei',
    'Nishikaze',
    'Sanwado',
    'Tokiwara',
  ].map((brand) => [brand, 'JP'] as const),
  ...[
    'Hanseong',
    'Jinwoo',
    'Donghae',
    'Saebyeol',
    'Gwangmyeong',
    'Namsan',
    'Daeseong',
    'Hwaseon',
    'Mirae Eltek',
    'Seoyeon',
    'Bukhan',
    'Yeonsu',
  ].map((brand) => [brand, 'KR'] as const),
  // Wade–Giles spellings read Taiwanese, pinyin ones mainland Chinese
  ...['Hsin Feng', 'Chuan Yi', 'Tai Yuan', 'Kuo Lin', 'Ming Chia'].map(
    (brand) => [brand, 'TW'] as const,
  ),
  ...['Jin Hong', 'Fu Sheng', 'Wei Tai', 'Long Chen'].map((brand) => [brand, 'CN'] as const),
  ...[
    'Nordvik',
    'Brennwald',
    'Ostermann',
    'Valdora',
    'Kestrel',
    'Lindqvist',
    'Vantermolen',
    'Solvane',
    'Arkwell',
    'Penrose',
  ].map((brand) => [brand, 'EU'] as const),
  ['Siam Kraft', 'TH'],
  ['Malaka', 'MY'],
  ['Temasek Bay', 'SG'],
]);
