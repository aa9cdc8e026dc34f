import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  booleanFlag,
  ConfigError,
  loadConfig,
  port,
  subgraphConfigShape,
  subgraphProductionChecks,
  url,
} from '../src';

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('reports every invalid variable at once, each named in ConfigError.problems', () => {
    const shape = { PORT: port(4000), VERBOSE: booleanFlag(false), NAME: z.string() };
    const problems = problemsOf(() => loadConfig(shape, { PORT: 'abc', VERBOSE: 'yes' }));
    expect(problems).toHaveLength(3);
    expect(problems.some((p) => p.startsWith('PORT: '))).toBe(true);
    expect(problems.some((p) => p.startsWith('VERBOSE: '))).toBe(true);
    expect(problems.some((p) => p.startsWith('NAME: '))).toBe(true);
  });

  it('lists the problems in the error message so a log line shows them all', () => {
    expect(() => loadConfig({ A: z.string(), B: z.string() }, {})).toThrow(
      /Invalid configuration:\n {2}- A: .*\n {2}- B: /,
    );
  });

  it('throws an error whose name is ConfigError', () => {
    expect(() => loadConfig({ A: z.string() }, {})).toThrow(
      expect.objectContaining({ name: 'ConfigError' }),
    );
  });

  it('treats an empty string as unset, so the default applies', () => {
    const config = loadConfig(
      { PORT: port(4001), NAME: z.string().default('hub') },
      {
        PORT: '',
        NAME: '',
      },
    );
    expect(config).toEqual({ PORT: 4001, NAME: 'hub' });
  });

  it('reports a required variable set to the empty string as missing', () => {
    const problems = problemsOf(() => loadConfig({ SECRET: z.string() }, { SECRET: '' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^SECRET: /);
  });

  it('ignores variables the shape does not name', () => {
    const config = loadConfig({ PORT: port(1) }, { PORT: '2', PATH: '/usr/bin', HOME: '/root' });
    expect(config).toEqual({ PORT: 2 });
  });

  it('reads process.env when no environment is passed', () => {
    const name = `IPC_HUB_TEST_${process.pid}`;
    process.env[name] = 'from-process-env';
    try {
      expect(loadConfig({ [name]: z.string() })[name]).toBe('from-process-env');
    } finally {
      delete process.env[name];
    }
  });
});

describe('booleanFlag', () => {
  it.each([
    ['true', true],
    ['1', true],
    ['false', false],
    ['0', false],
  ])('reads %s as %s', (raw, expected) => {
    expect(loadConfig({ FLAG: booleanFlag(!expected) }, { FLAG: raw }).FLAG).toBe(expected);
  });

  it.each(['yes', 'no', 'TRUE', 'on', '2'])('reports %s rather than reading it as false', (raw) => {
    const problems = problemsOf(() => loadConfig({ FLAG: booleanFlag(false) }, { FLAG: raw }));
    expect(problems).toEqual(['FLAG: expected true or false']);
  });

  it('uses the fallback when the variable is unset', () => {
    expect(loadConfig({ FLAG: booleanFlag(true) }, {}).FLAG).toBe(true);
    expect(loadConfig({ FLAG: booleanFlag(false) }, {}).FLAG).toBe(false);
  });

  it('is undefined when unset and no fallback is given', () => {
    expect(loadConfig({ FLAG: booleanFlag() }, {}).FLAG).toBeUndefined();
  });
});

