/**
 * Calls `take` with each non-blank line a child's (or a thread's) output
 * stream writes, whole, however the stream cuts its chunks: what a
 * launcher reads from the services it runs.
 */
export function eachLine(stream: NodeJS.ReadableStream, take: (line: string) => void): void {
  let buffer = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buffer += chunk;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) take(line);
  });
}
