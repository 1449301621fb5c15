/* tense.c -- clause tense from cue words.
 *
 * News prose reports the past, so the tagger's default is the past; this
 * module only has to find the clauses that speak of the future ("will meet
 * on Friday", "is scheduled for", "plans to", "said it would") and confirm
 * the past ones.  A cue is looked for first before the expression, back to
 * the clause start (a semicolon, a colon, a quote; a parenthetical aside is
 * skipped, and one around the expression is left), then after it.
 *
 * The cue words and the reading of one token are in tense_words.c and
 * tense_token.c, the shapes of a clause (a list after a colon, a
 * participle clause, a rescheduling) in tense_clause.c; this file walks
 * the clause: the order of the scans, and the checks that undo a reading
 * (a headline, a caption, a relative clause, a known event). */
#include <stdint.h>
#include <string.h>

#include "tense_int.h"

/* A closing straight quote after a full stop (".' Monday's visit will ..."):
 * the quotation ended there, even when the sentence splitter ran on. */
static int quote_end(const tl_doc *d, size_t k)
{
    const tl_token *t = &d->tokens.items[k];
    if (k == 0 || tl_tok_len(t) != 1 || tl_tok_text(d, t)[0] != '\'') return 0;
    const tl_token *p = &d->tokens.items[k - 1];
    char c = tl_tok_len(p) == 1 ? tl_tok_text(d, p)[0] : 0;
    return c == '.' || c == '?' || c == '!';
}

/* A parenthesis met while scanning in direction dir: 1 when the scan
 * leaves the parenthetical it started in ("(4 a.m. Thursday)" takes the
 * tense of the clause around it), -1 when it enters one (skipped whole: an
 * aside does not set the clause's tense), 0 for any other token. */
static int paren(const tl_doc *d, const tl_token *t, int dir)
{
    if (tl_tok_len(t) != 1) return 0;
    char c = tl_tok_text(d, t)[0];
    if (c == '(') return dir < 0 ? 1 : -1;
    if (c == ')') return dir > 0 ? 1 : -1;
    return 0;
}

typedef struct {
    tl_tense tense;
    int weak_only; /* the future came from weak cues alone ("planned", "until") */
    int from_past; /* "would": the future of a past moment */
    int by_aux;    /* decided by an auxiliary ("was", "had") */
    int schedule;  /* a present of schedule ("starts on Friday") */
    int futurate;  /* by a verb off the schedule lists (FUTURATE) */
} reading;

/* The tense of the words from k stepping by dir (-1 or +1), at most max
 * words, within the clause in sentence sent (and before a coordinating
 * conjunction when coord_stops); TL_TENSE_UNKNOWN when no cue decides. */