describe('port', () => {
  it.each([
    ['0', 0],
    ['4001', 4001],
    ['65535', 65535],
  ])('accepts %s', (raw, expected) => {
    expect(loadConfig({ PORT: port(1) }, { PORT: raw }).PORT).toBe(expected);
  });

  it.each(['-1', '65536', '80.5', 'http'])('refuses %s', (raw) => {
    const problems = problemsOf(() => loadConfig({ PORT: port(1) }, { PORT: raw }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^PORT: /);
  });

  it('defaults to its fallback', () => {
    expect(loadConfig({ PORT: port(4003) }, {}).PORT).toBe(4003);
  });
});

describe('url', () => {
  it('accepts http, https, postgres and postgresql URLs', () => {
    for (const value of [
      'http://localhost:4000/graphql',
      'https://hub.example.vn/graphql',
      'postgres://postgres@127.0.0.1:5432/postgres',
      'postgresql://user:pw@db.internal/hub',
    ]) {
      expect(loadConfig({ U: url() }, { U: value }).U).toBe(value);
    }
  });

  it('refuses other protocols and text that is not a URL', () => {
    for (const value of [
      'ftp://files.example.vn/x',
      'mysql://root@localhost/db',
      'localhost:5432',
    ]) {
      expect(() => loadConfig({ U: url() }, { U: value })).toThrow(ConfigError);
    }
  });
});

describe('subgraphConfigShape', () => {
  it('fills every default from an empty environment', () => {
    const config = loadConfig(subgraphConfigShape(4002, 'industry'), {});
    expect(config).toEqual({
      NODE_ENV: 'development',
      PORT: 4002,
      HOST: '0.0.0.0',
      LOG_LEVEL: 'info',
      DATA_DIR: '.data/industry',
      DATABASE_POOL_MAX: 10,
      DATABASE_STATEMENT_TIMEOUT_MS: 8_000,
      REQUEST_MAX_ROWS: 200_000,
      REQUEST_MAX_BYTES: 268_435_456,
      HUB_OUTBOX_RETENTION_DAYS: 90,
      HUB_EXECUTION: 'compiled',
      SHUTDOWN_GRACE_MS: 10_000,
      HUB_GATEWAY_URL: 'http://127.0.0.1:4000/graphql',
      QUERY_MAX_ALIASES: 15,
      QUERY_MAX_COST: 100_000,
      QUERY_MAX_COST_PUBLIC: 60_000,
      QUERY_MAX_DEPTH: 10,
      QUERY_MAX_DIRECTIVES: 10,
      QUERY_MAX_REPRESENTATIONS: 5_000,
      QUERY_MAX_ROOT_ITEMS: 5_000,
      QUERY_MAX_TOKENS: 1_000,
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.HUB_SEED).toBeUndefined();
  });

  it('takes graphql-js as the way to execute, and refuses any other', () => {
    const shape = subgraphConfigShape(4002, 'industry');
    expect(loadConfig(shape, { HUB_EXECUTION: 'graphql-js' }).HUB_EXECUTION).toBe('graphql-js');
    expect(() => loadConfig(shape, { HUB_EXECUTION: 'interpreted' })).toThrow(/HUB_EXECUTION/);
  });

  it('refuses a production subgraph without a database server', () => {
    const shape = subgraphConfigShape(4004, 'police');
    expect(() => loadConfig(shape, { NODE_ENV: 'production' }, subgraphProductionChecks)).toThrow(
      /DATABASE_URL: required when NODE_ENV=production/,
    );
    expect(
      loadConfig(
        shape,
        { NODE_ENV: 'production', DATABASE_URL: 'postgres://police@db:5432/police' },
        subgraphProductionChecks,
      ).DATABASE_URL,
    ).toBe('postgres://police@db:5432/police');
  });

  it('refuses a pool of one connection, which start-up migrations would deadlock on', () => {
    expect(() =>
      loadConfig(subgraphConfigShape(4004, 'police'), { DATABASE_POOL_MAX: '1' }),
    ).toThrow(ConfigError);
  });

  it('reads the variables a deployment sets', () => {
    const config = loadConfig(subgraphConfigShape(4002, 'industry'), {
      PORT: '5000',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/industry',
      HUB_SEED: 'true',
      DATABASE_POOL_MAX: '25',
      LOG_LEVEL: 'debug',
    });
    expect(config.PORT).toBe(5000);
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/industry');
    expect(config.HUB_SEED).toBe(true);
    expect(config.DATABASE_POOL_MAX).toBe(25);
    expect(config.LOG_LEVEL).toBe('debug');
  });

  it('reports a bad log level, pool size and seed flag together', () => {
    const problems = problemsOf(() =>
      loadConfig(subgraphConfigShape(4002, 'industry'), {
        LOG_LEVEL: 'loud',
        DATABASE_POOL_MAX: '0',
        HUB_SEED: 'yes',
      }),
    );
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'DATABASE_POOL_MAX',
      'HUB_SEED',
      'LOG_LEVEL',
    ]);
  });
});
