/** The time zone reports count days and months in: the working-day calendar's (loadConfig().calendar.timeZone). */
export const REPORT_TIME_ZONE = Symbol('ReportTimeZone');
