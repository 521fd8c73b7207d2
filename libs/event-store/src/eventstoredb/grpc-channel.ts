import type { EventStoreDBClient } from '@eventstore/db-client';

/** What we need of the client's gRPC channel (grpc-js Channel). */
interface Channel {
  getConnectivityState(tryToConnect: boolean): number;
  close(): void;
}

/** grpc-js ConnectivityState.READY: the server spoke HTTP/2 with us. */
const READY = 2;

/**
 * The client keeps its channel behind a protected accessor; we reach it for
 * two things the client does not do: tell a slow server from a silent one,
 * and close the channel when we let a client go (dispose() leaves it open).
 */
async function channelOf(client: EventStoreDBClient, timeoutMs: number): Promise<Channel | null> {
  const getChannel = (client as unknown as { getChannel?: () => Promise<Channel> }).getChannel;
  if (typeof getChannel !== 'function') return null;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(resolve, timeoutMs, null)));
  try {
    return await Promise.race([getChannel.call(client).catch(() => null), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** True when the connection is up (a call that timed out was merely slow); false when it never came up. */
export async function isConnected(client: EventStoreDBClient, timeoutMs: number): Promise<boolean> {
  const channel = await channelOf(client, timeoutMs);
  return channel?.getConnectivityState(false) === READY;
}

export async function closeChannel(client: EventStoreDBClient, timeoutMs: number): Promise<void> {
  (await channelOf(client, timeoutMs))?.close();
}
