import { EventStoreUnavailable } from '../event-store-unavailable';
import { withTimeout } from './with-timeout';

describe('withTimeout', () => {
  it('passes a value through when the call answers in time', async () => {
    await expect(withTimeout(Promise.resolve(42), 1000, 'answer')).resolves.toBe(42);
  });

  it('passes the call’s own error through unchanged', async () => {
    const failure = new Error('refused');
    await expect(withTimeout(Promise.reject(failure), 1000, 'answer')).rejects.toBe(failure);
  });

  it('rejects with EventStoreUnavailable naming the operation when the call never answers, and lets the caller cancel it', async () => {
    const cancel = jest.fn();
    const started = Date.now();
    const never = new Promise<never>(() => undefined);
    const outcome = withTimeout(never, 50, 'append to idea-1', cancel);
    await expect(outcome).rejects.toBeInstanceOf(EventStoreUnavailable);
    await expect(outcome).rejects.toThrow(/append to idea-1.*no answer within 50 ms/);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(cancel).toHaveBeenCalledTimes(1);
  });

  it('swallows a late failure of a call that already timed out (no unhandled rejection)', async () => {
    let fail!: (error: Error) => void;
    const late = new Promise<never>((_, reject) => (fail = reject));
    await expect(withTimeout(late, 10, 'read')).rejects.toBeInstanceOf(EventStoreUnavailable);
    fail(new Error('too late'));
    await new Promise((resolve) => setImmediate(resolve));
  });
});
