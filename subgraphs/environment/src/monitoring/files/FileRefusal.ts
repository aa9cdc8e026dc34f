import type { LocalizedMessage } from '@ipc-hub/errors';

/**
 * Why a data file was refused whole: a malformed name or line (`line` names
 * it, counted from 1), a station the hub does not know, or one the sender may
 * not send for. Nothing of a refused file is stored.
 */
export class FileRefusal extends Error {
  constructor(
    readonly reason: 'MALFORMED' | 'UNKNOWN_STATION' | 'NOT_ALLOWED',
    readonly field: 'fileName' | 'content',
    readonly text: LocalizedMessage,
    readonly line: number | null = null,
    /** the station the file names, when it is the station that is refused */
    readonly stationCode: string | null = null,
    /** that station's id, when it exists: for the audit trail, never for the sender */
    readonly stationId: string | null = null,
  ) {
    super(text.en);
    this.name = 'FileRefusal';
  }

  static atLine(line: number, vi: string, en: string): FileRefusal {
    return new FileRefusal(
      'MALFORMED',
      'content',
      { vi: `Dòng ${line}: ${vi}`, en: `line ${line}: ${en}` },
      line,
    );
  }
}
