import { Injectable } from '@nestjs/common';
import { type ResponseDeadline, responseDeadline } from '@civic/ideas';
import { WorkingDayCalendar } from '@civic/platform';
import { ReferenceData } from './reference-data';

/** A department's promise in working days, dated with the one working-day calendar the inbox, reports and deadline jobs share. */
@Injectable()
export class ResponseDeadlines {
  constructor(
    private readonly referenceData: ReferenceData,
    private readonly calendar: WorkingDayCalendar,
  ) {}

  /** A department removed since gets the default (DEFAULT_RESPONSE_WORKING_DAYS). */
  async forRouting(department: string, at: Date): Promise<ResponseDeadline> {
    return responseDeadline(at, (await this.referenceData.snapshot()).departments.get(department)?.responseWorkingDays, this.calendar);
  }
}
