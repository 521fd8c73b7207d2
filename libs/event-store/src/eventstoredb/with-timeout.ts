import { EventStoreUnavailable } from '../event-store-unavailable';

/**
 * Our own limit on a client call. The gRPC client's `deadline` does not help
 * against a port that accepts TCP but never speaks gRPC: the call would wait
 * forever. On timeout, onTimeout lets the caller cancel what is still running.
 */
export function withTimeout<T>(promise: Promise<T>, timeoutMs: number, operation: string, onTimeout?: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      promise.catch(() => undefined); // it may still fail later; nobody is listening any more
      onTimeout?.();
      reject(new EventStoreUnavailable(operation, `no answer within ${timeoutMs} ms`));
    }, timeoutMs); // not unref'd: grpc-js unrefs its sockets, and a command waiting on a silent server must not just exit
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
