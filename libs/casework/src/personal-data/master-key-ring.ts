import { createHash } from 'node:crypto';
import { decrypt, encrypt, KEY_BYTES } from './aes-256-gcm';

/**
 * Names a master key without giving it away: 16 hex digits of a SHA-256 over a
 * label and the key. Stored beside each wrapped data key, so a reader knows
 * which key to use and a rotation knows which rows are still to do.
 */
export function masterKeyId(key: Buffer): string {
  return createHash('sha256').update('civic-ideas:master-key-id:').update(key).digest('hex').slice(0, 16);
}

export interface WrappedDataKey {
  readonly wrapped: Buffer;
  readonly masterKeyId: string;
}

/**
 * The master keys a process holds: the current one (PII_MASTER_KEY), which
 * wraps every new data key, and the previous ones (PII_PREVIOUS_MASTER_KEYS),
 * still accepted for unwrapping until a rotation has moved every row off them.
 */
export class MasterKeyRing {
  readonly currentId: string;
  private readonly current: Buffer;
  private readonly keys = new Map<string, Buffer>();

  constructor(current: Buffer, previous: readonly Buffer[] = []) {
    for (const key of [current, ...previous])
      if (key.length !== KEY_BYTES) throw new Error(`The personal data master key must be ${KEY_BYTES} bytes, got ${key.length}`);
    this.current = Buffer.from(current);
    this.currentId = masterKeyId(current);
    for (const key of [current, ...previous]) if (!this.keys.has(masterKeyId(key))) this.keys.set(masterKeyId(key), Buffer.from(key));
  }

  /** Every key id held, the current one first. */
  get ids(): readonly string[] {
    return [...this.keys.keys()];
  }

  get previousIds(): readonly string[] {
    return this.ids.filter((id) => id !== this.currentId);
  }

  holds(masterKeyId: string): boolean {
    return this.keys.has(masterKeyId);
  }

  /** Wraps a data key under the current master key. */
  wrap(dataKeyId: string, dataKey: Buffer): WrappedDataKey {
    return { wrapped: encrypt(this.current, dataKey, wrapContext(dataKeyId)), masterKeyId: this.currentId };
  }

  /**
   * The data key and the id of the master key that opened it, or null when no key held opens it (another master key, or
   * a damaged row). A row from before key ids were recorded (null) is tried under every key, the current one first; the
   * GCM tag tells a wrong key from the right one.
   */
  unwrap(dataKeyId: string, wrapped: Buffer, wrappedBy: string | null): { dataKey: Buffer; masterKeyId: string } | null {
    const candidates = wrappedBy === null ? this.ids : this.keys.has(wrappedBy) ? [wrappedBy] : [];
    for (const id of candidates) {
      try {
        return { dataKey: decrypt(this.keys.get(id)!, wrapped, wrapContext(dataKeyId)), masterKeyId: id };
      } catch {
        // not this key: try the next
      }
    }
    return null;
  }
}

// The data key's own id is bound into its wrapping, so a wrapped key cannot be moved to another row.
const wrapContext = (dataKeyId: string) => `civic-ideas:data-key:${dataKeyId}`;
