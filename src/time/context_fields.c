/* context_fields.c -- what the words around an accepted match tell the
 * normalizer: the frame fields that depend on context, not on the pattern
 * ("the year ended March 31", "the March jobs report", "the 2014 World
 * Cup", "crude for delivery in January", "festivals like Christmas"). */
#include "context.h"

const char *const tl_possessive[] = {"his", "her", "their", "my", "your", "our", "its", NULL};
static const char *const DELIVERY_PREP[] = {"in", "for", NULL};
static const char *const DELIVERY[] = {"delivery", "deliveries", NULL}; /* not "awarded contracts in June" */
static const char *const CONTRACT[] = {"delivery", "deliveries", "contract", "contracts", "futures",
                                       "settlement", NULL};

/* Events set on the calendar, looked towards or called for a day: "ahead
 * of Sunday's vote", "called a strike for Monday". */
static const char *const SCHEDULED[] = {
    "match", "game", "clash", "tie", "tussle", "final", "semi-final", "vote", "election", "elections", "poll",
    "polls", "summit", "meeting", "talks", "deadline", "race", "hearing", "showdown", "encounter", "fixture",
    "derby", "referendum", "debate", "opener", "decider", "rematch", "strike", "strikes", "rally", "protest",
    "protests", "march", "ceremony", NULL};

static const char *const NOT_NOUN[] = {"of", "to", "and", "or", "in", "on", "at", "that", "which", "when",
                                       "was", "is", "will", "has", "had", NULL};
static const char *const SEASON_CLASS_BEFORE[] = {"to", "by", "of", "for", "from", "with", "against", NULL};

/* Is a word between prev and next a premodifier of a noun: a determiner
 * before, a lower-case word after ("the March jobs report", "its May
 * sales")? */
static int attributive(const tl_doc *d, const tl_token *prev, const tl_token *next)
{
    return (tl_tok_is(d, prev, "the") || tl_tok_in(d, prev, tl_possessive)) && next && next->kind == TL_TOK_WORD &&
           !(next->flags & TL_TOKF_CAP) && !tl_tok_in(d, next, NOT_NOUN);
}

/* Does the expression at token k stand as an example after "like" or
 * "such as", alone or in a list of names ("festivals like the Valentine's
 * Day and Christmas")? */
static int example_of_kind(const tl_doc *d, uint32_t k)
{
    static const char *const LIST[] = {"the", "and", "or", ",", "'s", "'", NULL};
    for (long j = (long)k - 1, steps = 0; j >= 0 && steps < 8; j--, steps++) {
        const tl_token *t = &d->tokens.items[j];
        if (t->sentence != d->tokens.items[k].sentence) return 0;
        if (tl_tok_is(d, t, "like")) return 1;
        if (tl_tok_is(d, t, "as")) return tl_tok_is(d, tl_tok_at(d, j - 1), "such");
        if (!tl_tok_in(d, t, LIST) && !((t->flags & TL_TOKF_CAP) && t->kind == TL_TOK_WORD)) return 0;
    }
    return 0;
}

/* The month and day after "ended"/"ending" (token t), as month * 100 +
 * day: "the quarter ended July 31" (0 when none). */
static int ended_on(const tl_doc *d, const tl_token *t)
{
    int m;
    if (!tl_tok_is(d, t, "ended") && !tl_tok_is(d, t, "ending")) return 0;
    long i = (long)(t - d->tokens.items) + 1;
    if (!tl_lex_value(d, tl_tok_at(d, i), S_MONTH, &m)) return 0;
    const tl_token *day = tl_tok_at(d, ++i);
    if (tl_tok_is(d, day, ".")) day = tl_tok_at(d, ++i);
    if (!day || day->kind != TL_TOK_NUM || day->sentence != t->sentence || tl_tok_len(day) > 2) return 0;
    const char *p = tl_tok_text(d, day);
    int n = 0;
    for (size_t k = 0; k < tl_tok_len(day); k++) {
        if (p[k] < '0' || p[k] > '9') return 0;
        n = n * 10 + (p[k] - '0');
    }
    return n >= 1 && n <= 31 ? m * 100 + n : 0;
}

