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
 * tense_token.c; this file walks the clause: its boundaries, the order of
 * the scans, and the checks that undo a reading (a headline, a caption, a
 * relative clause, a known event). */
#include <stdint.h>
#include <string.h>

#include "tense_int.h"

static int is_boundary(const tl_doc *d, const tl_token *t)
{
    const char *p = tl_tok_text(d, t);
    size_t n = tl_tok_len(t);
    if (n == 1 && (p[0] == ';' || p[0] == '"' || p[0] == ':')) return 1;
    return n == 3 && (!memcmp(p, "\xE2\x80\x9C", 3) || !memcmp(p, "\xE2\x80\x9D", 3));
}

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

/* Does the coordinator at token k join two dates ("on Monday and Tuesday
 * nights", "in March or April", "June 2 and 3")?  That is no boundary of a
 * clause. */
static int date_coordination(const tl_doc *d, size_t k)
{
    static const char *const DATE_WORDS[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        NULL};
    if (k == 0 || k + 1 >= d->tokens.len) return 0;
    int sides = 0;
    for (size_t j = k - 1; j <= k + 1; j += 2) {
        const tl_token *t = &d->tokens.items[j];
        char b[16];
        if (t->kind == TL_TOK_NUM || (t->kind == TL_TOK_WORD && (t->flags & TL_TOKF_CAP) &&
                                      tl_tok_lower(d, t, b, sizeof b) && in_list(DATE_WORDS, b, strlen(b))))
            sides++;
    }
    return sides == 2;
}

/* Is the word before token k a verb in the simple past?  Then a "through"
 * or "by" at k ends a span of the past ("continued through the weekend",
 * "finished by noon"), no deadline ahead. */
static int past_verb_before(const tl_doc *d, size_t k, uint32_t sent)
{
    if (k == 0) return 0;
    const tl_token *tk = d->tokens.items, *v = &tk[k - 1];
    if (v->sentence != sent || v->kind != TL_TOK_WORD) return 0;
    const tl_token *prev = k >= 2 && tk[k - 2].sentence == sent ? &tk[k - 2] : NULL;
    return tl_tense_token_cue(d, k - 1, prev, &tk[k], 0, 0) == PAST;
}

/* Is the simple past at token k a future seen from the past: the verb of
 * a clause of time (when, after, before, until, once) under "would"?  "He
 * said they would leave when the market opened on Friday": the opening is
 * after the saying, the sequence of tenses put it in the past form.  The
 * subordinator must open the verb's clause, "would" the clause before it
 * (no comma, no other past between). */
static int future_in_past(const tl_doc *d, size_t k, uint32_t sent)
{
    static const char *const SUB[] = {"when", "after", "before", "until", "till", "once", NULL};
    const tl_token *tk = d->tokens.items;
    size_t j = k, steps = 0;
    for (;; steps++) {
        if (j == 0 || steps >= 6 || tk[j - 1].sentence != sent) return 0;
        const tl_token *w = &tk[--j];
        char b[16];
        if (!tl_tok_lower(d, w, b, sizeof b)) return 0;
        if (in_list(SUB, b, strlen(b))) break;
        if (w->kind != TL_TOK_WORD || tl_tense_word_cue(b, strlen(b)) != NONE) return 0; /* the subject */
    }
    for (steps = 0; j > 0 && steps < 10 && tk[j - 1].sentence == sent; steps++) {
        const tl_token *w = &tk[--j];
        if (is_boundary(d, w) || is_word(d, w, ",")) return 0;
        if (is_word(d, w, "would") || is_word(d, w, "'d")) return !is_word(d, &tk[j + 1], "have");
        cue_kind c = tl_tense_word_cue(tl_tok_text(d, w), tl_tok_len(w));
        if (c == PAST || c == PAST_ED || c == PAST_AUX || c == PERFECT) return 0;
    }
    return 0;
}

