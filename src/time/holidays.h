/* holidays.h -- dates of named holidays in any year, from rules. */
#ifndef TL_HOLIDAYS_H
#define TL_HOLIDAYS_H

/* Month and day of holiday idx (the lexicon's S_HOLIDAY value) in year.
 * 0, or -1 for an unknown index. */
int tl_holiday_date(int idx, int year, int *m, int *d);
const char *tl_holiday_name(int idx);
/* 1 when the holiday falls on the same month and day every year. */
int tl_holiday_fixed(int idx);
/* The year of an incident the news names by its date alone ("the
 * September 11 attacks": 2001), or 0 when (m, d) names none. */
int tl_incident_year(int m, int d);

#endif
