/** The time zone reports count days and months in: the working-day calendar's (TIME_ZONE, via the shared WorkingDayCalendar). */
export const REPORT_TIME_ZONE = Symbol('ReportTimeZone');
