import { randomBytes } from 'node:crypto';
import { encrypt } from './aes-256-gcm';
import { MasterKeyRing, masterKeyId } from './master-key-ring';

const A = Buffer.alloc(32, 1);
const B = Buffer.alloc(32, 2);
const C = Buffer.alloc(32, 3);

describe('master key ids', () => {
  it('name a key by 16 hex digits that differ from key to key and never show the key', () => {
    expect(masterKeyId(A)).toMatch(/^[0-9a-f]{16}$/);
    expect(masterKeyId(A)).toBe(masterKeyId(Buffer.alloc(32, 1)));
    expect(masterKeyId(B)).not.toBe(masterKeyId(A));
    expect(A.toString('hex')).not.toContain(masterKeyId(A));
  });
});

describe('the master key ring', () => {
  const dataKey = randomBytes(32);

  it('wraps under the current key, and names it', () => {
    const ring = new MasterKeyRing(B, [A]);
    const wrapped = ring.wrap('idea-1', dataKey);
    expect(wrapped.masterKeyId).toBe(masterKeyId(B));
    expect(ring.currentId).toBe(masterKeyId(B));
    expect(ring.ids).toEqual([masterKeyId(B), masterKeyId(A)]);
    expect(ring.previousIds).toEqual([masterKeyId(A)]);
    expect(new MasterKeyRing(B).unwrap('idea-1', wrapped.wrapped, wrapped.masterKeyId)).toEqual({ dataKey, masterKeyId: masterKeyId(B) });
    expect(new MasterKeyRing(A).unwrap('idea-1', wrapped.wrapped, null)).toBeNull();
  });

  it('opens a data key wrapped by a previous key, by its id or, for a row from before ids, by trying each', () => {
    const underA = new MasterKeyRing(A).wrap('idea-2', dataKey);
    const ring = new MasterKeyRing(B, [A]);
    expect(ring.unwrap('idea-2', underA.wrapped, masterKeyId(A))).toEqual({ dataKey, masterKeyId: masterKeyId(A) });
    expect(ring.unwrap('idea-2', underA.wrapped, null)).toEqual({ dataKey, masterKeyId: masterKeyId(A) });
    // As the vault wrapped data keys before the ring existed: the same bytes and associated data.
    const legacy = encrypt(A, dataKey, 'civic-ideas:data-key:idea-3');
    expect(ring.unwrap('idea-3', legacy, null)).toEqual({ dataKey, masterKeyId: masterKeyId(A) });
  });

  it('gives null for a key it does not hold, a row moved to another id, or damage', () => {
    const underC = new MasterKeyRing(C).wrap('idea-4', dataKey);
    const ring = new MasterKeyRing(B, [A]);
    expect(ring.holds(masterKeyId(C))).toBe(false);
    expect(ring.unwrap('idea-4', underC.wrapped, underC.masterKeyId)).toBeNull();
    expect(ring.unwrap('idea-4', underC.wrapped, null)).toBeNull();
    const underA = new MasterKeyRing(A).wrap('idea-5', dataKey);
    expect(ring.unwrap('idea-6', underA.wrapped, masterKeyId(A))).toBeNull();
    const damaged = Buffer.from(underA.wrapped);
    damaged[15] ^= 0x01;
    expect(ring.unwrap('idea-5', damaged, masterKeyId(A))).toBeNull();
    // A row says which key wrapped it: that key only is tried.
    expect(ring.unwrap('idea-5', underA.wrapped, masterKeyId(B))).toBeNull();
  });

  it('refuses a key of the wrong length, current or previous, and holds a repeated key once', () => {
    expect(() => new MasterKeyRing(Buffer.alloc(16))).toThrow(/32 bytes, got 16/);
    expect(() => new MasterKeyRing(B, [Buffer.alloc(31)])).toThrow(/32 bytes, got 31/);
    expect(new MasterKeyRing(B, [B, A, A]).ids).toEqual([masterKeyId(B), masterKeyId(A)]);
  });
});
