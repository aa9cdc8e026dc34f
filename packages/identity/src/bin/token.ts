/**
 * `pnpm token --role DONRE [--sub officer@donre] [--admin-units 017,018] [--facility-ids <id>,…] [--ttl 3600]`
 * prints a bearer token signed with HUB_JWT_SECRET (or the development secret).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '@ipc-hub/config';
import { ROLES, type Role } from '../identity';
import { identityConfigShape } from '../identityConfig';
import { localSecret } from '../localSecret';
import { signToken } from '../signToken';

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    sub: { type: 'string' },
    'admin-units': { type: 'string' },
    'facility-ids': { type: 'string' },
    ttl: { type: 'string', default: '3600' },
  },
});

const role = values.role?.toUpperCase();
if (!role || !(ROLES as readonly string[]).includes(role)) {
  process.stderr.write(
    `usage: pnpm token --role ${ROLES.join('|')} [--sub id] [--admin-units 017,018] [--facility-ids id,…] [--ttl seconds]\n`,
  );
  process.exit(2);
}
const list = (v: string | undefined) =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;
const config = loadConfig(identityConfigShape);
// Without a configured key, sign with the local hub's secret (made by `pnpm start`), if there is one.
if (!config.HUB_JWT_SECRET && !config.HUB_JWKS_URL) config.HUB_JWT_SECRET = localSecret(false);
try {
  const token = await signToken(
    {
      sub: values.sub ?? `${role.toLowerCase()}-officer`,
      role: role as Exclude<Role, 'PUBLIC'>,
      adminUnits: list(values['admin-units']),
      facilityIds: list(values['facility-ids']),
      expiresIn: Number(values.ttl),
    },
    config,
  );
  process.stdout.write(`${token}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