/* Is the possessive weekday at c an event looked towards: a preposition of
 * anticipation before ("ahead of", "for", "to") and an event on the
 * calendar after the "'s" ("ahead of Sunday's vote", "warmed up for
 * Tuesday's titanic tussle")? */
static int event_ahead(const tl_around *c)
{
    static const char *const TOWARDS[] = {"for", "to", "before", "towards", "toward", NULL};
    const tl_doc *d = c->d;
    int ahead = tl_tok_is(d, c->prev, "of") && tl_tok_is(d, tl_tok_at(d, (long)c->a->tok0 - 2), "ahead");
    if (!ahead && !tl_tok_in(d, c->prev, TOWARDS)) return 0;
    for (long j = (long)c->z->tok1 + 2, k = 0; k < 4; j++, k++) { /* past the "'s" */
        const tl_token *w = tl_tok_at(d, j);
        if (!w || w->sentence != c->z->sentence || w->kind != TL_TOK_WORD) return 0;
        if (tl_tok_in(d, w, SCHEDULED)) return 1;
    }
    return 0;
}

/* "from a year earlier to 1.055 billion dollars in 1996": the year after
 * "in" further on in the clause (no comma, at most 12 tokens), else 0. */
static const char *const COMPARED_FROM[] = {"from", "than", "over", NULL};
static int year_after(const tl_around *c)
{
    const tl_doc *d = c->d;
    for (long j = (long)c->z->tok1 + 1, k = 0; k < 12; j++, k++) {
        const tl_token *w = tl_tok_at(d, j);
        if (!w || w->sentence != c->z->sentence || tl_tok_is(d, w, ",") || tl_tok_is(d, w, ";")) return 0;
        if (tl_tok_is(d, w, "in") && tl_year_number(d, tl_tok_at(d, j + 1))) return tl_year_number(d, tl_tok_at(d, j + 1));
    }
    return 0;
}

