const LEVELS: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};
const SHOWN = [
  'url',
  'operationName',
  'durationMs',
  'sqlStatements',
  'errors',
  'requestId',
  'reason',
  'signal',
];

/**
 * Makes a service's JSON log line readable in a terminal; what is not JSON
 * (a crash before the logger exists) is shown as it is.
 */
export function formatLogLine(service: string, line: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return `[${service}] ${line}`;
  }
  const time = typeof entry.time === 'string' ? entry.time.slice(11, 19) : '';
  const level = LEVELS[entry.level as number] ?? String(entry.level);
  const fields = SHOWN.filter((key) => entry[key] !== undefined && entry[key] !== null)
    .map(
      (key) =>
        `${key}=${typeof entry[key] === 'object' ? JSON.stringify(entry[key]) : String(entry[key])}`,
    )
    .join(' ');
  const err = entry.err as { message?: string } | undefined;
  return `${time} [${service}] ${level} ${String(entry.msg ?? '')}${fields ? ` ${fields}` : ''}${err?.message ? ` — ${err.message}` : ''}`;
}
