import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ProblemError } from '../http/problem';
import { ReferenceData } from './reference-data';
import type { CreateRoutingRuleInput, RoutingRuleInput } from './routing-rule.dto';
import { RoutingRuleEntity } from './routing-rule.entity';

/**
 * A rule's version: a hash of its fields and of when it was last written (as epoch seconds, so the session's
 * time zone cannot change it), compared in the same statement that writes.
 */
const VERSION = 'md5(row(r.id, r.department, r.category, r.district, r.keywords, r.priority, extract(epoch FROM r.updated_at))::text)';

export interface VersionedRoutingRule {
  readonly id: string;
  readonly department: string;
  readonly category: string | null;
  readonly district: string | null;
  readonly keywords: readonly string[];
  readonly priority: number;
  readonly version: string;
}

@Injectable()
export class RoutingRulesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly referenceData: ReferenceData,
  ) {}

  list(): Promise<RoutingRuleEntity[]> {
    return this.rules().find({ order: { priority: 'DESC', id: 'ASC' } });
  }

  /** The rules with the version each was read at (any write, even of the same values, moves it on). */
  async listVersioned(): Promise<VersionedRoutingRule[]> {
    const rows: VersionedRoutingRule[] = await this.dataSource.query(
      `SELECT id, department, category, district, keywords, priority, ${VERSION} AS version FROM routing_rules r ORDER BY priority DESC, id ASC`,
    );
    return rows;
  }

  async getVersioned(id: string): Promise<VersionedRoutingRule | null> {
    const rows: VersionedRoutingRule[] = await this.dataSource.query(
      `SELECT id, department, category, district, keywords, priority, ${VERSION} AS version FROM routing_rules r WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async get(id: string): Promise<RoutingRuleEntity> {
    const rule = await this.rules().findOneBy({ id });
    if (!rule) throw new ProblemError(404, 'routing-rule-not-found', 'No such routing rule', `There is no routing rule "${id}".`);
    return rule;
  }

  async create(input: CreateRoutingRuleInput): Promise<RoutingRuleEntity> {
    const id = input.id ?? randomUUID();
    await this.checkReferences(input);
    const inserted = await this.rules().createQueryBuilder().insert().values(this.fields(input, id)).orIgnore().returning('id').execute();
    if (inserted.raw.length === 0)
      throw new ProblemError(409, 'routing-rule-exists', 'A routing rule with this id exists', `Choose another id than "${id}", or change the rule with PUT.`);
    this.referenceData.invalidate();
    return this.get(id);
  }

  /** `expectedVersion`: the version the caller read; if the rule changed since, nothing is written (409 routing-rule-changed). */
  async replace(id: string, input: RoutingRuleInput, expectedVersion?: string): Promise<RoutingRuleEntity> {
    await this.get(id);
    await this.checkReferences(input);
    if (expectedVersion === undefined) await this.rules().update({ id }, this.fields(input, id));
    else {
      const { department, category, district, keywords, priority } = this.fields(input, id);
      // One statement: the version is compared and the row written under the same row lock, so two editors cannot both win.
      const [, updated] = await this.dataSource.query(
        `UPDATE routing_rules r SET department = $3, category = $4, district = $5, keywords = $6, priority = $7, updated_at = clock_timestamp()
          WHERE id = $1 AND ${VERSION} = $2`,
        [id, expectedVersion, department, category, district, keywords, priority],
      );
      if (updated === 0) await this.refuseStale(id, expectedVersion);
    }
    this.referenceData.invalidate();
    return this.get(id);
  }

  async remove(id: string, expectedVersion?: string): Promise<void> {
    if (expectedVersion !== undefined) {
      const [, removed] = await this.dataSource.query(`DELETE FROM routing_rules r WHERE id = $1 AND ${VERSION} = $2`, [id, expectedVersion]);
      if (removed === 0) await this.refuseStale(id, expectedVersion);
      this.referenceData.invalidate();
      return;
    }
    const { affected } = await this.rules().delete({ id });
    if (!affected) throw new ProblemError(404, 'routing-rule-not-found', 'No such routing rule', `There is no routing rule "${id}".`);
    this.referenceData.invalidate();
  }

  /** Nothing was written: either the rule is gone (404) or someone changed it since it was read (409). */
  private async refuseStale(id: string, expectedVersion: string): Promise<never> {
    const now = await this.getVersioned(id);
    if (now === null) throw new ProblemError(404, 'routing-rule-not-found', 'No such routing rule', `There is no routing rule "${id}".`);
    throw new ProblemError(
      409,
      'routing-rule-changed',
      'The routing rule changed since it was read',
      `Read rule "${id}" again; it is no longer the version "${expectedVersion}".`,
    );
  }

  private fields(input: RoutingRuleInput, id: string) {
    return {
      id,
      department: input.department,
      category: input.category ?? null,
      district: input.district ?? null,
      keywords: input.keywords ?? [],
      priority: input.priority ?? 0,
    };
  }

  /** Checked here so a typo is a 422 naming the field, not a foreign-key 500. */
  private async checkReferences(input: RoutingRuleInput): Promise<void> {
    this.referenceData.invalidate();
    const { departments, categories, districts } = await this.referenceData.snapshot();
    const errors = [
      !departments.has(input.department) && { field: 'department', message: `unknown department "${input.department}"` },
      input.category && !categories.has(input.category) && { field: 'category', message: `unknown category "${input.category}"` },
      input.district && !districts.has(input.district) && { field: 'district', message: `unknown district "${input.district}"` },
    ].filter((e): e is { field: string; message: string } => Boolean(e));
    if (errors.length) throw new ProblemError(422, 'unknown-reference', 'The rule names something that does not exist', 'See errors.', { errors });
  }

  private rules() {
    return this.dataSource.getRepository(RoutingRuleEntity);
  }
}