void tl_context_fields(const tl_around *c, tl_frame *f)
{
    const tl_doc *d = c->d;
    f->after_of = tl_tok_is(d, c->prev, "of");
    f->poss = c->next && (tl_tok_is(d, c->next, "'s") || tl_tok_is(d, c->next, "\xE2\x80\x99s"));
    /* "the year ended March 31", "the year (up) to March": a reporting period */
    f->ended = tl_tok_is(d, c->next, "ended") || tl_tok_is(d, c->next, "ending") || tl_tok_is(d, c->next, "to") ||
               tl_tok_is(d, c->next, "through") ||
               (tl_tok_is(d, c->next, "up") && tl_tok_is(d, tl_tok_at(d, (long)c->z->tok1 + 2), "to"));
    f->end_md = f->ended ? ended_on(d, c->next) : 0;
    /* "against 1.9647 a day earlier": an amount compared with its value a
     * unit back */
    f->amount_before = c->prev && (c->prev->kind == TL_TOK_NUM || tl_amount_word(d, c->prev));
    f->attrib = f->month > 0 && f->year < 0 && attributive(d, c->prev, c->next);
    /* "the 2014 World Cup", "the 2005 Ashes skipper": a year naming an
     * event or a title, no frame for the months after it */
    if (f->kind == K_YEAR && c->len == 1 && (tl_tok_is(d, c->prev, "the") || tl_tok_in(d, c->prev, tl_possessive)) &&
        c->next && c->next->kind == TL_TOK_WORD && !tl_tok_in(d, c->next, NOT_NOUN))
        f->attrib = 1;
    /* "exposure to winter weather", "hit by summer storms": a bare season
     * between a preposition and a lower-case noun classifies the noun (a
     * kind of weather), whatever the tense of the clause */
    if (f->kind == K_SEASON && c->len == 1 && tl_tok_in(d, c->prev, SEASON_CLASS_BEFORE) && c->next &&
        c->next->kind == TL_TOK_WORD && !(c->next->flags & TL_TOKF_CAP) && !tl_tok_in(d, c->next, NOT_NOUN))
        f->attrib = 1;
    /* "in 1990, the year ...", "2007 was the year of the phone": that year */
    f->appos_year = tl_tok_is(d, c->prev, ",") || tl_tok_is(d, c->prev, "was") || tl_tok_is(d, c->prev, "is")
                        ? tl_year_number(d, tl_tok_at(d, (long)c->a->tok0 - 2))
                        : 0;
    f->coord_year = f->year < 0 && f->month > 0 ? tl_coord_year(c->s, c->m->end) : 0;
    f->since = tl_tok_is(d, c->prev, "since");
    f->overnight = c->len == 1 && tl_tok_is(d, tl_first_tok(c), "overnight");
    f->poss_ahead = f->poss && f->wday > 0 && event_ahead(c);
    /* "the Feb. 14 assassination", "the September 11 attacks": an incident
     * already happened, whatever the clause's tense */
    static const char *const INCIDENT[] = {"assassination", "attack", "attacks", "bombing", "bombings", "killing",
                                           "killings", "massacre", "murder", "blast", "blasts", "explosion",
                                           "crash", "shooting", "coup", "uprising", "invasion", "disaster",
                                           "earthquake", "quake", "tsunami", "raid", "raids", "riots", NULL};
    /* (one word may stand between: "the Sept. 11 terror attacks") */
    f->incident = f->month > 0 && f->year < 0 &&
                  (tl_tok_in(d, c->next, INCIDENT) ||
                   (c->next && c->next->kind == TL_TOK_WORD &&
                    tl_tok_in(d, tl_tok_at(d, (long)c->z->tok1 + 2), INCIDENT)));
    /* and "the 7 July bombings in London in 2005": a date before its event */
    f->year_after = (f->kind == K_LATER && tl_tok_in(d, c->prev, COMPARED_FROM)) ||
                            (f->kind == K_DATE && f->year < 0 && f->month > 0 && f->attrib > 0)
                        ? year_after(c)
                        : 0;
    /* "called a mass strike for Monday", "set elections for March" */
    f->for_event = (f->wday > 0 || f->month > 0) && !f->poss && tl_tok_is(d, c->prev, "for") &&
                   tl_tok_in(d, tl_tok_at(d, (long)c->a->tok0 - 2), SCHEDULED);
    /* "on Christmas Eve in 2000": a holiday of the year after it */
    if (f->kind == K_HOLIDAY && f->year < 0 && tl_tok_is(d, c->next, "in"))
        f->year_after = tl_year_number(d, tl_tok_at(d, (long)c->z->tok1 + 2));
    /* "on Dec. 11-13 of 2007": a day range and its year */
    if (f->kind == K_DATE && f->year < 0 && f->month > 0 && !f->year_after) {
        long j = (long)c->z->tok1 + 1;
        const tl_token *t = tl_tok_at(d, j);
        if (tl_tok_is(d, t, "-") && tl_tok_at(d, j + 1) && tl_tok_at(d, j + 1)->kind == TL_TOK_NUM) t = tl_tok_at(d, j += 2);
        if (tl_tok_is(d, t, "of")) f->year_after = tl_year_number(d, tl_tok_at(d, j + 1));
    }
    /* "festivals like Valentine's Day and Christmas", "holidays such as
     * Easter": an example of a kind names no date */
    f->generic = example_of_kind(d, c->a->tok0);
    /* "crude for March delivery", "the December contract": the month a
     * futures contract matures, which is never already past */
    f->contract = f->kind == K_MONTH &&
                  (tl_tok_in(d, c->next, CONTRACT) || /* "crude for delivery in January" */
                   (tl_tok_in(d, c->prev, DELIVERY_PREP) && tl_tok_in(d, tl_tok_at(d, (long)c->a->tok0 - 2), DELIVERY)));
}
