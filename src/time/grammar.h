/* grammar.h -- the patterns of temporal expressions: sequences of lexicon
 * symbols (lexicon.h), each naming the kind of interpretation that
 * normalize.c applies to what it matched. */
#ifndef TL_GRAMMAR_H
#define TL_GRAMMAR_H

#include <stddef.h>

typedef enum {
    K_BLOCK,     /* not a timex, but consumes its tokens ("45-year-old") */
    K_DATE,      /* calendar fields: year, month, day, weekday, time */
    K_ISO,       /* 2025-08-15 */
    K_SLASH,     /* 8/15/2025 */
    K_WEEKDAY,   /* Friday, Friday night, last Friday */
    K_DEICTIC,   /* today, yesterday morning, tomorrow */
    K_RELUNIT,   /* last week, this month, next year, last November */
    K_DURATION,  /* three years, a decade, several months */
    K_AGO,       /* two years ago, three days from now */
    K_LATER,     /* two days later, a year earlier (reference time) */
    K_UNITLATER, /* year-earlier, year-ago */
    K_ANAPHOR,   /* the next day, that week, the same day */
    K_QUARTER,   /* the third quarter, the second half of 1990, the 19th century */
    K_THEUNIT,   /* the quarter, the year, the weekend */
    K_DECADE,    /* the 1990s */
    K_SEASON,    /* summer 2025 */
    K_TIME,      /* 11 a.m., noon, 3:30 p.m. Friday */
    K_SET,       /* every Monday, daily, twice a year */
    K_REF,       /* now, recently, the future */
    K_RECENT,    /* recent years, coming months */
    K_HOLIDAY,   /* Christmas, Thanksgiving 1998 */
    K_FISCAL,    /* fiscal 1998 */
    K_YEAR,      /* 1998 alone */
    K_MONTH,     /* August alone */
    K_WEEKNUM,   /* 2025-W33, week 33 of 2025 */
    K_PART,      /* midweek, the year to date, the turn of the century */
    K_YEARPAIR,  /* the 2012-13 season */
    K_ORDDAY,    /* by the 31st: a day of the reference month */
    K_NTHWDAY    /* the first Tuesday of November, the last Friday in June */
} tl_kind;

typedef struct tl_pattern {
    const char *seq;  /* symbols, "SYM?" optional, "A|B" alternatives */
    tl_kind kind;
    const char *rule; /* what the pattern means, for --explain */
} tl_pattern;

extern const tl_pattern tl_grammar[];
extern const size_t tl_grammar_len;

#endif
