import { readFile } from 'node:fs/promises';

/**
 * The resident set size of a process, in bytes, from /proc (Linux, where the
 * soak runs); null when the process is gone or /proc is not there.
 */
export async function residentBytes(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
    return match?.[1] ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}
