/* clause.c -- token predicates the event modules share, and where a clause
 * starts: after ";" ":" "|" or a dash, at a subordinator ("after", "while"),
 * at ", but", at ", which" / ", who", and after a sentence end the
 * splitter missed ("... NATO.' Meanwhile, ...", "... war The FLOTUS").
 * Clauses bound both the search for an event's trigger (extract.c) and
 * its label (label.c). */
#include <string.h>

#include "events.h"
#include "../text/segment.h"

int tl_ev_tok_dash(const tl_doc *d, size_t k)
{
    /* a hyphen joins words ("Putin-Trump"); spaced, it is a dash */
    return tl_ev_tok_is(d, k, "\xE2\x80\x94") || tl_ev_tok_is(d, k, "\xE2\x80\x93") ||
           (tl_ev_tok_is(d, k, "-") && (d->tokens.items[k].flags & TL_TOKF_SPACE));
}

int tl_ev_tok_report(const tl_ev_doc *e, size_t k)
{
    return e->d->tokens.items[k].kind == TL_TOK_WORD && tl_ev_tok_trigger(e, k) == TL_TRIG_REPORT;
}

int tl_ev_tok_speech(const tl_ev_doc *e, size_t k)
{
    if (e->d->tokens.items[k].kind != TL_TOK_WORD) return 0;
    unsigned cls = tl_ev_tok_class(e, k);
    return (cls & TL_EVC_KIND) == TL_TRIG_REPORT || (cls & TL_EVC_ANNOUNCE);
}

static int is_terminal(const tl_doc *d, size_t k)
{
    return d->tokens.items[k].kind == TL_TOK_PUNCT &&
           (tl_ev_tok_is(d, k, ".") || tl_ev_tok_is(d, k, "?") || tl_ev_tok_is(d, k, "!"));
}

/* A sentence end the splitter missed: "... NATO.' Meanwhile", not "Mr. Putin". */
static int missed_sentence_end(const tl_doc *d, size_t first, size_t k)
{
    const tl_token *t = &d->tokens.items[k];
    if (!(t->flags & TL_TOKF_CAP) || !(t->flags & TL_TOKF_SPACE)) return 0;
    size_t p = k - 1;
    if (p > first && d->tokens.items[p].kind == TL_TOK_PUNCT && !is_terminal(d, p)) p--; /* a quote */
    if (!is_terminal(d, p)) return 0;
    const tl_token *w = p > first ? &d->tokens.items[p - 1] : NULL;
    return !(w && w->kind == TL_TOK_WORD && w->end == d->tokens.items[p].start &&
             tl_is_abbreviation(tl_tok_text(d, w), tl_tok_len(w)));
}

/* A headline glued to the next sentence, with no stop between ("... for
 * ending Ukraine war The FLOTUS also noted"): a capitalised article or
 * pronoun straight after a lower-case word starts a new sentence. */
static int glued_headline(const tl_doc *d, size_t k)
{
    static const char *const starters[] = {"the", "a", "an", "this", "these", "it", "he",
                                           "she", "they", "we", "in", "on"};
    const tl_token *t = &d->tokens.items[k], *p = &d->tokens.items[k - 1];
    if (!(t->flags & TL_TOKF_CAP) || (t->flags & TL_TOKF_UPPER) || p->kind != TL_TOK_WORD)
        return 0;
    char c = d->pub.text[p->start];
    if (c < 'a' || c > 'z') return 0;
    for (size_t i = 0; i < sizeof starters / sizeof *starters; i++)
        if (tl_ev_tok_word(d, k, starters[i])) return 1;
    return 0;
}

static int clause_starts(const tl_ev_doc *e, size_t first, size_t k)
{
    const tl_doc *d = e->d;
    if (k <= first) return 0;
    const tl_token *t = &d->tokens.items[k];
    /* "|" separates page furniture ("Also Read | <teaser headline>") */
    if (d->tokens.items[k - 1].kind == TL_TOK_PUNCT &&
        (tl_ev_tok_is(d, k - 1, ";") || tl_ev_tok_is(d, k - 1, ":") || tl_ev_tok_dash(d, k - 1) ||
         tl_ev_tok_is(d, k - 1, "|")))
        return 1;
    if (missed_sentence_end(d, first, k) || glued_headline(d, k)) return 1;
    if (t->kind != TL_TOK_WORD) return 0;
    /* "which", "who" start a clause after a comma only: "Trump, who ..." */
    if (tl_ev_tok_word(d, k, "which") || tl_ev_tok_word(d, k, "who"))
        return tl_ev_tok_is(d, k - 1, ",");
    if (tl_ev_tok_in(e, k, TL_EVC_SUBORDINATOR)) {
        /* "before me", "after them": a preposition, not a clause */
        static const char *const objects[] = {"me", "him", "her", "us", "them", "it", "you"};
        for (size_t i = 0; k + 1 < d->tokens.len && i < sizeof objects / sizeof *objects; i++)
            if (tl_ev_tok_word(d, k + 1, objects[i])) return 0;
        return 1;
    }
    return tl_ev_tok_is(d, k - 1, ",") && tl_ev_tok_word(d, k, "but");
}

int tl_ev_clause_starts(const tl_ev_doc *e, size_t first, size_t k)
{
    /* kept per token when first starts k's sentence, as every caller's does */
    const tl_token *t = e->d->tokens.items;
    if (k <= first || t[first].sentence != t[k].sentence ||
        (first > 0 && t[first - 1].sentence == t[first].sentence))
        return clause_starts(e, first, k);
    if (!(e->cls[k] & TL_EVC_CLAUSE_DONE))
        e->cls[k] |= (uint16_t)(TL_EVC_CLAUSE_DONE | (clause_starts(e, first, k) ? TL_EVC_CLAUSE : 0));
    return (e->cls[k] & TL_EVC_CLAUSE) != 0;
}
