/* calendar.h -- all date arithmetic of the project, proleptic Gregorian.
 *
 * Days are counted from 1970-01-01 (day 0) in an int64_t, so any year from
 * -9999 to 9999 and beyond is fine.  Weekdays and weeks are ISO 8601:
 * Monday is 1, Sunday 7; week 1 is the week with the year's first Thursday. */
#ifndef TL_CALENDAR_H
#define TL_CALENDAR_H

#include <stddef.h>
#include <stdint.h>

#include "timeline.h"

int tl_is_leap(int y);
int tl_days_in_month(int y, int m); /* m 1..12 */
int tl_days_in_year(int y);
/* 1 when m is 1..12 and d is a day of that month (2025-02-30 is not). */
int tl_valid_date(int y, int m, int d);

int64_t tl_days_from_civil(int y, int m, int d);
void tl_civil_from_days(int64_t days, int *y, int *m, int *d);

/* Exactly n decimal digits at *p: their value, *p moved past them; else
 * -1 and *p unchanged. */
int tl_read_digits(const char **p, int n);

int tl_weekday(int y, int m, int d); /* 1 = Monday .. 7 = Sunday */
int tl_day_of_year(int y, int m, int d); /* 1 .. 366 */

/* ISO week of a date: 2021-01-03 is 2020-W53, 2024-12-30 is 2025-W01. */
void tl_iso_week(int y, int m, int d, int *iso_year, int *week);
int tl_iso_weeks_in_year(int iso_year); /* 52 or 53 */
/* The Monday of ISO week (iso_year, week); week 0 or past the last week
 * simply count on from week 1 (no validation). */
void tl_iso_week_monday(int iso_year, int week, int *y, int *m, int *d);
/* The same as a day number. */
int64_t tl_iso_week_monday_days(int iso_year, int week);

/* Shift a date by n days / months / years.  Months and years clamp the day
 * to the end of the month: 2024-01-31 + 1 month is 2024-02-29. */
void tl_add_days(int *y, int *m, int *d, int64_t n);
void tl_add_months(int *y, int *m, int *d, int n);
void tl_add_years(int *y, int *m, int *d, int n); /* 2024-02-29 + 1 = 2025-02-28 */

/* Easter Sunday of year y (Gregorian computus). */
void tl_easter(int y, int *m, int *d);
/* Day of month of the n-th weekday wd (1..7) of month m; n = -1 is the
 * last one ("last Monday of May").  Returns 0 when there is no such day. */
int tl_nth_weekday(int y, int m, int wd, int n);

/* A point in time as far as it is known: fields are -1 when unknown. */
typedef struct tl_datetime {
    int year, month, day; /* year -1: unknown */
    int hour, minute, second;
} tl_datetime;

/* Parse ISO 8601 "2025-08-15", "2025-08-15T09:30", "2025-08-15T09:30:00",
 * "2025-08-15 09:30", optionally followed by a zone ("Z", "+02:00") which is
 * ignored.  Also accepts the compact TimeML DCT form "19980213".
 * Returns 0 on success, -1 when s is not such a date or the date is invalid.
 * Details: leading/trailing white space is skipped; a fraction of a second
 * ("09:30:00.250") is ignored; zones are "Z", "UTC", "GMT", "+hh", "+hhmm",
 * "+hh:mm" (or "-"), after a time only, optionally after one space; the
 * compact date may take a time "19980213T1435[00]" or "19980213T14:35";
 * a year of 4-9 digits, optionally signed ("-0044-03-15", "10000-01-01",
 * "+10000-01-01"), reads back what tl_format_iso() writes.  Ranges are
 * checked: month 1-12, the day within the month, hour 0-23, minute and
 * second 0-59 (no "24:00", no leap second).  Unset fields are -1 (second is -1 for "09:30"); on failure all
 * fields of *out are -1. */
int tl_parse_iso(const char *s, tl_datetime *out);

