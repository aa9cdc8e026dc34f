import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Database } from '@ipc-hub/db';
import type * as schema from '../../db/schema';
import { MonitoringFileRepository } from './MonitoringFileRepository';
import {
  type FileOutcome,
  type MonitoringFileInput,
  MonitoringIngestion,
} from './MonitoringIngestion';

/** What a folder import did, file by file summed up. */
export interface FolderImportReport {
  files: number;
  ingested: number;
  /** received before, in an earlier run or earlier in this one: not read again */
  skipped: number;
  refused: number;
  accepted: number;
  duplicates: number;
  exceedances: number;
}

export interface FolderImportOptions {
  /** receives one line per file and a summary */
  write: (line: string) => void;
  /** files per transaction (1 000) */
  groupSize?: number;
}

/** Files read between two turns of the event loop, in which a group being stored moves on. */
const YIELD_EVERY = 50;

/** Every `.txt` file under `folder`, as paths relative to it with `/`, in order (`yyyy/MM/dd/…` sorts by day). */
async function dataFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.txt')) {
        found.push(relative(folder, path).split(sep).join('/'));
      }
    }
  };
  await walk(folder);
  return found.sort();
}

/**
 * `pnpm ingest <folder>`: imports a station network's drop folder
 * (`yyyy/MM/dd/<file>.txt`, as the FTP server holds it) group by group,
 * each group in one transaction. Resumable: a file whose name was received
 * before is skipped without being read, so a run stopped half-way picks up
 * where it stopped, and a file resent into a later day's folder is not
 * read twice. A refused file is reported and left for the next run.
 */
export async function importMonitoringFolder(
  db: Database<typeof schema>,
  folder: string,
  options: FolderImportOptions,
): Promise<FolderImportReport> {
  const paths = await dataFiles(folder);
  const ingestion = new MonitoringIngestion(db, { receivedBy: 'pnpm ingest' });
  const files = new MonitoringFileRepository(db);
  const seen = new Set<string>();
  const report: FolderImportReport = {
    files: paths.length,
    ingested: 0,
    skipped: 0,
    refused: 0,
    accepted: 0,
    duplicates: 0,
    exceedances: 0,
  };
  // a group is one transaction and its few statements: larger groups, fewer of them (pnpm bench, e)
  const groupSize = options.groupSize ?? 1_000;
  const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);
  // A group is read and checked while the one before it is being stored: the database
  // writes one group as this process reads and parses the next. Its lines are written
  // once it is stored, so the output keeps the folder's order.
  let storing: Promise<void> = Promise.resolve();
  try {
    for (let start = 0; start < paths.length; start += groupSize) {
      const group = paths.slice(start, start + groupSize);
      const received = await files.received(group.map(nameOf));
      const lines: string[] = [];
      const unread: Array<{ path: string; fileName: string }> = [];
      for (const path of group) {
        const fileName = nameOf(path);
        if (received.has(fileName) || seen.has(fileName)) {
          report.skipped += 1;
          lines.push(`${path}: skipped, already received\n`);
          continue;
        }
        seen.add(fileName);
        unread.push({ path, fileName });
      }
      // Read synchronously: a data file is a few hundred bytes, and each asynchronous read is
      // four trips through libuv's thread pool (open, stat, read, close) — more than the reading.
      // Every few files the loop lets the group being stored send its next statement.
      const fresh: Array<MonitoringFileInput & { path: string }> = [];
      for (const [index, file] of unread.entries()) {
        if (index % YIELD_EVERY === YIELD_EVERY - 1) await new Promise(setImmediate);
        fresh.push({ ...file, content: readFileSync(join(folder, file.path), 'utf8') });
      }
      const checked = await ingestion.check(fresh);
      // a refused file may be corrected and dropped again: it is not remembered
      for (const file of checked) if ('refusal' in file) seen.delete(file.fileName);
      await storing;
      const stored = ingestion.store(checked).then((outcomes) => {
        for (const line of lines) options.write(line);
        for (const [index, outcome] of outcomes.entries()) {
          options.write(tallyLine(report, fresh[index]?.path ?? outcome.fileName, outcome));
        }
      });
      // awaited with the next group, or below; a failure meanwhile is not an unhandled one
      stored.catch(() => {});
      storing = stored;
    }
    await storing;
  } catch (error) {
    await storing.catch(() => {});
    throw error;
  }
  options.write(
    `${report.files} files: ${report.ingested} ingested, ${report.skipped} skipped, ${report.refused} refused; ` +
      `${report.accepted} readings accepted, ${report.duplicates} duplicates, ${report.exceedances} exceedances\n`,
  );
  return report;
}

/** Adds a file's outcome to the report; the line that says it. */
function tallyLine(report: FolderImportReport, path: string, outcome: FileOutcome): string {
  if ('refusal' in outcome) {
    report.refused += 1;
    return `${path}: refused: ${outcome.refusal.text.vi} / ${outcome.refusal.text.en}\n`;
  }
  const { accepted, duplicates, exceedances } = outcome.result;
  report.ingested += 1;
  report.accepted += accepted;
  report.duplicates += duplicates;
  report.exceedances += exceedances;
  return `${path}: accepted ${accepted}, duplicates ${duplicates}, exceedances ${exceedances}\n`;
}
