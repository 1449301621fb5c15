/* holidays.c -- holiday dates as rules, one holiday a line, computed for any
 * year: a fixed day, the n-th weekday of a month, or a day relative to
 * Easter.  The lexicon's S_HOLIDAY value is the index into this table. */
#include "holidays.h"
#include "calendar.h"

typedef enum { FIXED, NTH_WEEKDAY, EASTER } rule_kind;

typedef struct {
    const char *name;
    rule_kind kind;
    int month;
    int day;     /* FIXED: day of month; NTH_WEEKDAY: n (-1 last) */
    int weekday; /* NTH_WEEKDAY: 1 Monday .. 7 Sunday */
    int offset;  /* days added to the date the rule gives */
} holiday;

static const holiday HOLIDAYS[] = {
    /* 0 */ {"Christmas", FIXED, 12, 25, 0, 0},
    /* 1 */ {"Christmas Eve", FIXED, 12, 24, 0, 0},
    /* 2 */ {"New Year's Day", FIXED, 1, 1, 0, 0},
    /* 3 */ {"New Year's Eve", FIXED, 12, 31, 0, 0},
    /* 4 */ {"Easter", EASTER, 0, 0, 0, 0},
    /* 5 */ {"Good Friday", EASTER, 0, 0, 0, -2},
    /* 6 */ {"Thanksgiving (US)", NTH_WEEKDAY, 11, 4, 4, 0},
    /* 7 */ {"Labor Day (US)", NTH_WEEKDAY, 9, 1, 1, 0},
    /* 8 */ {"Memorial Day (US)", NTH_WEEKDAY, 5, -1, 1, 0},
    /* 9 */ {"Independence Day (US)", FIXED, 7, 4, 0, 0},
    /* 10 */ {"Halloween", FIXED, 10, 31, 0, 0},
    /* 11 */ {"Valentine's Day", FIXED, 2, 14, 0, 0},
    /* 12 */ {"Black Friday", NTH_WEEKDAY, 11, 4, 4, 1},
    /* 13 */ {"Veterans Day (US)", FIXED, 11, 11, 0, 0},
    /* 14 */ {"Boxing Day", FIXED, 12, 26, 0, 0},
    /* 15 */ {"Election Day (US)", NTH_WEEKDAY, 11, 1, 1, 1}, /* the Tuesday after the first Monday */
    /* 16 */ {"Mother's Day (US)", NTH_WEEKDAY, 5, 2, 7, 0},
    /* 17 */ {"Father's Day", NTH_WEEKDAY, 6, 3, 7, 0},
    /* 18 */ {"Martin Luther King Day", NTH_WEEKDAY, 1, 3, 1, 0},
    /* 19 */ {"Columbus Day", NTH_WEEKDAY, 10, 2, 1, 0},
    /* 20 */ {"Palm Sunday", EASTER, 0, 0, 0, -7},
    /* 21 */ {"Ash Wednesday", EASTER, 0, 0, 0, -46},
    /* 22 */ {"May Day", FIXED, 5, 1, 0, 0},
    /* 23 */ {"Cyber Monday", NTH_WEEKDAY, 11, 4, 4, 4}, /* the Monday after Thanksgiving */
    /* 24 */ {"Presidents' Day (US)", NTH_WEEKDAY, 2, 3, 1, 0},
    /* 25 */ {"St. Patrick's Day", FIXED, 3, 17, 0, 0},
    /* 26 */ {"Easter Monday", EASTER, 0, 0, 0, 1},
    /* 27 */ {"Earth Day", FIXED, 4, 22, 0, 0},
    /* 28 */ {"Canada Day", FIXED, 7, 1, 0, 0},
    /* 29 */ {"Bastille Day", FIXED, 7, 14, 0, 0},
    /* 30 */ {"Remembrance Day", FIXED, 11, 11, 0, 0},
};

int tl_holiday_date(int idx, int year, int *m, int *d)
{
    if (idx < 0 || idx >= (int)(sizeof HOLIDAYS / sizeof HOLIDAYS[0])) return -1;
    const holiday *h = &HOLIDAYS[idx];
    int y = year;
    switch (h->kind) {
    case FIXED: *m = h->month; *d = h->day; break;
    case NTH_WEEKDAY:
        *m = h->month;
        *d = tl_nth_weekday(year, h->month, h->weekday, h->day);
        if (*d == 0) return -1;
        break;
    case EASTER:
        tl_easter(year, m, d);
        break;
    }
    tl_add_days(&y, m, d, h->offset);
    return 0;
}

const char *tl_holiday_name(int idx)
{
    if (idx < 0 || idx >= (int)(sizeof HOLIDAYS / sizeof HOLIDAYS[0])) return "";
    return HOLIDAYS[idx].name;
}

int tl_holiday_fixed(int idx) { return tl_holiday_name(idx)[0] && HOLIDAYS[idx].kind == FIXED; }

/* Incidents named by their date alone, facts of the calendar as holidays
 * are: "the September 11 attacks", "the 7 July bombings", "the March 11
 * train bombings", "the December 26 tsunami". */
static const struct {
    int month, day, year;
} INCIDENTS[] = {
    {9, 11, 2001}, /* attacks on New York and Washington */
    {3, 11, 2004}, /* Madrid train bombings */
    {12, 26, 2004}, /* Indian Ocean tsunami */
    {7, 7, 2005},  /* London bombings */
};

int tl_incident_year(int m, int d)
{
    for (size_t k = 0; k < sizeof INCIDENTS / sizeof INCIDENTS[0]; k++)
        if (INCIDENTS[k].month == m && INCIDENTS[k].day == d) return INCIDENTS[k].year;
    return 0;
}
