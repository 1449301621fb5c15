/* lexicon.h -- the temporal vocabulary: what each word (or fixed phrase) can
 * mean to the tagger.  The words themselves are a table in lexicon.c; the
 * grammar (grammar.c) combines the symbols declared here into patterns. */
#ifndef TL_LEXICON_H
#define TL_LEXICON_H

#include <stddef.h>
#include <stdint.h>

/* Pattern symbols: the classes a word, number or phrase can belong to.  A
 * token may carry several ("second" is an ORD and a UNIT). */
typedef enum {
    S_MONTH,   /* January .. December, Jan .. Dec; value 1..12 */
    S_WDAY,    /* Monday .. Sunday; value 1..7 (ISO) */
    S_CARD,    /* a count: "three", "3", "twenty-five"; value the number */
    S_A,       /* "a", "an": a count of one */
    S_ORD,     /* "third", "3rd"; value the number */
    S_UNIT,    /* "year", "week" ...; value a tl_unit */
    S_UNITS,   /* the plural of a unit */
    S_POD,     /* part of day; value a tl_pod */
    S_SEASON,  /* value a tl_season */
    S_DEICTIC, /* today/yesterday/tomorrow/tonight; value day offset (tonight: 9) */
    S_REF,     /* now, recently, soon ...; value a tl_ref */
    S_REFN,    /* nouns after "the": past, future, present; value a tl_ref */
    S_REL,     /* last, next, this, past ...; value a tl_rel */
    S_THE,
    S_AGO,     /* "ago", "from now" (value 1: future) */
    S_LATER,   /* "later" (+1), "earlier" (-1) */
    S_BEFORE,  /* "before" (-1), "after" (+1) */
    S_EACH,    /* each, every, per */
    S_SETADV,  /* daily, weekly ...; value a tl_unit */
    S_TIMES,   /* once, twice, thrice; value the count */
    S_TIMESW,  /* "times" */
    S_MOD,     /* about, nearly, more than ...; value a tl_mod */
    S_POS,     /* early, mid, late; value a tl_mod (START, MID, END) */
    S_POSN,    /* end, beginning, middle, start; value a tl_mod */
    S_OF,
    S_FISCAL,  /* fiscal, financial */
    S_HOLIDAY, /* value a holiday index (normalize.c) */
    S_HALF,
    S_AND,
    S_OR,
    S_SO,
    S_FEW,     /* few, several, some, many, couple: an unknown count */
    S_DASH,
    S_COMMA,
    S_SLASH,
    S_AMPM,    /* a.m. (0), p.m. (12) */
    S_TZ,      /* EST, GMT, "local time" */
    S_YEAR,    /* 1000..2199 or '98 */
    S_DAY,     /* 1..31 */
    S_DECADE,  /* 1990s, '80s, nineties; value 199 */
    S_CLOCK,   /* 11:30, 3pm; value hour*100+minute */
    S_NOON,    /* noon (1200), midnight (2400), midday */
    S_THAT,    /* that, those: anaphoric determiners */
    S_OLD,     /* "old" of ages: blocks "45-year-old" */
    S_WEEKNUM, /* "W33" of an ISO week "2025-W33"; value the week */
    S_QNUM,    /* "Q3", "H1": value unit * 10 + ordinal (U_QUARTER * 10 + 3) */
    S_CARDH,   /* "2.5": a count and a half; value the count */
    S_LONG,    /* "long" of "a day-long meeting", "decades-long": a duration */
    S_PERIOD,  /* period, term: "the latest period" */
    S_IN,      /* in, at, on (between a time and a day) */
    S_TO,      /* to, through, until, "-" in ranges */
    S_POSS,    /* the possessive "'s" */
    S_MORE,    /* more, additional, extra: "two more weeks" */
    S_WDAYS,   /* Mondays .. Sundays: a set; value 1..7 */
    S_UNITLONG, /* "weeklong", "yearlong": one unit, as an adjective; value a tl_unit */
    S_UADJ,    /* a qualifier between a count and its unit: "six straight days", "five trading days" */
    S_PART,    /* a named part of a unit: midweek, year to date, turn of the century; value a tl_part */
    S_FYEAR,   /* "FY2024", "FY25": a fiscal year in one word; value the year */
    S_DOTDATE, /* "15.08.2025", "2025.08.15": a dotted date in one token; value y*10000+m*100+d */
    S_ERA,     /* BC, B.C., BCE (value -1); AD, A.D., CE (1) */
    S_ERAYEAR, /* "776BC", "79AD" in one token; value the year, negative before Christ */
    S_NSYM
} tl_sym;

typedef enum {
    U_SECOND = 1, U_MINUTE, U_HOUR, U_DAY, U_NIGHT, U_WEEKEND, U_WEEK, U_FORTNIGHT,
    U_MONTH, U_QUARTER, U_HALFYEAR, U_SEASON, U_YEAR, U_DECADE, U_CENTURY, U_MILLENNIUM
} tl_unit;

typedef enum { PT_MIDWEEK = 1, PT_YEAR_TO_DATE, PT_TURN_CENTURY } tl_part;
typedef enum { P_MO = 1, P_AF, P_EV, P_NI, P_DT, P_MI } tl_pod;
typedef enum { SE_SP = 1, SE_SU, SE_FA, SE_WI } tl_season;
typedef enum { REF_PAST = 1, REF_PRESENT, REF_FUTURE } tl_ref;

/* The meaning of a relative word.  LAST/NEXT/THIS count calendar units from
 * the DCT ("last week" = the previous ISO week); PAST/COMING are rolling
 * spans ending or starting now; PREVIOUS/FOLLOWING/SAME are anaphoric (they
 * count from the narrative's reference time); RECENT means PAST_REF-ish. */
typedef enum {
    R_LAST = 1, R_NEXT, R_THIS, R_PAST, R_COMING, R_PREVIOUS, R_FOLLOWING, R_SAME,
    R_RECENT, R_CURRENT, R_LATEST, R_FUTURE
} tl_rel;

typedef enum {
    M_NONE, M_APPROX, M_LESS_THAN, M_MORE_THAN, M_EQUAL_OR_LESS, M_EQUAL_OR_MORE,
    M_START, M_MID, M_END, M_ON_OR_AFTER, M_ON_OR_BEFORE
} tl_mod;

const char *tl_mod_name(int mod); /* "" for M_NONE */

#define TL_LEX_MAXSYM 4
#define TL_LEX_MAXWORDS 5 /* the longest phrase, in tokens ("st . patrick 's day") */
/* What one token or phrase means: up to four (symbol, value) readings. */
typedef struct tl_lexeme {
    uint8_t nsym;
    uint8_t words;        /* tokens the phrase spans (1 for single words) */
    uint8_t sym[TL_LEX_MAXSYM];
    int32_t val[TL_LEX_MAXSYM];
    uint8_t phrase_start; /* the most words of a phrase starting with this word, 0: none */
} tl_lexeme;

/* Build the lookup tables (idempotent, thread-safe).  0, or -1 when the
 * table has more keys than room or a word too long (lexicon.c). */
int tl_lexicon_init(void);
/* The readings of a word of n bytes in any ASCII case ("May", "may"), or
 * NULL. */
const tl_lexeme *tl_lexicon_word(const char *w, size_t n);
/* The longest phrase of 2..TL_LEX_MAXWORDS words (words[k] of lens[k]
 * bytes, any ASCII case, not NUL-terminated) starting with words[0], or
 * NULL. */
const tl_lexeme *tl_lexicon_phrase(const char *const *words, const size_t *lens, size_t nwords);

#endif
