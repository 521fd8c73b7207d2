import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ProblemError } from '../http/problem';
import type { DepartmentChangeInput } from './department.dto';
import { DepartmentEntity } from './department.entity';
import { ReferenceData } from './reference-data';

/** The admin's edits of departments: names, response deadlines and the lead's e-mail address. */
@Injectable()
export class DepartmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly referenceData: ReferenceData,
  ) {}

  async change(code: string, input: DepartmentChangeInput): Promise<DepartmentEntity> {
    const changes = {
      ...(input.name !== undefined && { name: input.name.trim() }),
      ...(input.responseWorkingDays !== undefined && { responseWorkingDays: input.responseWorkingDays }),
      ...(input.leadEmail !== undefined && { leadEmail: input.leadEmail }),
    };
    if (Object.keys(changes).length === 0) {
      throw new ProblemError(422, 'nothing-to-change', 'The request changes nothing', 'Send name, responseWorkingDays, leadEmail or several of them.', {
        errors: [{ field: '', message: 'name, responseWorkingDays or leadEmail is required' }],
      });
    }
    const departments = this.dataSource.getRepository(DepartmentEntity);
    const { affected } = await departments.update({ code }, changes);
    if (!affected)
      throw new ProblemError(404, 'unknown-department', 'No such department', `There is no department with the code ${code}; see GET /departments.`);
    // Other instances see it within ReferenceData's few seconds; the projections read the table at their next batch.
    this.referenceData.invalidate();
    return departments.findOneByOrFail({ code });
  }
}
