/**
 * Calls `stop` once: on SIGINT or SIGTERM, or, in a process started by
 * `npm start`'s launcher (over an IPC channel), when the launcher goes away,
 * so no API or worker outlives it. A second identical signal ends the process
 * at once (Node's default), a way out of a shutdown that hangs.
 */
export function onStopRequest(stop: (reason: string) => void): void {
  let requested = false;
  const request = (reason: string) => {
    if (requested) return;
    requested = true;
    stop(reason);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => request(signal));
  if (!process.send) return; // not started with an IPC channel
  if (!process.connected) request('the launcher is gone');
  else process.once('disconnect', () => request('the launcher is gone'));
}