/* The L_ word lists of token t, in any case ("Thursday"). */
static unsigned lists_of(const tl_doc *d, const tl_token *t)
{
    char b[24];
    return t->kind == TL_TOK_WORD && tl_tok_lower(d, t, b, sizeof b) ? tl_tense_word_lists(b, strlen(b)) : 0;
}

/* Is the "to", "until" or "till" at token k, right before the expression,
 * the goal of a rescheduling ("adjourned the case to February", "was
 * postponed until March", "an extension to Nov. 20")?  A verb or noun of
 * RESCHEDULE up to 8 words back in the clause, no "from" between (a
 * span: "extended from Monday to Friday").  The new date is set by
 * the act and lies ahead of it, however past the act. */
static int reschedule_goal(const tl_doc *d, size_t k, uint32_t sent)
{
    const tl_token *tk = d->tokens.items;
    if (!is_word(d, &tk[k], "to") && !is_word(d, &tk[k], "until") && !is_word(d, &tk[k], "till")) return 0;
    for (size_t j = k, steps = 0; j > 0 && steps < 8 && tk[j - 1].sentence == sent; steps++) {
        const tl_token *w = &tk[--j];
        /* "extended from Monday to Friday": a span, not a new date */
        if (is_boundary(d, w) || is_word(d, w, ",") || is_word(d, w, "from")) return 0;
        if (lists_of(d, w) & L_RESCHEDULE) return 1;
    }
    return 0;
}

/* Is the infinitive whose "to" is token inf one of purpose after a main
 * clause dated on its own, from the verb at token v on ("arrived in Madrid
 * on Thursday to clash with Real on Monday")?  Then the expression after
 * "to" dates the infinitive's event, which follows the main clause's: a
 * future seen from the past.  The main clause's date must be a recent day
 * (a weekday, "yesterday"): from a month back ("signed in March to play in
 * June") the future of the DCT is not the future of the act.  With one
 * date only, the date is as often the main clause's ("fired tear gas to
 * disperse protesters on Friday"): the main verb's tense decides. */
static int purpose_after_dated_clause(const tl_doc *d, size_t v, size_t inf)
{
    const tl_token *tk = d->tokens.items;
    for (size_t j = v; j < inf; j++)
        if (lists_of(d, &tk[j]) & L_RECENT_DAY) return 1;
    return 0;
}

/* Is the colon at token k the start of a list of noun phrases ("will hold
 * two ceremonies: a mass Saturday, and another Sunday")?  Then the clause
 * before it is the clause of the list's dates.  Not after a verb of saying,
 * not before a quotation or a capitalised sentence. */
static int list_colon(const tl_doc *d, size_t k, uint32_t sent)
{
    static const char *const LIST_START[] = {"a", "an", "the", "one", "two", "three", "four", "five", "six", NULL};
    const tl_token *tk = d->tokens.items;
    if (!is_word(d, &tk[k], ":") || k == 0 || k + 1 >= d->tokens.len || tk[k + 1].sentence != sent) return 0;
    char b[8];
    const tl_token *prev = &tk[k - 1], *next = &tk[k + 1];
    if (prev->kind != TL_TOK_WORD || tl_tense_word_cue(tl_tok_text(d, prev), tl_tok_len(prev)) != NONE) return 0;
    return tl_tok_lower(d, next, b, sizeof b) && in_list(LIST_START, b, strlen(b));
}

/* Does token k head a participle clause: "-ing" after a comma or after
 * "with" and a noun phrase ("signed the deal, with production starting in
 * December", "started in August, ending in December")?  Such a clause has
 * no tense of its own: the past of the main verb does not reach the date
 * in it, which lies on either side of the main event. */
