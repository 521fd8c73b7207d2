import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CompiledRoutingRules, compileRoutingRules, type RoutingRule } from '@civic/ideas';
import { type DistrictBoundary, isDistrictBoundary } from '@civic/casework';
import { DataSource } from 'typeorm';
import { CategoryEntity } from './category.entity';
import { DepartmentEntity } from './department.entity';
import { DistrictEntity } from './district.entity';
import { RoutingRuleEntity } from './routing-rule.entity';
import { MUNICIPALITY_WIDE_DISTRICT } from '@civic/casework';

export interface ReferenceSnapshot {
  readonly departments: ReadonlyMap<string, DepartmentEntity>;
  readonly districts: ReadonlyMap<string, DistrictEntity>;
  readonly categories: ReadonlyMap<string, CategoryEntity>;
  readonly rules: readonly RoutingRule[];
  /** The rules with their keyword patterns built once per snapshot, for matchRoutingRule on every submit. */
  readonly routing: CompiledRoutingRules;
  /** The districts that have a boundary (GeoJSON), so a point can be placed; empty when none are loaded. */
  readonly boundaries: readonly DistrictBoundary[];
}

/** How long another instance's edit may take to be seen here. */
const MAX_AGE_MS = 5000;

/**
 * Edits in this process so far. The pages and the API each hold a ReferenceData: an edit on an admin page must be seen
 * by the next submit through the API at once, so invalidating one invalidates every snapshot in the process.
 */
let editsInProcess = 0;

/**
 * Departments, districts, categories and rules change rarely and are read on
 * every submit: one snapshot, re-read after a few seconds or after an edit here.
 */
@Injectable()
export class ReferenceData {
  private cached: { at: number; edits: number; snapshot: Promise<ReferenceSnapshot> } | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  snapshot(): Promise<ReferenceSnapshot> {
    if (!this.cached || this.cached.edits !== editsInProcess || Date.now() - this.cached.at > MAX_AGE_MS) {
      const snapshot = this.read();
      this.cached = { at: Date.now(), edits: editsInProcess, snapshot };
      snapshot.catch(() => (this.cached = null));
    }
    return this.cached.snapshot;
  }

  invalidate(): void {
    editsInProcess++;
    this.cached = null;
  }

  private async read(): Promise<ReferenceSnapshot> {
    const [departments, districts, categories, rules, boundaries] = await Promise.all([
      this.dataSource.getRepository(DepartmentEntity).find({ order: { code: 'ASC' } }),
      this.dataSource.getRepository(DistrictEntity).find({ order: { code: 'ASC' } }),
      this.dataSource.getRepository(CategoryEntity).find({ order: { code: 'ASC' } }),
      this.dataSource.getRepository(RoutingRuleEntity).find({ order: { id: 'ASC' } }),
      this.dataSource.query('SELECT code, boundary FROM districts WHERE boundary IS NOT NULL ORDER BY code') as Promise<{ code: string; boundary: unknown }[]>,
    ]);
    const routingRules = rules.map(({ id, department, category, district, keywords, priority }) => ({
      id,
      department,
      category,
      district,
      keywords,
      priority,
    }));
    return {
      departments: new Map(departments.map((d) => [d.code, d])),
      districts: new Map(districts.map((d) => [d.code, d])),
      categories: new Map(categories.map((c) => [c.code, c])),
      rules: routingRules,
      routing: compileRoutingRules(routingRules),
      boundaries: boundaries.flatMap(({ code, boundary }) => (isDistrictBoundary(boundary) ? [{ code, boundary }] : [])),
    };
  }
}

/**
 * A district's name for a page. A municipality-wide round's winner is filed under a district no table holds
 * (MUNICIPALITY_WIDE_DISTRICT): null, which the templates say as "the whole municipality" in the reader's language.
 */
export function districtName(districts: ReadonlyMap<string, { name: string }>, code: string): string | null {
  return districts.get(code)?.name ?? (code === MUNICIPALITY_WIDE_DISTRICT ? null : code);
}
