/** Where the investor behind a foreign-invested zone tenant comes from. */
export type Origin = 'JP' | 'KR' | 'CN' | 'TW' | 'EU' | 'TH' | 'MY' | 'SG';

/**
 * Names as a Vietnamese business register prints them for a foreigner: as
 * in the passport, in capitals; family name first for East Asian names.
 * Invented combinations of common names, none meant to be a real person.
 */
export interface ForeignNamePool {
  familyNames: readonly string[];
  givenNames: readonly string[];
  /** true where the family name comes first */
  familyFirst: boolean;
}

export const foreignNamePools: Readonly<Record<Origin, ForeignNamePool>> = {
  JP: {
    familyNames: [
      'SATO',
      'SUZUKI',
      'TAKAHASHI',
      'TANAKA',
      'WATANABE',
      'ITO',
      'YAMAMOTO',
      'NAKAMURA',
      'KOBAYASHI',
      'KATO',
      'YOSHIDA',
      'YAMADA',
      'SASAKI',
      'MATSUMOTO',
      'INOUE',
      'KIMURA',
      'SHIMIZU',
      'HAYASHI',
    ],
    givenNames: [
      'HIROSHI',
      'TAKESHI',
      'KENJI',
      'YUICHI',
      'SATOSHI',
      'MASAHIRO',
      'KAZUO',
      'TETSUYA',
      'NAOKI',
      'DAISUKE',
      'AKIRA',
      'MAKOTO',
      'YOSHIHIRO',
      'KOJI',
      'SHINJI',
      'TOMOKO',
    ],
    familyFirst: true,
  },
  KR: {
    familyNames: [
      'KIM',
      'LEE',
      'PARK',
      'CHOI',
      'JUNG',
      'KANG',
      'CHO',
      'YOON',
      'JANG',
      'LIM',
      'HAN',
    ],
    givenNames: [
      'MINSU',
      'JIHOON',
      'SANGHOON',
      'JUNHO',
      'SEUNGWOO',
      'DONGHYUN',
      'YOUNGJAE',
      'HYUNWOO',
      'JAEWON',
      'SUNGMIN',
      'KYUNGSOO',
      'EUNJI',
    ],
    familyFirst: true,
  },
  CN: {
    familyNames: ['WANG', 'LI', 'ZHANG', 'LIU', 'CHEN', 'YANG', 'HUANG', 'ZHAO', 'WU', 'ZHOU'],
    givenNames: [
      'WEI',
      'JIANGUO',
      'HAITAO',
      'JUN',
      'QIANG',
      'LEI',
      'ZHIQIANG',
      'XIAOMING',
      'YONG',
      'HONGMEI',
    ],
    familyFirst: true,
  },
  TW: {
    familyNames: ['CHEN', 'LIN', 'HUANG', 'CHANG', 'LEE', 'WANG', 'WU', 'LIU', 'TSAI', 'YANG'],
    givenNames: [
      'CHIH-MING',
      'WEN-HSIUNG',
      'CHUN-HUNG',
      'CHIA-HAO',
      'MING-TE',
      'YU-TING',
      'KUO-HUA',
      'SHU-FEN',
      'CHENG-YU',
    ],
    familyFirst: true,
  },
  EU: {
    familyNames: [
      'SCHNEIDER',
      'FISCHER',
      'WEBER',
      'JANSEN',
      'JOHANSSON',
      'ANDERSSON',
      'TAYLOR',
      'WALKER',
      'ROSSI',
      'DUBOIS',
    ],
    givenNames: ['THOMAS', 'MICHAEL', 'STEFAN', 'PETER', 'MARTIN', 'DANIEL', 'ERIK', 'ANNA'],
    familyFirst: false,
  },
  TH: {
    familyNames: ['WONGSAWAT', 'SRISUK', 'CHAIYAPORN', 'RATTANAKUL', 'SUKSAWAT'],
    givenNames: ['SOMCHAI', 'SURACHAI', 'PRASERT', 'NATTAPONG', 'WANIDA'],
    familyFirst: false,
  },
  MY: {
    familyNames: ['TAN', 'LIM', 'LEE', 'WONG', 'NG'],
    givenNames: ['CHEE KEONG', 'BOON HUAT', 'WEI LIANG', 'KOK SENG', 'MEI LING'],
    familyFirst: true,
  },
  SG: {
    familyNames: ['LIM', 'TAN', 'ONG', 'GOH', 'CHUA'],
    givenNames: ['WEI MING', 'KIAN HOE', 'JUN JIE', 'HWEE LING', 'BOON KIAT'],
    familyFirst: true,
  },
};
