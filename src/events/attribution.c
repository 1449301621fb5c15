/* attribution.c -- who said it: the "X said" part of a news sentence, in
 * front ("Kremlin spokesperson Dmitry Peskov said on Friday that X") or at
 * the back ("X, presidential aide Yury Ushakov told journalists";
 * "X, according to Ushakov").  label.c leaves it out of a label, or keeps
 * the speaker ("Dmitry Peskov: X") when the event is the statement. */
#include "events.h"

static const tl_token *tok(const tl_doc *d, size_t k) { return &d->tokens.items[k]; }
static int is_word(const tl_doc *d, size_t k) { return tok(d, k)->kind != TL_TOK_PUNCT; }
static int is_cap(const tl_doc *d, size_t k) { return is_word(d, k) && (tok(d, k)->flags & TL_TOKF_CAP); }

/* Words between a speaker and the verb: "Trump later told", "has said". */
static int is_adverb(const tl_doc *d, size_t k)
{
    static const char *const words[] = {"later", "also", "earlier", "again", "then",
                                        "has", "had", "have"};
    size_t n = tl_tok_len(tok(d, k));
    if (!is_word(d, k)) return 0;
    if (n > 3 && tl_tok_text(d, tok(d, k))[n - 2] == 'l' && tl_tok_text(d, tok(d, k))[n - 1] == 'y')
        return 1;
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (tl_ev_tok_word(d, k, words[i])) return 1;
    return 0;
}

/* A phrase starting so is not who spoke: ", of having been slow to ...". */
static int not_a_speaker(const tl_doc *d, size_t k)
{
    static const char *const words[] = {"of", "to", "in", "on", "at", "for", "with", "by",
                                        "from", "as", "and", "but", "or", "while", "which",
                                        "that", "if", "when", "not"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (tl_ev_tok_word(d, k, words[i])) return 1;
    return 0;
}

int tl_ev_front_attribution(const tl_ev_doc *e, size_t a, size_t b, size_t before, tl_ev_attribution *out)
{
    const tl_doc *d = e->d;
    /* start after a sentence end the splitter missed, and after openers */
    size_t start = a;
    for (size_t k = a + 1; k < before && k < b; k++)
        if (is_cap(d, k) && !is_word(d, k - 1) && tl_ev_clause_starts(e, a, k)) start = k;
    while (start < b && (tl_ev_tok_is(d, start, ",") ||
                         tl_ev_tok_in(e, start, TL_EVC_OPENER)))
        start++;
    size_t limit = start + 12 < b ? start + 12 : b;
    for (size_t k = start + 1; k < limit; k++) {
        if (tl_ev_tok_is(d, k, ",") || tl_ev_tok_dash(d, k)) return 0;
        if (!tl_ev_tok_report(e, k) || tl_ev_tok_word(d, k, "according")) continue;
        size_t s1 = k;
        while (s1 > start && is_adverb(d, s1 - 1)) s1--;
        if (s1 == start) return 0;
        size_t cs = k + 1;
        /* what was said starts after "that" when there is one nearby */
        for (size_t j = k + 1; j < b && j < k + 16; j++) {
            if (tl_ev_tok_is(d, j, ",") || tl_ev_tok_is(d, j, ";")) break;
            if (tl_ev_tok_word(d, j, "that")) {
                cs = j + 1;
                break;
            }
        }
        if (cs == k + 1 && tl_ev_tok_word(d, k, "told")) { /* "told reporters X" */
            while (cs < b && is_cap(d, cs)) cs++;
            if (cs == k + 1) cs++;
        }
        if (cs + 4 > b) return 0;
        *out = (tl_ev_attribution){k, start, s1, cs, b};
        return 1;
    }
    return 0;
}

int tl_ev_back_attribution(const tl_ev_doc *e, size_t a, size_t b, tl_ev_attribution *out)
{
    const tl_doc *d = e->d;
    size_t end = b;
    while (end > a && !is_word(d, end - 1) && !tl_tok_close_quote(d, end - 1)) end--;
    for (size_t k = end; k-- > a + 3 && end - k <= 20;) {
        if (!tl_ev_tok_is(d, k, ",")) continue;
        size_t s = k + 1;
        if (s < end && tl_tok_close_quote(d, s)) s++;
        /* the verb comes after a short speaker: "the Kremlin aide said" */
        for (size_t j = s; j < end && j < s + 8; j++) {
            if (tl_ev_tok_is(d, j, "(")) break;
            /* after the content any verb of saying will do: ", Essid declared" */
            if (!tl_ev_tok_speech(e, j)) continue;
            size_t sp0, sp1;
            if (tl_ev_tok_word(d, j, "according")) { /* "according to Ushakov" */
                sp0 = j + 2 <= end ? j + 2 : end;
                sp1 = end;
            } else if (j > s) {
                sp0 = s;
                sp1 = j;
                while (sp1 > sp0 && is_adverb(d, sp1 - 1)) sp1--;
            } else { /* "said Lichfield" */
                sp0 = sp1 = j + 1;
                while (sp1 < end && is_cap(d, sp1)) sp1++;
            }
            if (sp0 < sp1 && not_a_speaker(d, sp0)) return 0; /* ", of having been slow to respond" */
            *out = (tl_ev_attribution){j, sp0, sp1, a, k};
            return 1;
        }
        return 0; /* only the last comma can start an attribution */
    }
    return 0;
}
