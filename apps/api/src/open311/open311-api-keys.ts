import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Clock } from '@civic/platform';
import { RateLimitStorage } from '../http/rate-limit-storage';
import { HTTP_OPTIONS, type HttpOptions } from '../http/http-options';
import { Open311Error } from './open311-error';
import { OPEN311_OPTIONS, type Open311Options } from './open311-options';

export interface Open311ApiKey {
  id: string;
  client: string;
  createdAt: string;
  revokedAt: string | null;
}

/** What an admin is handed once: the key itself is never stored, only its hash. */
export interface IssuedOpen311ApiKey extends Open311ApiKey {
  apiKey: string;
}

const KEY_PREFIX = 'o311_';
/** A key is 32 random bytes: a plain SHA-256 of it is as good as a slow hash, and lets one indexed lookup find it. */
const KEY_PATTERN = /^o311_[A-Za-z0-9_-]{43}$/;

const hashOf = (key: string) => createHash('sha256').update(key).digest('hex');

interface KeyRow {
  id: string;
  client: string;
  created_at: Date;
  revoked_at: Date | null;
}

const toView = (row: KeyRow): Open311ApiKey => ({
  id: row.id,
  client: row.client,
  createdAt: row.created_at.toISOString(),
  revokedAt: row.revoked_at?.toISOString() ?? null,
});

/** The API keys issued to Open311 clients: issued and revoked by an admin, checked and counted on every submission. */
@Injectable()
export class Open311ApiKeys {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly counters: RateLimitStorage,
    @Inject(HTTP_OPTIONS) private readonly http: HttpOptions,
    @Inject(OPEN311_OPTIONS) private readonly options: Open311Options,
  ) {}

  async issue(client: string): Promise<IssuedOpen311ApiKey> {
    const apiKey = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    const [row]: KeyRow[] = await this.dataSource.query(
      'INSERT INTO open311_api_keys (id, client, key_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING id, client, created_at, revoked_at',
      [randomUUID(), client, hashOf(apiKey), this.clock.now()],
    );
    return { ...toView(row), apiKey };
  }

  async list(): Promise<Open311ApiKey[]> {
    const rows: KeyRow[] = await this.dataSource.query('SELECT id, client, created_at, revoked_at FROM open311_api_keys ORDER BY created_at, id');
    return rows.map(toView);
  }

  /** Revoking twice is harmless: the first time stays recorded. Null: no such key. */
  async revoke(id: string): Promise<Open311ApiKey | null> {
    const [rows]: [KeyRow[], number] = await this.dataSource.query(
      'UPDATE open311_api_keys SET revoked_at = coalesce(revoked_at, $2) WHERE id = $1 RETURNING id, client, created_at, revoked_at',
      [id, this.clock.now()],
    );
    return rows[0] ? toView(rows[0]) : null;
  }

  /** The client a key belongs to, after counting this use against its limit; refuses a missing, unknown or revoked key. */
  async authorise(apiKey: unknown): Promise<Open311ApiKey> {
    if (typeof apiKey !== 'string' || apiKey === '') throw new Open311Error(400, 'api_key is required: ask the municipality for a key for your client');
    const [row]: KeyRow[] = KEY_PATTERN.test(apiKey)
      ? await this.dataSource.query('SELECT id, client, created_at, revoked_at FROM open311_api_keys WHERE key_hash = $1', [hashOf(apiKey)])
      : [];
    // Unknown and revoked read the same to the client.
    if (!row || row.revoked_at) throw new Open311Error(403, 'api_key is not valid (unknown or revoked)');
    await this.count(row.id);
    return toView(row);
  }

  private async count(keyId: string): Promise<void> {
    const limit = this.options.perKeyPerMinute;
    if (limit <= 0) return;
    const ttl = (this.http.rateLimitWindowSeconds ?? 60) * 1000;
    const key = `${this.http.rateLimitKeyPrefix ?? ''}rate-limit:open311:${keyId}`;
    const { isBlocked, timeToBlockExpire } = await this.counters.increment(key, ttl, limit, ttl, 'open311');
    if (isBlocked)
      throw new Open311Error(
        429,
        `Too many requests with this api_key: at most ${limit} a minute; try again in ${Math.max(1, Math.ceil(timeToBlockExpire))} seconds`,
      );
  }
}
