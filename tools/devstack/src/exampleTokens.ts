import { signToken } from '@ipc-hub/identity';
import { generateHanoiSeed } from '@ipc-hub/seed';

/**
 * A token per kind of caller, signed with the hub's secret, for trying the
 * API by hand: an agency officer, an officer of Xã Đông Anh (`00454`, a
 * commune formed from the former district of Đông Anh) and the operator of a
 * seeded facility there.
 */
export async function exampleTokens(secret: string | undefined): Promise<Array<[string, string]>> {
  const config = { HUB_JWT_SECRET: secret, HUB_JWT_ISSUER: 'ipc-hub', HUB_JWT_AUDIENCE: 'ipc-hub' };
  const operated = generateHanoiSeed().facilities.find((f) => f.adminUnitCode === '00454');
  const hours = 8 * 3600;
  return [
    [
      'DONRE (Sở TN&MT)',
      await signToken({ sub: 'donre-officer', role: 'DONRE', expiresIn: hours }, config),
    ],
    [
      'POLICE (cảnh sát môi trường)',
      await signToken({ sub: 'police-officer', role: 'POLICE', expiresIn: hours }, config),
    ],
    [
      'CITY (UBND Thành phố)',
      await signToken({ sub: 'city-office', role: 'CITY', expiresIn: hours }, config),
    ],
    [
      'AREA (Xã Đông Anh, 00454)',
      await signToken(
        { sub: 'dong-anh-officer', role: 'AREA', adminUnits: ['00454'], expiresIn: hours },
        config,
      ),
    ],
    [
      `OPERATOR (${operated?.name ?? 'a facility'})`,
      await signToken(
        { sub: 'operator', role: 'OPERATOR', facilityIds: [operated?.id ?? ''], expiresIn: hours },
        config,
      ),
    ],
  ];
}