static reading scan(const tl_doc *d, size_t k, int dir, int max, int coord_stops, uint32_t sent, int sched)
{
    const tl_token *tk = d->tokens.items;
    int weak = 0, until = 0, depth = 0, comma = 0, goal = 0, participle = 0, start = 0;
    size_t inf = SIZE_MAX; /* the "to" of the nearest infinitive crossed going back */
    reading r = {TL_TENSE_UNKNOWN, 0, 0, 0, 0, 0};
    for (int steps = 0; steps < max; steps++, k += (size_t)(long)dir) {
        if (k >= d->tokens.len || tk[k].sentence != sent || quote_end(d, k)) break;
        if (tl_tense_boundary(d, &tk[k]) && !(dir < 0 && tl_tense_list_colon(d, k, sent))) break;
        int p = paren(d, &tk[k], dir);
        if (p < 0) depth++;
        else if (p > 0 && depth > 0) depth--;
        if (is_word(d, &tk[k], ",")) comma = 1;
        if (p || depth || tk[k].kind != TL_TOK_WORD) {
            if (k == 0 && dir < 0) break;
            /* an aside in parentheses does not use up the window: "rose
             * 1.5 percent (2.1 percent a year earlier) in February" */
            if (depth || p) steps--;
            continue;
        }
        /* "a two-day meeting beginning Thursday", "the event starting on
         * Thursday": the start of something set, on the day nearest the
         * DCT whatever the main verb's tense */
        if (dir < 0 && steps <= 1 && (tl_tense_lists_of(d, &tk[k]) & L_START)) {
            start = 1;
            continue;
        }
        /* past the head of a participle clause only a future carries over
         * ("will play in Group G, opening against Togo on June 13") */
        if (dir < 0 && !participle && tl_tense_participle_head(d, k, sent)) participle = 1;
        if (coord_stops && (is_word(d, &tk[k], "and") || is_word(d, &tk[k], "but") || is_word(d, &tk[k], "or")) &&
            !tl_tense_date_coordination(d, k) && (steps == 0 || !tl_tense_np_coordination(d, k)))
            break; /* ("by March and President X has said": next to the expression "and" joins clauses) */
        const tl_token *prev = k > 0 && tk[k - 1].sentence == sent ? &tk[k - 1] : NULL;
        const tl_token *nxt = k + 1 < d->tokens.len ? &tk[k + 1] : NULL;
        /* after the expression a present verb is as often in a relative
         * clause ("On Thursday, Ozawa, who heads the party, promised"):
         * a schedule is read only before it */
        cue_kind cue = tl_tense_token_cue(d, k, prev, nxt, sched && dir < 0, dir < 0);
        /* "Beginning July 1, unleaded petrol will": after the expression an
         * "-ed" right after a comma is an adjective or a participle, no
         * verb of the clause (a subject would come first) */
        if (cue == PAST && dir > 0 && is_word(d, prev, ",") &&
            tl_tense_word_cue(tl_tok_text(d, &tk[k]), tl_tok_len(&tk[k])) == PAST_ED)
            cue = NONE;
        /* "Smith, who heads the union, on Tuesday resigned": a relative
         * clause closed before the expression is not its clause */
        if ((cue == SCHED || cue == FUTURATE || cue == PRESENT) && comma && dir < 0 &&
            (is_word(d, prev, "who") || is_word(d, prev, "which") || is_word(d, prev, "that")))
            cue = NONE;
        /* "by February", "through January": a deadline or the end of a span,
         * ahead unless a perfect or a past auxiliary says otherwise */
        if (steps == 0 && dir < 0 && (is_word(d, &tk[k], "by") || is_word(d, &tk[k], "through")))
            cue = tl_tense_past_verb_before(d, k, sent) ? NONE : UNTIL;
        /* "adjourned the case to February": a plan set by a past act */
        if (steps == 0 && dir < 0 && tl_tense_reschedule_goal(d, k, sent)) cue = WEAK_FUTURE, goal = 1;
        if (dir < 0 && inf == SIZE_MAX && steps > 0 && is_word(d, &tk[k], "to") && k > 0 &&
            tl_tense_infinitive_after(d, k - 1))
            inf = k;
        if (start && (cue == PAST || cue == PAST_ED || cue == PAST_AUX || cue == PERFECT || cue == PRESENT ||
                      cue == SCHED || cue == FUTURATE))
            break; /* the main verb's past or present: the start stays the nearest day */
        if (participle && cue != FUTURE && cue != MODAL && cue != WOULD && cue != WEAK_FUTURE && cue != NONE &&
            cue != UNTIL && cue != PLAN && cue != BE && cue != AS && cue != COULD)
            break;
        switch (cue) {
        case FUTURE: case MODAL: r.tense = TL_TENSE_FUTURE; return r;
        case WOULD: r.tense = TL_TENSE_FUTURE; r.from_past = 1; return r;
        case WEAK_FUTURE: if (dir > 0) { r.tense = TL_TENSE_FUTURE; return r; } weak = 1; break;
        case UNTIL: until = 1; break;
        case PAST_AUX: /* "was scheduled to meet Friday": a plan seen from the past */
            /* "were to meet Wednesday": "be to" is a plan too */
            if (dir < 0 && k + 1 < d->tokens.len && is_word(d, &tk[k + 1], "to")) weak = 1;
            r.tense = weak ? TL_TENSE_FUTURE : TL_TENSE_PAST;
            /* 2: from a past moment not named, whose day may have come
             * ("was due to arrive Friday"); the goal of a rescheduling
             * stays ahead of the act (1) */
            r.from_past = goal ? 1 : weak ? 2 : 0;
            r.by_aux = 1;
            if (!weak && !until && inf != SIZE_MAX && tl_tense_purpose_after_dated_clause(d, k, inf))
                r.tense = TL_TENSE_FUTURE, r.from_past = 1, r.by_aux = 0;
            return r;
        case PERFECT: r.tense = TL_TENSE_PAST; r.by_aux = 1; return r;
        case PAST: case PAST_ED:
            if (weak || until) break;
            r.tense = TL_TENSE_PAST;
            /* "By August, the bank has granted ...": a present perfect is
             * an auxiliary's past too ("has to decide" is no perfect) */
            r.by_aux = (is_word(d, &tk[k], "has") || is_word(d, &tk[k], "have")) && !is_word(d, nxt, "to");
            if (dir < 0 && (tl_tense_future_in_past(d, k, sent) ||
                            (inf != SIZE_MAX && tl_tense_purpose_after_dated_clause(d, k, inf))))
                r.tense = TL_TENSE_FUTURE, r.from_past = 1, r.by_aux = 0;
            return r;
        case PRESENT: r.tense = weak || until ? TL_TENSE_FUTURE : TL_TENSE_PRESENT; return r;
        case SCHED: case FUTURATE:
            r.tense = TL_TENSE_FUTURE;
            r.schedule = 1;
            r.futurate = cue == FUTURATE;
            return r;
        case NONE: case COULD: case BE: case AS: case PLAN: break;
        }
        if (k == 0 && dir < 0) break;
    }
    if (weak || until || start) r.tense = TL_TENSE_FUTURE;
    r.weak_only = weak || until || start;
    r.from_past = start ? 2 : goal;
    return r;
}

