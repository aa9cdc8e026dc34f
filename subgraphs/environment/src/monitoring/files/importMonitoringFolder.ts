import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Database } from '@ipc-hub/db';
import type * as schema from '../../db/schema';
import { MonitoringFileRepository } from './MonitoringFileRepository';
import { MonitoringIngestion } from './MonitoringIngestion';

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
  for (let start = 0; start < paths.length; start += groupSize) {
    const group = paths.slice(start, start + groupSize);
    const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);
    const received = await files.received(group.map(nameOf));
    const unread: Array<{ path: string; fileName: string }> = [];
    for (const path of group) {
      const fileName = nameOf(path);
      if (received.has(fileName) || seen.has(fileName)) {
        report.skipped += 1;
        options.write(`${path}: skipped, already received\n`);
        continue;
      }
      seen.add(fileName);
      unread.push({ path, fileName });
    }
    // Read synchronously: a data file is a few hundred bytes, and each asynchronous read is
    // four trips through libuv's thread pool (open, stat, read, close) — more than the reading.
    // This is a command's loop, no server's: nothing else waits on it.
    const fresh = unread.map((file) => ({
      ...file,
      content: readFileSync(join(folder, file.path), 'utf8'),
    }));
    const outcomes = await ingestion.ingest(fresh);
    for (const [index, outcome] of outcomes.entries()) {
      const path = fresh[index]?.path ?? outcome.fileName;
      if ('refusal' in outcome) {
        report.refused += 1;
        // a refused file may be corrected and dropped again: it is not remembered
        seen.delete(outcome.fileName);
        options.write(
          `${path}: refused: ${outcome.refusal.text.vi} / ${outcome.refusal.text.en}\n`,
        );
        continue;
      }
      const { accepted, duplicates, exceedances } = outcome.result;
      report.ingested += 1;
      report.accepted += accepted;
      report.duplicates += duplicates;
      report.exceedances += exceedances;
      options.write(
        `${path}: accepted ${accepted}, duplicates ${duplicates}, exceedances ${exceedances}\n`,
      );
    }
  }
  options.write(
    `${report.files} files: ${report.ingested} ingested, ${report.skipped} skipped, ${report.refused} refused; ` +
      `${report.accepted} readings accepted, ${report.duplicates} duplicates, ${report.exceedances} exceedances\n`,
  );
  return report;
}
