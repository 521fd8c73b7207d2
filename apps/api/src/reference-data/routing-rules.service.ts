import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ProblemError } from '../http/problem';
import { ReferenceData } from './reference-data';
import type { CreateRoutingRuleInput, RoutingRuleInput } from './routing-rule.dto';
import { RoutingRuleEntity } from './routing-rule.entity';

@Injectable()
export class RoutingRulesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly referenceData: ReferenceData,
  ) {}

  list(): Promise<RoutingRuleEntity[]> {
    return this.rules().find({ order: { priority: 'DESC', id: 'ASC' } });
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

  async replace(id: string, input: RoutingRuleInput): Promise<RoutingRuleEntity> {
    await this.get(id);
    await this.checkReferences(input);
    await this.rules().update({ id }, this.fields(input, id));
    this.referenceData.invalidate();
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    const { affected } = await this.rules().delete({ id });
    if (!affected) throw new ProblemError(404, 'routing-rule-not-found', 'No such routing rule', `There is no routing rule "${id}".`);
    this.referenceData.invalidate();
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
