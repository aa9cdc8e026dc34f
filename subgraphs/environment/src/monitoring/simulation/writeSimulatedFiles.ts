import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateHanoiSeed } from '@ipc-hub/seed';
import {
  arrivalFolder,
  dataloggerStyle,
  generateMonitoringSeed,
  monitoringFileContent,
  monitoringFileName,
  simulateStation,
  vietnamMidnight,
} from '@ipc-hub/seed/monitoring';

export interface SimulationOptions {
  /** the first N of the demo's stations (plants first) */
  stations: number;
  days: number;
  /** the drop folder to write `yyyy/MM/dd/<file>.txt` under */
  out: string;
  /** the Vietnamese day the simulation ends before, `YYYY-MM-DD` */
  end: string;
  seed: number;
}

export interface SimulationReport {
  stations: number;
  files: number;
  late: number;
  resent: number;
}

/**
 * `pnpm simulate-stations`: writes the data files the demo's stations would
 * have sent over `days` days before `end`, into the folders of the days they
 * arrive — a late file in a later day's folder, a resent file again in the
 * next day's — each file's modification time its arrival. The same options
 * always write the same files, byte for byte.
 *
 * @throws RangeError when more stations are asked for than the demo has
 */
export async function writeSimulatedFiles(options: SimulationOptions): Promise<SimulationReport> {
  const all = generateMonitoringSeed(generateHanoiSeed());
  if (options.stations > all.length) {
    throw new RangeError(`the demo has ${all.length} stations; asked for ${options.stations}`);
  }
  const to = vietnamMidnight(options.end);
  const window = {
    from: new Date(to.getTime() - options.days * 86_400_000),
    to,
    seed: options.seed,
  };
  const folders = new Set<string>();
  const report: SimulationReport = { stations: options.stations, files: 0, late: 0, resent: 0 };
  const write = async (folder: string, name: string, content: string, at: Date) => {
    const dir = join(options.out, folder);
    if (!folders.has(dir)) {
      await mkdir(dir, { recursive: true });
      folders.add(dir);
    }
    const path = join(dir, name);
    await writeFile(path, content);
    await utimes(path, at, at);
  };
  for (const station of all.slice(0, options.stations)) {
    const style = dataloggerStyle(station.code, options.seed);
    for (const cycle of simulateStation(station, window)) {
      const name = monitoringFileName(station.code, cycle.at);
      const content = monitoringFileContent(cycle, style);
      await write(arrivalFolder(cycle.arrivesAt), name, content, cycle.arrivesAt);
      report.files += 1;
      if (cycle.arrivesAt.getTime() !== cycle.at.getTime()) report.late += 1;
      if (cycle.resentAt) {
        await write(arrivalFolder(cycle.resentAt), name, content, cycle.resentAt);
        report.resent += 1;
      }
    }
  }
  return report;
}
