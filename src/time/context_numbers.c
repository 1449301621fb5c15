/* context_numbers.c -- the context checks on digits, amounts and years:
 * whether a number in a match is a money amount, a score, a count, a
 * label, a dimension or a temperature rather than a year or a day, and
 * which year a yearless month shares with a dated one after it.  Split
 * from context.c, which keeps the checks on words and names and
 * tl_context_accepts that runs them all, because these read digits and
 * number pairs where those read words: each file reads in one sitting. */
#include "context.h"

static const char *const CURRENCY[] = {"$", "#", "US$", "C$", "A$", "HK$", "\xE2\x82\xAC", "\xC2\xA3", NULL};
static const char *const EARLY_YEAR_CONTEXT[] = {"in", "since", "by", "of", "from", "until", "before",
                                                 "after", "around", "circa", NULL};
/* Nouns that label things by number ("Flight 2013", "page 1998", "Route
 * 66", "Resolution 1441"): the number after them is a name, not a time. */
static const char *const LABEL[] = {"flight", "route", "highway", "interstate", "page", "pages", "room", "chapter",
                                    "section", "article", "channel", "gate", "platform", "exit", "suite",
                                    "apartment", "number", "no.", "model", "version", "resolution", "amendment",
                                    "proposition", "terminal", "precinct", "district", "pier", "bus", NULL};
/* Words that say a two-digit "60s" is a temperature ("highs in the upper
 * 60s"), not the 1960s. */
static const char *const TEMP_BEFORE[] = {"upper", "lower", "high", "low", NULL};
static const char *const WEATHER[] = {"highs", "lows", "temperature", "temperatures", "temps", "degrees",
                                      "thermometer", "readings", NULL};
static const char *const DIMENSION[] = {"x", "\xC3\x97", NULL}; /* 1920 x 1080 */

/* Is t the last day of a range begun by the month day of f ("Aug. 15-16")? */
static int day_range(const tl_doc *d, const tl_frame *f, const tl_token *t)
{
    if (f->kind != K_DATE || f->month < 1 || f->year > 0 || f->day < 1 || !t || t->kind != TL_TOK_NUM ||
        tl_tok_len(t) > 2)
        return 0;
    const char *p = tl_tok_text(d, t);
    int v = 0;
    for (size_t i = 0; i < tl_tok_len(t); i++) {
        if (p[i] < '0' || p[i] > '9') return 0;
        v = v * 10 + (p[i] - '0');
    }
    return v > f->day && v <= 31;
}

/* Is the number at token k one of a pair that counts a noun: "between
 * 1500 and 1800 units", "from 1700 to 1800 tons"?  Both are amounts,
 * though each could be a year alone: 1.  2 when the other number cannot
 * be a year ("from 2000 to 2500"). */
static int counted_pair(const tl_doc *d, uint32_t k)
{
    const tl_token *prev = tl_tok_at(d, (long)k - 1), *next = tl_tok_at(d, (long)k + 1);
    long second = (tl_tok_is(d, prev, "and") || tl_tok_is(d, prev, "to")) && k >= 2 &&
                  d->tokens.items[k - 2].kind == TL_TOK_NUM ? (long)k
                  : (tl_tok_is(d, next, "and") || tl_tok_is(d, next, "to")) && k + 2 < d->tokens.len &&
                  d->tokens.items[k + 2].kind == TL_TOK_NUM ? (long)k + 2 : -1;
    /* a pair only after "from" or "between" ("sentenced in 1995 to 15 years" is none) */
    const tl_token *opener = second < 0 ? NULL : tl_tok_at(d, second - 3);
    if (!tl_tok_is(d, opener, "from") && !tl_tok_is(d, opener, "between")) return 0;
    /* "rose from 2000 to 2500 tons": a partner that cannot be a year */
    const tl_token *partner = &d->tokens.items[second == (long)k ? k - 2 : k + 2];
    const char *q = tl_tok_text(d, partner);
    int yearish = tl_tok_len(partner) == 4 && (q[0] == '1' || (q[0] == '2' && q[1] <= '1'));
    for (size_t i = 0; yearish && i < 4; i++) yearish = q[i] >= '0' && q[i] <= '9';
    if (!yearish) return 2;
    const tl_token *noun = tl_tok_at(d, second + 1);
    if (!noun || noun->kind != TL_TOK_WORD || (noun->flags & TL_TOKF_CAP) || tl_temporal_word(d, noun)) return 0;
    const char *p = tl_tok_text(d, noun);
    size_t n = tl_tok_len(noun);
    return n > 2 && p[n - 1] == 's' && p[n - 2] != 's'; /* a plural noun */
}

/* "1950-53": two digits glued after the dash that end a range of years
 * (a later year of the same century), not a compound ("1988-89" crop
 * figures are rare beside years in news). */
static int short_year_end(const tl_doc *d, int year, const tl_token *dash, const tl_token *t)
{
    if (!t || t->kind != TL_TOK_NUM || tl_tok_len(t) != 2 || t->start != dash->end) return 0;
    const char *p = tl_tok_text(d, t);
    int v = (p[0] - '0') * 10 + (p[1] - '0');
    return p[0] >= '0' && p[0] <= '9' && p[1] >= '0' && p[1] <= '9' && v > year % 100;
}

