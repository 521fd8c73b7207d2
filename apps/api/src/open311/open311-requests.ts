import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@civic/platform';
import { PUBLIC_STATUS, type PublicStatus, STATUS_TEXT } from '@civic/projections';
import { Open311Error } from './open311-error';
import type { FormFields } from './open311-submission';

/** GeoReport v2's service request as anyone may read it: from the public status, never personal data. */
export interface Open311Request {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string | null;
  service_name: string | null;
  service_code: string;
  description: string | null;
  agency_responsible: string | null;
  service_notice: string | null;
  requested_datetime: string;
  updated_datetime: string | null;
  expected_datetime: string | null;
  address: string | null;
  address_id: string | null;
  zipcode: string | null;
  lat: number | null;
  long: number | null;
  media_url: string | null;
}

/** The spec's defaults: the last 90 days, at most 1,000 requests. */
const DEFAULT_DAYS = 90;
const MAX_REQUESTS = 1000;
const DAY_MS = 86_400_000;
const DESCRIPTION_MAX = 4000;
const PUBLIC_CODE = /^[A-Za-z0-9-]{1,40}$/;

/** Closed in Open311's sense: answered, done, withdrawn or merged; anything still being worked is open. */
const CLOSED: readonly PublicStatus[] = ['answered', 'implemented', 'withdrawn', 'duplicate'];

interface Row {
  public_code: string;
  category: string;
  category_name: string | null;
  description: string;
  status: PublicStatus;
  public_answer: string | null;
  department_name: string | null;
  received_at: Date;
  updated_at: Date;
  respond_by: Date | null;
  lat: string | null;
  lon: string | null;
}

const SELECT = `
  SELECT p.public_code, p.category, c.name AS category_name, p.description, p.status, p.public_answer, d.name AS department_name,
         p.received_at, p.updated_at, p.respond_by, p.lat, p.lon
    FROM ${PUBLIC_STATUS} p
    LEFT JOIN categories c ON c.code = p.category
    LEFT JOIN departments d ON d.code = p.department_code`;

@Injectable()
export class Open311Requests {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async get(id: string): Promise<Open311Request | null> {
    if (!PUBLIC_CODE.test(id)) return null;
    const [row]: Row[] = await this.dataSource.query(`${SELECT} WHERE p.public_code = $1`, [id.toUpperCase()]);
    return row ? toRequest(row) : null;
  }

  /** The spec's filters; a list of ids makes the others ignored, as the spec says. */
  async list(query: FormFields): Promise<Open311Request[]> {
    const ids = single(query, 'service_request_id');
    if (ids !== null) {
      const codes = ids
        .split(',')
        .map((id) => id.trim().toUpperCase())
        .filter(Boolean);
      if (codes.length > MAX_REQUESTS || codes.some((code) => !PUBLIC_CODE.test(code)))
        throw new Open311Error(400, 'service_request_id must be a comma-separated list of request ids');
      const rows: Row[] = await this.dataSource.query(`${SELECT} WHERE p.public_code = ANY($1::text[]) ORDER BY p.received_at DESC`, [codes]);
      return rows.map(toRequest);
    }
    const conditions: string[] = [];
    const parameters: unknown[] = [];
    const where = (sql: string, value: unknown) => {
      parameters.push(value);
      conditions.push(sql.replace('?', `$${parameters.length}`));
    };
    const codes = single(query, 'service_code');
    if (codes !== null)
      where(
        'p.category = ANY(?::text[])',
        codes.split(',').map((code) => code.trim()),
      );
    const status = single(query, 'status');
    if (status !== null) {
      const wanted = status.split(',').map((s) => s.trim());
      if (wanted.some((s) => s !== 'open' && s !== 'closed')) throw new Open311Error(400, 'status must be open or closed (or both, comma-separated)');
      if (!(wanted.includes('open') && wanted.includes('closed')))
        where(wanted.includes('closed') ? 'p.status = ANY(?::text[])' : 'p.status <> ALL(?::text[])', CLOSED);
    }
    const end = dateOf(query, 'end_date');
    const start = dateOf(query, 'start_date');
    const until = end ?? (start ? new Date(start.getTime() + DEFAULT_DAYS * DAY_MS) : this.clock.now());
    const since = start ?? new Date(until.getTime() - DEFAULT_DAYS * DAY_MS);
    if (since > until) throw new Open311Error(400, 'start_date must be before end_date');
    where('p.received_at >= ?', since);
    where('p.received_at <= ?', until);
    const rows: Row[] = await this.dataSource.query(
      `${SELECT} WHERE ${conditions.join(' AND ')} ORDER BY p.received_at DESC LIMIT ${MAX_REQUESTS}`,
      parameters,
    );
    return rows.map(toRequest);
  }
}

function toRequest(row: Row): Open311Request {
  const closed = CLOSED.includes(row.status);
  const expected = row.respond_by?.toISOString() ?? null;
  return {
    service_request_id: row.public_code,
    status: closed ? 'closed' : 'open',
    // The department's public answer once there is one; until then where it stands, in plain words.
    status_notes: row.public_answer ?? STATUS_TEXT[row.status]?.da ?? row.status,
    service_name: row.category_name,
    service_code: row.category,
    description: row.description.length > DESCRIPTION_MAX ? `${row.description.slice(0, DESCRIPTION_MAX - 1)}…` : row.description,
    agency_responsible: row.department_name,
    service_notice: serviceNotice(closed, expected),
    requested_datetime: row.received_at.toISOString(),
    updated_datetime: row.updated_at.toISOString(),
    expected_datetime: closed ? null : expected,
    // The address as typed is the citizen's own text, sealed under their key: not published.
    address: null,
    address_id: null,
    zipcode: null,
    lat: row.lat === null ? null : Number(row.lat),
    long: row.lon === null ? null : Number(row.lon),
    media_url: null,
  };
}

export function serviceNotice(closed: boolean, expected: string | null): string | null {
  if (closed) return null;
  return expected
    ? `Svar senest ${expected.slice(0, 10)} (answer by ${expected.slice(0, 10)})`
    : 'Idéen fordeles til den ansvarlige forvaltning (being routed to the responsible department)';
}

function single(query: FormFields, name: string): string | null {
  const value = query[name];
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') throw new Open311Error(400, `${name} was given more than once`);
  if (value.length > 20_000) throw new Open311Error(400, `${name} is too long`);
  return value;
}

function dateOf(query: FormFields, name: string): Date | null {
  const text = single(query, name);
  if (text === null) return null;
  // W3C date-times as the spec says; anything Date.parse would guess at is refused.
  const time = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(text) ? Date.parse(text) : NaN;
  if (Number.isNaN(time)) throw new Open311Error(400, `${name} must be a date and time (W3C format, e.g. 2026-11-24T09:00:00Z)`);
  return new Date(time);
}
