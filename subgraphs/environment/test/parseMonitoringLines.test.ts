import { describe, expect, it } from 'vitest';
import { FileRefusal } from '../src/monitoring/files/FileRefusal';
import { parseMonitoringLines } from '../src/monitoring/files/parseMonitoringLines';

/** 2025-06-02 10:00:00 in Vietnam. */
const NOW = new Date('2025-06-02T03:00:00Z');

describe('the lines of a monitoring data file', () => {
  it('take a reading up to 5 minutes ahead of the clock', () => {
    const [line] = parseMonitoringLines('COD\t30.0\tmg/L\t20250602100500\t00\n', NOW);
    expect(line?.measuredAt.toISOString()).toBe('2025-06-02T03:05:00.000Z');
  });

  it('refuse a reading more than 5 minutes ahead, naming its line', () => {
    const refused = (() => {
      try {
        parseMonitoringLines(
          'COD\t30.0\tmg/L\t20250602100000\t00\nTSS\t20.0\tmg/L\t20250602100501\t00\n',
          NOW,
        );
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(refused).toBeInstanceOf(FileRefusal);
    expect(refused).toMatchObject({ line: 2, field: 'content', reason: 'MALFORMED' });
  });
});
