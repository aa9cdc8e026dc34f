import { readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type CpuProfile,
  type CpuProfileSummary,
  summarizeCpuProfile,
} from './summarizeCpuProfile';

export interface ProfiledProcess extends CpuProfileSummary {
  /** the profile, renamed after its service, in the profile folder */
  file: string;
}

/**
 * Finds each stopped process's profile in `dir` (`node --cpu-prof` names
 * it `CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile` when the process
 * exits; the main thread is 0), renames it `<service>.cpuprofile` and
 * summarizes the window the measurement ran in. The other threads'
 * profiles are removed: they are tsx's module loader, which compiles
 * TypeScript at start-up and does nothing during the measurement.
 */
export async function collectProfiles(
  dir: string,
  pids: Record<string, number | undefined>,
  window: { fromUs: number; toUs: number },
): Promise<Record<string, ProfiledProcess | null>> {
  const files = await readdir(dir);
  const summaries: Record<string, ProfiledProcess | null> = {};
  for (const [service, pid] of Object.entries(pids)) {
    const found = files.find((file) => file.includes(`.${pid}.0.`));
    if (!found || pid === undefined) {
      summaries[service] = null;
      continue;
    }
    const file = `${service}.cpuprofile`;
    await rename(join(dir, found), join(dir, file));
    const profile = JSON.parse(await readFile(join(dir, file), 'utf8')) as CpuProfile;
    summaries[service] = { file, ...summarizeCpuProfile(profile, window.fromUs, window.toUs) };
  }
  for (const file of files) {
    if (/^CPU\..*\.cpuprofile$/.test(file) && !/\.\d+\.0\.\d+\.cpuprofile$/.test(file)) {
      await rm(join(dir, file));
    }
  }
  return summaries;
}
