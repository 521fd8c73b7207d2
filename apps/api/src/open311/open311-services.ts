import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type DistrictBoundary, isDistrictBoundary } from '@civic/casework';

/** A GeoReport v2 service attribute: an extra field a category asks for. */
export interface Open311Attribute {
  variable: boolean;
  code: string;
  datatype: 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';
  required: boolean;
  datatype_description: string | null;
  order: number | null;
  description: string | null;
  values?: { key: string; name: string }[];
}

export interface Open311Service {
  service_code: string;
  service_name: string;
  description: string | null;
  metadata: boolean;
  type: 'realtime';
  keywords: string | null;
  group: string | null;
}

export interface Open311ServiceDefinition {
  service_code: string;
  attributes: Open311Attribute[];
}

/**
 * The attribute every service offers: where, for a request that gives no
 * point inside a district (an address alone cannot be placed without a geocoder).
 */
export const DISTRICT_ATTRIBUTE = 'district';

interface CategoryRow {
  code: string;
  name: string;
  open311_attributes: Open311Attribute[];
}

/** The categories as Open311 services, read from the reference data on each request (a handful of rows). */
@Injectable()
export class Open311Services {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<Open311Service[]> {
    // Every service has the district attribute, so every one has a definition to read.
    return (await this.categories()).map((c) => ({
      service_code: c.code,
      service_name: c.name,
      description: null,
      metadata: true,
      type: 'realtime',
      keywords: null,
      group: null,
    }));
  }

  async find(code: string): Promise<{ service: Open311Service; definition: Open311ServiceDefinition } | null> {
    const category = (await this.categories()).find((c) => c.code === code);
    if (!category) return null;
    const districts: { code: string; name: string }[] = await this.dataSource.query('SELECT code, name FROM districts ORDER BY name');
    const district: Open311Attribute = {
      variable: true,
      code: DISTRICT_ATTRIBUTE,
      datatype: 'singlevaluelist',
      required: false,
      datatype_description: 'Needed when lat/long is not given (or not inside a district)',
      order: 0,
      description: 'District',
      values: districts.map((d) => ({ key: d.code, name: d.name })),
    };
    return {
      service: { service_code: category.code, service_name: category.name, description: null, metadata: true, type: 'realtime', keywords: null, group: null },
      definition: { service_code: category.code, attributes: [district, ...category.open311_attributes] },
    };
  }

  async boundaries(): Promise<DistrictBoundary[]> {
    const rows: { code: string; boundary: unknown }[] = await this.dataSource.query(
      'SELECT code, boundary FROM districts WHERE boundary IS NOT NULL ORDER BY code',
    );
    return rows.flatMap(({ code, boundary }) => (isDistrictBoundary(boundary) ? [{ code, boundary }] : []));
  }

  async department(code: string): Promise<{ name: string; responseWorkingDays: number } | null> {
    const [row]: { name: string; response_working_days: number }[] = await this.dataSource.query(
      'SELECT name, response_working_days FROM departments WHERE code = $1',
      [code],
    );
    return row ? { name: row.name, responseWorkingDays: row.response_working_days } : null;
  }

  private categories(): Promise<CategoryRow[]> {
    return this.dataSource.query('SELECT code, name, open311_attributes FROM categories ORDER BY code');
  }
}
