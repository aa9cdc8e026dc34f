/** The parts of V8's `.cpuprofile` (what `node --cpu-prof` writes) the summary reads. */
export interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
  }>;
  /** µs, on the monotonic clock `process.hrtime` reads */
  startTime: number;
  samples: number[];
  /** µs since the previous sample (the first: since startTime) */
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  ms: number;
  /** of the busy time in the window (idle left out) */
  percent: number;
}

export interface CpuProfileSummary {
  /** ms the process was on the CPU within the window */
  busyMs: number;
  /** ms idle (waiting for I/O) within the window */
  idleMs: number;
  samples: number;
  /** self time by package (`graphql`, `@apollo/gateway`, `our code`, `node`, …), largest first */
  packages: SelfTime[];
  /** self time by function, largest first */
  functions: SelfTime[];
}

const TOP = 10;
/** V8's pseudo-frames: `(idle)` is waiting, the rest is work V8 itself did. */
const IDLE = '(idle)';

/**
 * Where a process spent its CPU within [fromUs, toUs] (monotonic µs; the
 * whole profile when the window holds no sample): each sample's time is
 * charged to the function on top of the stack (self time), and summed by
 * function and by the package its file belongs to.
 */
export function summarizeCpuProfile(
  profile: CpuProfile,
  fromUs: number,
  toUs: number,
): CpuProfileSummary {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const at: number[] = [];
  let clock = profile.startTime;
  for (const delta of profile.timeDeltas) {
    clock += delta;
    at.push(clock);
  }
  const inWindow = at.some((time) => time >= fromUs && time <= toUs);
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let idleUs = 0;
  let busyUs = 0;
  let samples = 0;
  for (const [index, id] of profile.samples.entries()) {
    const time = at[index] ?? 0;
    if (inWindow && (time < fromUs || time > toUs)) continue;
    // a sample stands for the time until the next one
    const us = (at[index + 1] ?? time) - time;
    const frame = frames.get(id);
    samples += 1;
    if (!frame || frame.functionName === IDLE) {
      idleUs += us;
      continue;
    }
    busyUs += us;
    const pkg = packageOf(frame.url, frame.functionName);
    // V8's pseudo-frames, `(garbage collector)` and the like, are their own package
    const name =
      pkg === frame.functionName
        ? pkg
        : `${frame.functionName || '(anonymous)'} ${pkg}${location(frame)}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
  }
  const top = (totals: Map<string, number>): SelfTime[] =>
    [...totals]
      .filter(([, us]) => us > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(([name, us]) => ({
        name,
        ms: Math.round(us / 1000),
        percent: busyUs === 0 ? 0 : Math.round((us / busyUs) * 1000) / 10,
      }));
  return {
    busyMs: Math.round(busyUs / 1000),
    idleMs: Math.round(idleUs / 1000),
    samples,
    packages: top(byPackage),
    functions: top(byFunction),
  };
}

/**
 * The package a script belongs to: the name after the last `node_modules/`
 * (pnpm's store nests them), `node` for Node's own, the workspace package
 * for the hub's code, V8's pseudo-frames (`(garbage collector)`) as such.
 */
export function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node';
  const path = decodeURIComponent(url.replace(/^file:\/\//, ''));
  const modules = path.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const [scope, name] = path.slice(modules + '/node_modules/'.length).split('/');
    return scope?.startsWith('@') ? `${scope}/${name}` : (scope ?? path);
  }
  const workspace = /\/(gateway|subgraphs\/[^/]+|packages\/[^/]+)\//.exec(path)?.[1];
  return workspace ? `hub ${workspace}` : path;
}

function location(frame: { url: string; lineNumber: number }): string {
  const file = frame.url.split('/').at(-1);
  return file ? ` ${file}:${frame.lineNumber + 1}` : '';
}
