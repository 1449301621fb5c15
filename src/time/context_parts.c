/* context_parts.c -- context checks of seasons and parts of the day:
 * a season inside a name ("the Arab Spring"), "the fall" that is a drop,
 * and a part of the day that stands alone as a time ("in the afternoon",
 * "died overnight") rather than before a noun ("the morning paper"). */
#include "context.h"

/* A capitalised season inside a name: "the Arab Spring", "the Prague
 * Spring uprising", "the Summer Olympics", "Winter Storm Elliott".  In
 * running text a season is lower case; capitalised after or before another
 * capitalised word (not a temporal one: "Last Summer", "Summer 2025") it is
 * part of the name of an event, not a time. */
int tl_season_name(const tl_doc *d, const tl_around *c)
{
    const tl_token *t = &d->tokens.items[c->z->tok1];
    if (t->kind != TL_TOK_WORD || !(t->flags & TL_TOKF_CAP)) return 0;
    const tl_token *before = c->z->tok1 > c->a->tok0 ? NULL : c->prev;
    if (tl_cap_word(before) && !tl_temporal_word(d, before)) return 1; /* not "Since Autumn this year" */
    return tl_cap_word(c->next) && !tl_temporal_word(d, c->next);
}

/* "the fall" is the noun of a drop ("The fall was led by utilities", "the
 * fall in prices", "despite the fall") more often than the season.  With
 * its article it is the season only as a time adverbial: after a
 * preposition of time ("in the fall", "by the fall") or "the end of", or
 * before a word that makes it one ("the fall season", "the fall of 2005",
 * "the fall and winter").  An "in" or "from" with a common noun after it
 * is the drop's complement even then ("since the fall in prices", "after
 * the fall from power").  "this fall", "last fall", "fall 2005" and a bare
 * "fall" (context checks it apart) are not this case. */
static const char *const FALL_THE_BEFORE[] = {"in", "during", "by", "until", "till", "through", "throughout",
                                              "into", "since", "before", "after", "over", "for", NULL};
static const char *const FALL_COMPLEMENT[] = {"in", "from", NULL};
static const char *const FALL_COORD[] = {"and", "or", "to", "-", NULL};

int tl_fall_is_drop(const tl_doc *d, const tl_around *c, const tl_frame *f)
{
    if (f->kind != K_SEASON || f->year >= 0 || f->rel >= 0 || c->len != 2 || c->m->sym[0] != S_THE ||
        !tl_tok_is(d, &d->tokens.items[c->z->tok0], "fall"))
        return 0;
    const tl_token *prev = c->prev, *next = c->next;
    const tl_token *after = next ? tl_tok_at(d, (long)c->z->tok1 + 2) : NULL;
    while (after && after->sentence == c->a->sentence && tl_tok_is(d, after, "the"))
        after = tl_tok_at(d, (long)(after - d->tokens.items) + 1);
    if (tl_tok_in(d, next, FALL_COMPLEMENT) && after && after->sentence == c->a->sentence &&
        after->kind == TL_TOK_WORD && !(after->flags & TL_TOKF_CAP) && !tl_temporal_word(d, after))
        return 1; /* "the fall in prices", "the fall from grace" */
    if (tl_tok_in(d, prev, FALL_THE_BEFORE)) return 0;
    const tl_token *head = prev ? tl_tok_at(d, (long)(prev - d->tokens.items) - 1) : NULL;
    if (tl_tok_is(d, prev, "of") && head && head->sentence == c->a->sentence && tl_lex_has(d, head, S_POSN))
        return 0; /* "the end of the fall" */
    if (next && (next->kind == TL_TOK_NUM || tl_lex_has(d, next, S_UNIT) || tl_lex_has(d, next, S_UNITS)))
        return 0; /* "the fall season", "the fall 2005 elections" */
    if (tl_tok_in(d, next, FALL_COORD) && after && after->sentence == c->a->sentence &&
        tl_lex_has(d, after, S_SEASON))
        return 0; /* "the fall and winter" */
    return !tl_tok_is(d, next, "of"); /* "the fall of 2005" is read whole, "the fall of the city" below */
}