static int participle_head(const tl_doc *d, size_t k, uint32_t sent)
{
    static const char *const DET[] = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "our",
                                      "of", "for", "in", "on", "to", "by", NULL};
    const tl_token *tk = d->tokens.items, *t = &tk[k];
    size_t n = tl_tok_len(t);
    const char *p = tl_tok_text(d, t);
    if (n < 6 || memcmp(p + n - 3, "ing", 3) != 0 || (t->flags & TL_TOKF_CAP) || k < 2 ||
        tk[k - 1].sentence != sent || (lists_of(d, t) & L_NOT_PARTICIPLE))
        return 0;
    if (is_word(d, &tk[k - 1], ",")) return 1;
    char b[8];
    if (tk[k - 1].kind != TL_TOK_WORD || (tl_tok_lower(d, &tk[k - 1], b, sizeof b) && in_list(DET, b, strlen(b))))
        return 0;
    /* "with" then one to three words of a noun phrase, no verb among them */
    for (size_t j = k - 1, words = 0; j > 0 && words < 4 && tk[j - 1].sentence == sent; j--, words++) {
        if (tk[j].kind != TL_TOK_WORD || tl_tense_word_cue(tl_tok_text(d, &tk[j]), tl_tok_len(&tk[j])) != NONE)
            return 0;
        if (is_word(d, &tk[j - 1], "with")) return 1;
    }
    return 0;
}

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
        if (is_boundary(d, &tk[k]) && !(dir < 0 && list_colon(d, k, sent))) break;
        int p = paren(d, &tk[k], dir);
        if (p < 0) depth++;
        else if (p > 0 && depth > 0) depth--;
        if (is_word(d, &tk[k], ",")) comma = 1;
        if (p || depth || tk[k].kind != TL_TOK_WORD) {
            if (k == 0 && dir < 0) break;
            continue;
        }
        /* "a two-day meeting beginning Thursday", "the event starting on
         * Thursday": the start of something set, on the day nearest the
         * DCT whatever the main verb's tense */
        if (dir < 0 && steps <= 1 && (is_word(d, &tk[k], "starting") || is_word(d, &tk[k], "beginning") ||
                                      is_word(d, &tk[k], "effective") || is_word(d, &tk[k], "commencing"))) {
            start = 1;
            continue;
        }
        /* past the head of a participle clause only a future carries over
         * ("will play in Group G, opening against Togo on June 13") */
        if (dir < 0 && !participle && participle_head(d, k, sent)) participle = 1;
        if (coord_stops && (is_word(d, &tk[k], "and") || is_word(d, &tk[k], "but") || is_word(d, &tk[k], "or")) &&
            !date_coordination(d, k) && (steps == 0 || !tl_tense_np_coordination(d, k)))
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
            cue = past_verb_before(d, k, sent) ? NONE : UNTIL;
        /* "adjourned the case to February": a plan set by a past act */
        if (steps == 0 && dir < 0 && reschedule_goal(d, k, sent)) cue = WEAK_FUTURE, goal = 1;
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
            r.tense = weak ? TL_TENSE_FUTURE : TL_TENSE_PAST;
            /* 2: from a past moment not named, whose day may have come
             * ("was due to arrive Friday"); the goal of a rescheduling
             * stays ahead of the act (1) */
            r.from_past = goal ? 1 : weak ? 2 : 0;
            r.by_aux = 1;
            if (!weak && !until && inf != SIZE_MAX && purpose_after_dated_clause(d, k, inf))
                r.tense = TL_TENSE_FUTURE, r.from_past = 1, r.by_aux = 0;
            return r;
        case PERFECT: r.tense = TL_TENSE_PAST; r.by_aux = 1; return r;
        case PAST: case PAST_ED:
            if (weak || until) break;
            r.tense = TL_TENSE_PAST;
            /* "By August, the bank has granted ...": a present perfect is
             * an auxiliary's past too ("has to decide" is no perfect) */
            r.by_aux = (is_word(d, &tk[k], "has") || is_word(d, &tk[k], "have")) && !is_word(d, nxt, "to");
            if (dir < 0 && (future_in_past(d, k, sent) ||
                            (inf != SIZE_MAX && purpose_after_dated_clause(d, k, inf))))
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
