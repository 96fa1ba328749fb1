/**
 * A problem that stops the run before any page is linted (bad config, unreadable or invalid spec,
 * bad arguments). The CLI prints the message on one line and exits 2.
 */
export class FatalError extends Error {
  override name = 'FatalError';
}

/** A file-system error as a message ends it: `no such file`, `permission denied`. */
export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return (error as Error)?.message ?? String(error);
}
