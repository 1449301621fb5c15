/* normalize.h -- interpretation: what a recognised expression denotes, as a
 * TimeML TIMEX3 type, value and mod, given the document creation time, the
 * reference time of the narrative and the tense of the clause. */
#ifndef TL_NORMALIZE_H
#define TL_NORMALIZE_H

#include "matcher.h"
#include "point.h"

/* The fields a match fills, by the symbols it matched; -1 when absent,
 * except the signed ones (deictic, ago, later, before): TL_UNSET. */
#define TL_UNSET (-1000)
typedef struct tl_frame {
    int kind;
    int year, month, day, day2, wday, ord, num, few, half, unit, unit2, plural;
    int pod, season, deictic, ref, rel, the, that, ago, later, before;
    int a, each, setadv, times, decade, clock, ampm, tz, noon, holiday, fiscal, period;
    int mod;                 /* from modifiers around the core */
    int after_of;            /* 1 when "of" precedes: "the end of the year" */
    int posn;                /* "end" in "year-end": a tl_mod */
    int poss;                /* 1 when "'s" follows: "Friday's meeting" */
    int ended;               /* 1 when "ended", "ending", "to" follows: "the year ended March 31" */
    int end_md;              /* that end as month * 100 + day when stated, else 0 */
    int amount_before;       /* 1 after a number or an amount: "at 1.22 billion a day earlier" */
    int overnight;           /* 1 for "overnight": the night before the day, in a past clause */
    int era;                 /* -1 before Christ (BC), 1 AD, 0 not said */
    int poss_ahead;          /* 1 for an event looked towards: "ahead of Sunday's vote" */
    int year_after;          /* "from a year earlier to $1 billion in 1996": that year, else 0 */
    int incident;            /* 1 for a date before an incident: "the Feb. 14 assassination" */
    int for_event;           /* 1 for the day an event is set for: "called a strike for Monday" */
    int attrib;              /* 1 for a month (day) before a noun: "the March jobs report" */
    int appos_year;          /* the year just before ", the year": "in 1990, the year ..." */
    int part;                /* a tl_part: "midweek", "the year to date" */
    int coord_year;          /* the year of a month joined after: "September and October of 2007" */
    int since;               /* 1 after "since": "the worst fall since 1987", a landmark */
    int contract;            /* 1 for a month naming a futures contract: "crude for March delivery" */
    int num2;                /* the second count of a range: "two to three weeks" (3) */
    int generic;             /* 1 after "like", "such as": "festivals like Christmas", no date */
    int or_range;            /* 1 when that range is "two or three", not "two to three" */
} tl_frame;

typedef struct tl_context {
    tl_point dct;        /* gran NONE: the document has no creation time */
    tl_point ref;        /* the last anchored date of the narrative */
    tl_point quarter;    /* the last quarter named (financial reports compare it) */
    uint32_t quarter_sentence, sentence; /* where it was named; where we are */
    tl_tense tense;      /* of the clause around the expression */
    int from_past;       /* a future seen from a past moment ("said it would ...") */
    tl_point said;       /* the last day named, in sentence said_sentence: the */
    uint32_t said_sentence; /* moment "said yesterday that ... would" looks ahead from */
    uint32_t months_sentence; /* 1 + the sentence that named a span of months ("the first nine months") */
    tl_point year;       /* the last year named ("in 2010", "this year"), in */
    uint32_t year_sentence; /* sentence year_sentence: "... through August" is its August */
    /* fine[g]: the last anchored time named at granularity g or finer,
     * for anaphora of unit g: see tl_context_ref_at */
    tl_point fine[TL_GRAN_DAY + 1];
    /* the days (month, day, year) the document named, the first 16: a
     * later "the July 1 handover" is the same July 1 (tl_context_same_day) */
    struct { int16_t y; uint8_t m, d; } days[16];
    int n_days;
} tl_context;

typedef struct tl_norm {
    tl_timex_type type;
    char value[64];
    int mod;           /* tl_mod */
    char rule[128];
    char anchor[32];   /* the value it was resolved against, "" if absolute */
    char freq[16];     /* of a SET: "2X" for "twice a year", "" */
    tl_point point;    /* what it denotes, for the reference time */
} tl_norm;

/* Fill f from match m over spans s. */
void tl_frame_fill(tl_frame *f, const tl_spans *s, const tl_match *m);

/* Interpret f in context c.  0, or -1 when the match is not a timex after
 * all (a "fourth unit" that is not a quarter, an impossible date). */
int tl_normalize(const tl_frame *f, const tl_context *c, tl_norm *out);

/* A context for a document with creation time dct ("" or NULL: none). */
void tl_context_init(tl_context *c, const char *dct);
/* Record a timex just found (from frame f) as the new reference time. */
void tl_context_note(tl_context *c, const tl_norm *n, const tl_frame *f);
/* The year of an earlier mention of month m, day d in the document, or -1. */
int tl_context_same_day(const tl_context *c, int m, int d);
/* The last quarter named, when it was named at most two sentences ago. */
const tl_point *tl_context_quarter(const tl_context *c);
/* The time an anaphor of granularity g ("the next day": day, "that month":
 * month) counts from: the reference time when it is at least that fine;
 * else the last time named at least that fine, when it lies inside the
 * reference time (which then only zoomed out: "Monday ... that week ...
 * two days later"); else NULL: the unit is one of the reference time's,
 * unknown which ("last October ... that same day").  NULL too without any
 * reference or DCT. */
const tl_point *tl_context_ref_at(const tl_context *c, tl_granularity g);

/* Shared by normalize.c and dates.c. */
int tl_normalize_date(const tl_frame *f, const tl_context *c, tl_norm *out);
void tl_norm_rule(tl_norm *n, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