/* A part of day with no day of its own ("in the afternoon", "the night",
 * "mid-morning") is a time on the reference day only when it stands
 * alone: a word after it that is not a function word makes it a modifier
 * ("the morning paper", "the evening news", "late-night shows"), an
 * "of" or a clause names another day ("the night of Oct. 23", "the night
 * the plane crashed"); "the morning" needs a preposition of time before
 * it ("on the night he died" is that clause's night), a bare one an "early",
 * "mid" or "late" ("mid-afternoon"; "morning" alone is too often a noun). */
static const char *const POD_BEFORE[] = {"in", "during", "by", "through", "throughout", "until", "till",
                                         "into", "since", NULL};
const char *const tl_pod_after[] = {"he", "she", "it", "they", "we", "i", "you", "to", "at", "in", "on",
                                        "for", "with", "from", "and", "but", "or", "as", "when", "while",
                                        "after", "before", "there", "then", "until", "because", NULL};

int tl_bare_pod_ok(const tl_around *c, const tl_frame *f)
{
    const tl_doc *d = c->d;
    int the = tl_span_has(c->a, S_THE) && c->m->sym[0] == S_THE;
    if (!(f->kind == K_ANAPHOR && f->pod > 0 && f->that < 0 && f->rel < 0) &&
        !(f->kind == K_THEUNIT && f->unit == U_NIGHT && f->rel < 0 && f->fiscal < 0))
        return 1; /* not a bare part of day */
    size_t i = c->m->first;
    const tl_span *sp = c->s->items;
    /* "in mid-afternoon trading", "by mid-morning the crowd": after a
     * preposition a positioned part of day is the time even before a noun
     * (not "the late-night show") */
    if (!the && i >= 2 && tl_span_has(&sp[i - 1], S_DASH) && tl_span_has(&sp[i - 2], S_POS) &&
        sp[i - 2].sentence == c->a->sentence && i >= 3 && sp[i - 3].sentence == c->a->sentence &&
        tl_tok_in(d, &d->tokens.items[sp[i - 3].tok1], POD_BEFORE))
        return 1;
    const tl_token *n = c->next;
    /* "died overnight", "overnight losses in New York": the adverb, and
     * the time of a market's moves (not "an overnight stay", "the
     * overnight rate": a kind of thing) */
    static const char *const KIND_BEFORE[] = {"the", "a", "an", "its", "their", NULL};
    static const char *const OVERNIGHT_KIND[] = {"rate", "rates", "lending", "loans", "loan", "deposit", "deposits",
                                                 "money", "repo", "interbank", "stay", "stays", "flight", "flights",
                                                 "train", "bag", "low", "lows", "temperatures", "temperature",
                                                 NULL};
    if (!the && c->len == 1 && tl_tok_is(d, tl_first_tok(c), "overnight"))
        return !tl_tok_in(d, c->prev, KIND_BEFORE) && !tl_tok_in(d, n, OVERNIGHT_KIND);
    /* "soared in morning deals", "in afternoon trading": a market's session */
    static const char *const SESSION[] = {"trade", "trading", "deals", "dealings", "session", "business", NULL};
    if (!the && c->len == 1 && tl_tok_in(d, c->prev, POD_BEFORE) && tl_tok_in(d, n, SESSION)) return 1;
    if (n && n->kind == TL_TOK_WORD && !tl_tok_in(d, n, tl_pod_after)) return 0;
    /* "in the middle of the night": a position in it, as "in the night" */
    if (the && tl_tok_is(d, c->prev, "of") &&
        (tl_tok_is(d, tl_tok_at(d, (long)c->a->tok0 - 2), "middle") || tl_tok_is(d, tl_tok_at(d, (long)c->a->tok0 - 2), "dead")))
        return 1; /* and "in the dead of the night" */
    if (the) return tl_tok_in(d, c->prev, POD_BEFORE);
    return i >= 1 && tl_span_has(&sp[i - 1], S_POS) && sp[i - 1].sentence == c->a->sentence;
}