/* Does ", said" (says, told, added) follow token last?  Then the words
 * after the comma report the clause before it. */
static int reporting_after(const tl_doc *d, size_t last, uint32_t sent)
{
    static const char *const V[] = {"said", "says", "told", "added", "according", NULL};
    const tl_token *tk = d->tokens.items;
    if (last + 2 >= d->tokens.len || tk[last + 2].sentence != sent || !is_word(d, &tk[last + 1], ","))
        return 0;
    for (const char *const *v = V; *v; v++)
        if (is_word(d, &tk[last + 2], *v)) return 1;
    return 0;
}

/* A sentence that does not end in a full stop, a question or exclamation
 * mark: a headline, whose present tense reports the past ("Putin meets
 * Trump in Alaska"). */
static int headline(const tl_doc *d, size_t k, uint32_t sent)
{
    const tl_token *tk = d->tokens.items;
    while (k + 1 < d->tokens.len && tk[k + 1].sentence == sent) k++;
    if (tl_tok_len(&tk[k]) != 1) {
        /* a closing quote after the stop */
        if (k == 0 || tk[k].kind != TL_TOK_PUNCT) return 1;
        k--;
    }
    char c = tl_tok_len(&tk[k]) == 1 ? tl_tok_text(d, &tk[k])[0] : 0;
    if ((c == '"' || c == '\'' || c == ')') && k > 0)
        c = tl_tok_len(&tk[k - 1]) == 1 ? tl_tok_text(d, &tk[k - 1])[0] : 0;
    return c != '.' && c != '?' && c != '!';
}

/* A photo caption, whose present tense describes the picture ("Netanyahu
 * visits the Western Wall on March 18 (Thomas Coex/AFP/Getty Images)"): a
 * parenthesis after the expression, on its line, holding "Photo", "Images",
 * "Getty". */
static int caption(const tl_doc *d, size_t k)
{
    const tl_token *tk = d->tokens.items;
    int open = 0;
    /* to the end of the line: the credit often follows the full stop */
    size_t end = k + 60;
    for (; k < d->tokens.len && k < end && !(tk[k].flags & (TL_TOKF_NEWLINE | TL_TOKF_PARA)); k++) {
        if (tl_tok_len(&tk[k]) == 1 && tl_tok_text(d, &tk[k])[0] == '(') open = 1;
        else if (open && (is_word(d, &tk[k], "photo") || is_word(d, &tk[k], "images") ||
                          is_word(d, &tk[k], "getty") || is_word(d, &tk[k], "photos")))
            return 1;
    }
    return 0;
}

/* May the clause of tokens [first, last] be a schedule in the present?
 * Not in a headline, nor for an expression naming a known event: "the
 * Oct. 3 attack", "Friday's meeting" (they are investigating it, it is
 * not ahead). */
static int schedule_allowed(const tl_doc *d, size_t first, size_t last, uint32_t sent)
{
    const tl_token *tk = d->tokens.items;
    if (last + 1 < d->tokens.len && is_word(d, &tk[last + 1], "'s")) return 0;
    static const char *const DET[] = {"the", "a", "an", "its", "their", "his", "her", "this", "that", NULL};
    char b[8];
    if (first > 0 && tk[first - 1].sentence == sent && tl_tok_lower(d, &tk[first - 1], b, sizeof b) &&
        in_list(DET, b, strlen(b)))
        return 0;
    return !headline(d, last, sent) && !caption(d, last + 1);
}