/* Write "YYYY-MM-DD", with "Thh:mm" when hour >= 0 and ":ss" when second is
 * also >= 0, into out (always NUL-terminated, never more than 31 chars).
 * Years 0-9999 get four digits; years < 0 are "-0044-03-15"; years > 9999
 * are written in full ("10000-01-01").  Returns the length written. */
size_t tl_format_iso(char out[32], int y, int m, int d, int hour, int minute, int second);

/* The calendar interval a TimeML value denotes: "2025-W32" is
 * [2025-08-04, 2025-08-11), "2025-08" is [2025-08-01, 2025-09-01),
 * "2025-08-15T11:00" is [2025-08-15T11:00, 2025-08-15T11:01), "199" the
 * 1990s, "2025-Q3", "2025-H1", "2025-SU" (Jun 21 - Sep 23: astronomical,
 * northern hemisphere), "2025-W33-WE" (Saturday and Sunday), "2025-08-15TMO"
 * (06:00-12:00; AF 12-18, EV 18-24, NI 21-04 of the next day).
 * start and end get ISO strings ("2025-08-04", or with "T11:00" when the
 * granularity is finer than a day).  Returns 0, or -1 when the value is not
 * an anchored calendar interval (durations "P1M", "PAST_REF", "XXXX-08").
 *
 * Every form, interval [start, end) and granularity:
 *   "2"            millennium  [2000-01-01, 3000-01-01)     TL_GRAN_MILLENNIUM
 *   "18"           century     [1800-01-01, 1900-01-01)     TL_GRAN_CENTURY
 *                  (TimeML: "18" is the 1800s, the 19th century)
 *   "199"          decade      [1990-01-01, 2000-01-01)     TL_GRAN_DECADE
 *   "2025"         year                                     TL_GRAN_YEAR
 *   "2025-H2"      half        [2025-07-01, 2026-01-01)     TL_GRAN_HALF
 *   "2025-Q4"      quarter     [2025-10-01, 2026-01-01)     TL_GRAN_QUARTER
 *   "2025-SP"      spring      [2025-03-21, 2025-06-21)     TL_GRAN_SEASON
 *   "2025-SU"      summer      [2025-06-21, 2025-09-23)
 *   "2025-FA"      autumn      [2025-09-23, 2025-12-21)
 *   "2025-WI"      winter      [2025-12-21, 2026-03-21)  -- the winter that
 *                  STARTS in December of the year named (fixed days, not the
 *                  actual equinox/solstice of the year)
 *   "2025-08"      month                                    TL_GRAN_MONTH
 *   "2025-W32"     ISO week, Monday to Monday; W53 only in
 *                  53-week years                            TL_GRAN_WEEK
 *   "2025-W33-WE"  weekend, [Saturday, Monday)              TL_GRAN_DAY
 *   "2025-W33-3"   ISO week date (3 = Wednesday)            TL_GRAN_DAY
 *   "2025-08-15"   day                                      TL_GRAN_DAY
 *   "2025-08-15TMO" parts of the day, TL_GRAN_PART_OF_DAY, with times:
 *                  MO [06:00, 12:00)   MI (midday) [11:00, 13:00)
 *                  AF [12:00, 18:00)   EV [18:00, next day 00:00)
 *                  NI [21:00, next day 04:00)   DT (daytime) [06:00, 18:00)
 *   "2025-08-15T11"        hour   [T11:00, T12:00)          TL_GRAN_HOUR
 *   "2025-08-15T11:00"     minute [T11:00, T11:01)          TL_GRAN_MINUTE
 *   "2025-08-15T11:00:05"  second, start/end with ":ss"     TL_GRAN_SECOND
 * Years are exactly four digits; values are matched exactly (upper case, no
 * white space, no zone); anything longer than 40 bytes is rejected.
 * Ordering: start/end strings compare correctly with strcmp() only while
 * both years are in 0000-9999 (an end of "10000-01-01", from "9999" or
 * "999", sorts before "9000-01-01"); to be safe compare day numbers from
 * tl_parse_iso() + tl_days_from_civil(). */
int tl_value_interval(const char *value, char start[32], char end[32], tl_granularity *gran);

#endif
