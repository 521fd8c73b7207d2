import { Injectable } from '@nestjs/common';
import type { ResponseDeadline } from '@civic/ideas';
import { WorkingDayCalendar } from '@civic/platform';
import { ReferenceData } from './reference-data';

/** The departments table's default, for a department removed since. */
const DEFAULT_RESPONSE_WORKING_DAYS = 10;

/** A department's promise in working days, dated with the one working-day calendar the inbox, reports and deadline jobs share. */
@Injectable()
export class ResponseDeadlines {
  constructor(
    private readonly referenceData: ReferenceData,
    private readonly calendar: WorkingDayCalendar,
  ) {}

  async forRouting(department: string, at: Date): Promise<ResponseDeadline> {
    const workingDays = (await this.referenceData.snapshot()).departments.get(department)?.responseWorkingDays ?? DEFAULT_RESPONSE_WORKING_DAYS;
    return { respondBy: this.calendar.addWorkingDays(at, workingDays).toISOString(), workingDays };
  }
}