static reading clause_reading(const tl_doc *d, size_t first, size_t last, int sched)
{
    reading r = {TL_TENSE_UNKNOWN, 0, 0, 0, 0, 0};
    uint32_t sent = d->tokens.items[first].sentence; /* the scans stay in it */
    if (first > 0) r = scan(d, first - 1, -1, 10, 0, sent, sched);

    /* "his vow on Monday that there would be no state": what follows
     * "that" is the content of the vow, not when it was made */
    int complement = last + 1 < d->tokens.len && is_word(d, &d->tokens.items[last + 1], "that");
    if (r.tense == TL_TENSE_UNKNOWN && last + 1 < d->tokens.len && !complement) {
        r = scan(d, last + 1, 1, 6, 0, sent, sched);
        /* "may join him ... on Monday, said one of the people": a reporting
         * clause after the comma has its own tense; the clause of the
         * expression goes on further back than the usual window */
        if (r.tense == TL_TENSE_PAST && reporting_after(d, last, sent) && first > 0) {
            reading before = scan(d, first - 1, -1, 24, 0, sent, sched);
            if (before.tense == TL_TENSE_FUTURE) r = before;
        }
    } else if (r.weak_only && r.from_past == 2 && last + 1 < d->tokens.len) {
        /* "The new tariff, effective Monday, will cut prices": a future
         * after a start makes it the next one */
        reading after = scan(d, last + 1, 1, 6, 1, sent, sched);
        if (after.tense == TL_TENSE_FUTURE && !after.weak_only) r = after;
    } else if (r.weak_only && !r.from_past && last + 1 < d->tokens.len) {
        /* "until Thursday, police had not named him", "a service planned
         * for Saturday was canceled": the auxiliary after decides -- not
         * the goal of a rescheduling ("an extension to January was
         * granted": the auxiliary is the act's) */
        reading after = scan(d, last + 1, 1, 6, 1, sent, sched);
        if (after.tense == TL_TENSE_PAST && after.by_aux) r = after;
    }
    /* "Before the service late Sunday commemorating St Adalbert, the pope
     * will hold": a fronted phrase takes the tense of the main clause
     * after its comma (one right after the expression opens an aside:
     * "On Friday, when Albright set aside ..., the department lifted") */
    size_t start = first;
    while (start > 0 && d->tokens.items[start - 1].sentence == sent) start--;
    if (r.tense == TL_TENSE_UNKNOWN && first - start < 10 && !complement) {
        for (size_t k = last + 2; k < d->tokens.len && k <= last + 10 && d->tokens.items[k].sentence == sent; k++)
            if (is_word(d, &d->tokens.items[k], ",")) {
                if (k + 1 < d->tokens.len) r = scan(d, k + 1, 1, 6, 0, sent, sched);
                break;
            }
    }
    /* "would appeal Wednesday's ruling": the possessive names an event
     * already known; "would" speaks of the verb's, not of the ruling's */
    if (r.from_past && last + 1 < d->tokens.len && is_word(d, &d->tokens.items[last + 1], "'s"))
        r.tense = TL_TENSE_UNKNOWN, r.from_past = 0;
    return r;
}

/* Does a past verb follow token last (an adverb between)?  Then a present
 * read before the expression was a noun ("the jobs report Friday showed"). */
static int past_follows(const tl_doc *d, size_t last, uint32_t sent)
{
    const tl_token *tk = d->tokens.items;
    for (size_t k = last + 1; k < d->tokens.len && k <= last + 2 && tk[k].sentence == sent; k++) {
        if (tk[k].kind != TL_TOK_WORD) return 0;
        cue_kind c = tl_tense_token_cue(d, k, &tk[k - 1], k + 1 < d->tokens.len ? &tk[k + 1] : NULL, 0, 0);
        if (c == PAST || c == PAST_ED || c == PAST_AUX || c == PERFECT) return 1;
        size_t n = tl_tok_len(&tk[k]);
        if (n < 4 || memcmp(tl_tok_text(d, &tk[k]) + n - 2, "ly", 2) != 0) return 0;
    }
    return 0;
}

tl_tense tl_clause_tense(const tl_doc *d, size_t first, size_t last, int *from_past)
{
    reading r = clause_reading(d, first, last, 1);
    if (r.futurate && past_follows(d, last, d->tokens.items[first].sentence)) r = clause_reading(d, first, last, 0);
    /* a schedule read where none may be: read the clause again without */
    if (r.schedule && !schedule_allowed(d, first, last, d->tokens.items[first].sentence))
        r = clause_reading(d, first, last, 0);
    if (from_past) *from_past = r.from_past;
    return r.tense;
}

int tl_far_future(const tl_doc *d, size_t first, int reported)
{
    if (first == 0) return 0;
    reading r = scan(d, first - 1, -1, 20, 1, d->tokens.items[first].sentence, 0);
    /* for a weekday "would" needs the day it was said */
    return r.tense == TL_TENSE_FUTURE && (reported || !r.from_past);
}