/* Numbers that are amounts, scores, phone numbers or parts of compounds. */
int tl_numbers_ok(const tl_around *c, const tl_frame *f)
{
    const tl_doc *d = c->d;
    const tl_token *prev = c->prev, *next = c->next;
    if (c->numeric_first && tl_tok_in(d, prev, CURRENCY)) return 0; /* "$15", "#1998" */
    if (c->numeric_last && tl_percent_word(d, next)) return 0;   /* "15%", "1998 percent" */
    if (f->kind == K_YEAR && f->era == 0 && f->year < 1600 && !tl_tok_in(d, prev, EARLY_YEAR_CONTEXT))
        return 0; /* "1200 people": a count, unless "in 1066" */
    int pair = f->kind == K_YEAR ? counted_pair(d, c->a->tok0) : 0;
    if (pair == 2 || (pair && f->year < 1900)) return 0; /* a modern year stays one: "from 1990 to 1995 prices" */
    int range = f->kind == K_YEAR; /* "2009-2010": two years, two timexes */
    const tl_token *before = tl_tok_at(d, (long)c->a->tok0 - 2), *after = tl_tok_at(d, (long)c->z->tok1 + 2);
    if (c->numeric_last && !range && tl_tok_is(d, next, "-") && after && after->kind == TL_TOK_NUM &&
        !day_range(d, f, after))
        return 0; /* "3-2" scores */
    if (c->numeric_first && tl_tok_is(d, prev, "-") && prev->end == tl_first_tok(c)->start && before &&
        before->kind == TL_TOK_NUM && !(range && tl_year_token(d, before)))
        return 0; /* "555-1234", "1988-89": the second number of a pair */
    if (f->kind != K_ISO && next && next->start == d->tokens.items[c->z->tok1].end && tl_tok_is(d, next, "-") &&
        !(tl_tok_is(d, after, "-") && after->start == next->end) && /* "this year--": a dash */
        !(range && (tl_year_token(d, after) || short_year_end(d, f->year, next, after))) && !day_range(d, f, after) &&
        !((f->kind == K_MONTH || (f->kind == K_DATE && f->year < 0)) && after && tl_lex_has(d, after, S_MONTH)))
        return 0; /* "a year-earlier", "1988-89": part of a compound (not "the January-March period",
                     "July 12-August 14") */
    if ((c->numeric_first && tl_tok_in(d, prev, DIMENSION)) || (c->numeric_last && tl_tok_in(d, next, DIMENSION)))
        return 0; /* "1800 x 1920": a dimension or a resolution, not years */
    if (c->numeric_first && tl_first_tok(c)->kind == TL_TOK_NUM && tl_tok_in(d, prev, LABEL))
        return 0; /* "Flight 2013", "Route 66"; not "along the route two years ago" */
    if (c->len >= 2 && c->m->sym[0] == S_A && c->m->sym[1] == S_CARD) {
        int32_t n = tl_span_val(c->a + 1, S_CARD);
        if (n < 100 && n != 12) return 0; /* "a six year": the count is the number, not "a" */
    }
    return 1;
}

/* A two-digit decade that is a temperature: "in the upper 60s", "highs in
 * the mid-70s" (an apostrophe, "the '60s", makes it a decade). */
int tl_temperature(const tl_around *c, const tl_frame *f)
{
    const tl_doc *d = c->d;
    const tl_token *t = &d->tokens.items[c->z->tok1];
    if (f->kind != K_DECADE || t->kind != TL_TOK_NUM || tl_tok_len(t) != 3 || c->z->tok0 != c->z->tok1) return 0;
    return tl_tok_in(d, c->prev, TEMP_BEFORE) || tl_word_before(d, c->a->tok0, 10, WEATHER);
}

/* The year of a dated month joined after a yearless one by "and", "or",
 * "to" or a dash: "between September and October of 2007", "May 5 to June
 * 7, 2006" share the year named last.  0 when none. */
int tl_coord_year(const tl_spans *s, size_t i)
{
    const tl_span *sp = s->items;
    if (i + 2 >= s->len || sp[i].sentence != sp[i + 2].sentence) return 0;
    if (!(sp[i].mask & (1ull << S_AND | 1ull << S_OR | 1ull << S_TO | 1ull << S_DASH)) ||
        !tl_span_has(&sp[i + 1], S_MONTH))
        return 0;
    size_t j = i + 2;
    if (j < s->len && (sp[j].mask & (1ull << S_DAY | 1ull << S_ORD)) && !tl_span_has(&sp[j], S_YEAR)) j++;
    if (j < s->len && (sp[j].mask & (1ull << S_COMMA | 1ull << S_OF))) j++;
    return j < s->len && sp[j].sentence == sp[i].sentence && tl_span_has(&sp[j], S_YEAR)
               ? tl_span_val(&sp[j], S_YEAR)
               : 0;
}
