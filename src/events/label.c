/* label.c -- a short headline-like label for an event mention.
 *
 * The label is the event's clause with the clutter a reader does not need
 * taken out, token by token (so no word is ever cut in half):
 *
 *   - the anchoring date ("on Friday"): the timeline shows it already,
 *     unless it is the point ("was in 2002"), part of a phrase ("Friday's
 *     summit", "since May") or of a name ("the Arab Spring");
 *   - attribution ("..., Ushakov told journalists"; "Peskov said that ..."):
 *     when the event IS the statement the speaker stays as "Peskov: ...";
 *   - openers ("Meanwhile,"), an intro holding the date ("In an interview
 *     on Thursday,"), parentheses, the subordinator starting a clause;
 *   - following clauses, kept only while the label stays short.
 *
 * A clause too short on its own takes in what it hangs on: "since a public
 * spat" its noun phrase, ", who held power" its antecedent.  A label longer
 * than TL_EV_LABEL_MAX characters ends at a word with "…". */
#include <string.h>

#include "events.h"
#include "../util/buf.h"

typedef struct {
    const tl_ev_doc *e;
    const tl_doc *d;
    const tl_ev_mention *m;
    size_t a, b;          /* sentence tokens */
    unsigned char *keep;  /* per token of [a, b) */
    size_t drop0, drop1;  /* attribution tokens to leave out, or empty */
    size_t sp0, sp1;      /* speaker tokens for a statement, or empty */
    size_t shown0, shown1; /* first and past-last token render() wrote */
    int keep_date;         /* the date is the point: "the bridge, which opened in 1968" */
    size_t hole0, hole1;   /* the tokens drop_date() last took out */
} label_ctx;

static const tl_token *tok(const label_ctx *c, size_t k) { return &c->d->tokens.items[k]; }
static const char *ttext(const label_ctx *c, size_t k) { return tl_tok_text(c->d, tok(c, k)); }
static size_t tlen(const label_ctx *c, size_t k) { return tl_tok_len(tok(c, k)); }
static int is_word(const label_ctx *c, size_t k) { return tok(c, k)->kind != TL_TOK_PUNCT; }
static int is(const label_ctx *c, size_t k, const char *s) { return tl_ev_tok_is(c->d, k, s); }
static int word_is(const label_ctx *c, size_t k, const char *w) { return tl_ev_tok_word(c->d, k, w); }
static int is_dash(const label_ctx *c, size_t k) { return tl_ev_tok_dash(c->d, k); }
static int is_open_quote(const label_ctx *c, size_t k) { return tl_tok_open_quote(c->d, k); }
static int is_close_quote(const label_ctx *c, size_t k) { return tl_tok_close_quote(c->d, k); }

/* "The last attack was in 2002": without its date the clause says nothing. */
static int date_is_predicate(const label_ctx *c, size_t t0, size_t t1)
{
    if (t1 < c->b && is_word(c, t1)) return 0; /* words follow the date */
    size_t k = t0;
    if (k > c->a && (word_is(c, k - 1, "in") || word_is(c, k - 1, "on") || word_is(c, k - 1, "at"))) k--;
    if (k == c->a) return 0;
    static const char *const copulas[] = {"was", "is", "were", "are", "be", "been", "will"};
    for (size_t i = 0; i < sizeof copulas / sizeof *copulas; i++)
        if (word_is(c, k - 1, copulas[i])) return 1;
    return 0;
}

/* Leave out a date and its preposition, unless the date is part of a name
 * or phrase ("Friday's summit", "the August 15 talks", "since May"). */
static void drop_date(label_ctx *c, size_t t0, size_t t1)
{
    if (t0 < c->a || t1 > c->b || t1 <= t0) return;
    if (t1 < c->b && (is(c, t1, "'s") || is(c, t1, "\xE2\x80\x99s"))) return;
    if (c->keep_date || date_is_predicate(c, t0, t1)) return;
    /* "the Arab Spring", "Black Friday": a date inside a name (but "Alaska today") */
    if (t0 > c->a + 1 && tok(c, t0 - 1)->kind == TL_TOK_WORD && (tok(c, t0 - 1)->flags & TL_TOKF_CAP) &&
        (tok(c, t0)->flags & TL_TOKF_CAP))
        return;
    if (t0 > c->a) {
        static const char *const keep_after[] = {"the", "a", "an", "its", "his", "her", "their",
                                                 "since", "until", "by", "from", "till",
                                                 "through", "between", "before", "after", "to"};
        for (size_t i = 0; i < sizeof keep_after / sizeof *keep_after; i++)
            if (word_is(c, t0 - 1, keep_after[i])) return;
        /* "over three years ago", "about a week ago" */
        if (t0 > c->a + 1 && (word_is(c, t0 - 1, "over") || word_is(c, t0 - 1, "about") ||
                              word_is(c, t0 - 1, "nearly") || word_is(c, t0 - 1, "almost") ||
                              word_is(c, t0 - 1, "around") || word_is(c, t0 - 1, "roughly")))
            t0--;
        if (word_is(c, t0 - 1, "on") || word_is(c, t0 - 1, "in") || word_is(c, t0 - 1, "at") ||
            word_is(c, t0 - 1, "during") || word_is(c, t0 - 1, "as") || word_is(c, t0 - 1, "of") ||
            word_is(c, t0 - 1, "for"))
            t0--;
    }
    for (size_t k = t0; k < t1; k++) c->keep[k - c->a] = 0;
    c->hole0 = t0;
    c->hole1 = t1;
}

static int is_preposition(const label_ctx *c, size_t k);

/* No preposition left hanging before the hole [h0, h1) a date left ("is
 * planned for at City Hall", "met on , and"). */
static void close_hole(label_ctx *c, size_t h0, size_t h1)
{
    size_t k = h0;
    while (k > c->a && !c->keep[k - 1 - c->a]) k--;
    if (k == c->a || !is_preposition(c, k - 1)) return;
    size_t next = h1;
    while (next < c->b && !c->keep[next - c->a]) next++;
    if (next >= c->b || !is_word(c, next) || is_preposition(c, next)) c->keep[k - 1 - c->a] = 0;
}

/* The anchoring date and the coarser date it refines ("for March 18 at 7
 * p.m."), with their prepositions. */
static void drop_anchor(label_ctx *c)
{
    size_t holes[2][2], n = 0;
    const size_t spans[2][2] = {{c->m->tx_first, c->m->tx_end}, {c->m->tx2_first, c->m->tx2_end}};
    for (size_t i = 0; i < 2; i++) {
        c->hole0 = c->hole1 = 0;
        drop_date(c, spans[i][0], spans[i][1]);
        if (c->hole1 > c->hole0) holes[n][0] = c->hole0, holes[n++][1] = c->hole1;
    }
    for (size_t i = 0; i < n; i++) close_hole(c, holes[i][0], holes[i][1]);
}

static size_t first_kept(const label_ctx *c, size_t r0, size_t r1)
{
    while (r0 < r1 && !c->keep[r0 - c->a]) r0++;
    return r0;
}

/* Words opening an introductory phrase ("In an interview on Thursday, X"). */
static int is_intro(const label_ctx *c, size_t k)
{
    static const char *const words[] = {"in", "on", "at", "during", "after", "before",
                                        "following", "speaking", "earlier", "later", "last",
                                        "this", "late", "early", "since", "by", "from", "over",
                                        "within", "throughout", "until", "as", "when", "while"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (word_is(c, k, words[i])) return 1;
    return 0;
}

static void drop(label_ctx *c, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++) c->keep[k - c->a] = 0;
}

/* "WASHINGTON (Reuters) -": capitalised words before a dash near the start. */
static int dateline_before(const label_ctx *c, size_t f, size_t dash)
{
    for (size_t i = f; i < dash; i++)
        if (tok(c, i)->kind == TL_TOK_WORD && !(tok(c, i)->flags & (TL_TOKF_CAP | TL_TOKF_UPPER)))
            return 0;
    return 1;
}

/* From the front, repeatedly: punctuation, openers, a subordinator, "that",
 * a dateline, an intro phrase holding the date ("In an interview on
 * Thursday,"). */
static void drop_leading(label_ctx *c, size_t r0, size_t r1)
{
    for (;;) {
        size_t f = first_kept(c, r0, r1);
        if (f >= r1) return;
        size_t next = first_kept(c, f + 1, r1);
        int bare_quote = is_open_quote(c, f) && (next >= r1 || !is_word(c, next)); /* "“, they" */
        if ((!is_word(c, f) && !is_open_quote(c, f)) || bare_quote || word_is(c, f, "that") ||
            tl_ev_tok_in(c->e, f, TL_EVC_OPENER) ||
            (tl_ev_tok_in(c->e, f, TL_EVC_SUBORDINATOR) && !word_is(c, f, "who")) ||
            (word_is(c, f, "as") && next < r1 && (tok(c, next)->flags & TL_TOKF_CAP))) { /* "as Trump flew" */
            drop(c, f, f + 1);
            continue;
        }
        size_t cut = TL_EV_NONE;
        for (size_t k = f + 1; k < r1 && k < f + 15 && cut == TL_EV_NONE; k++) {
            if (is(c, k, ",") && is_intro(c, f) && c->m->tx_first >= f && c->m->tx_first < k) cut = k;
            else if (is_dash(c, k) && k < f + 8) {
                if (!dateline_before(c, f, k)) break;
                cut = k;
            }
        }
        if (cut == TL_EV_NONE) return;
        drop(c, f, cut + 1);
    }
}

/* From the back: punctuation (but "?", "!", "%" and closing quotes), then
 * commas left doubled by what was taken out (", —", "time,”" at the end),
 * then curly quotes left without their partner. */
static void drop_trailing(label_ctx *c, size_t r0, size_t r1)
{
    size_t last = r1;
    for (; last > r0; last--) {
        size_t k = last - 1;
        if (!c->keep[k - c->a]) continue;
        if (is_word(c, k) || is(c, k, "?") || is(c, k, "!") || is_close_quote(c, k) || is(c, k, "%"))
            break;
        drop(c, k, k + 1);
    }
    size_t prev = TL_EV_NONE;
    for (size_t k = r0; k < r1; k++) {
        if (!c->keep[k - c->a]) continue;
        if (prev != TL_EV_NONE && is(c, prev, ",") &&
            (is(c, k, ",") || is_dash(c, k) || is(c, k, ".") || (k + 1 >= last && is_close_quote(c, k))))
            drop(c, prev, prev + 1);
        prev = k;
    }
    int opens = 0, closes = 0;
    for (size_t k = r0; k < r1; k++) {
        if (!c->keep[k - c->a]) continue;
        opens += is(c, k, "\xE2\x80\x9C");
        closes += is(c, k, "\xE2\x80\x9D");
    }
    for (size_t k = r0; k < r1 && opens != closes; k++) {
        if (!c->keep[k - c->a]) continue;
        if (opens > closes && is(c, k, "\xE2\x80\x9C")) drop(c, k, k + 1), opens--;
        else if (closes > opens && is(c, k, "\xE2\x80\x9D")) drop(c, k, k + 1), closes--;
    }
}

static int is_preposition(const label_ctx *c, size_t k)
{
    static const char *const words[] = {"in", "at", "on", "of", "for", "with", "by",
                                        "to", "from", "into", "during", "over"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (word_is(c, k, words[i])) return 1;
    return 0;
}

/* Which tokens of [r0, r1) the label shows. */
static void clean(label_ctx *c, size_t r0, size_t r1)
{
    memset(c->keep, 0, c->b - c->a);
    for (size_t k = r0; k < r1; k++)
        c->keep[k - c->a] = !(k >= c->drop0 && k < c->drop1);
    drop_anchor(c);
    /* parentheses: "(Reuters File Image)", "(AFP)" */
    for (size_t k = r0; k < r1; k++) {
        if (!is(c, k, "(") && !is(c, k, "[")) continue;
        size_t j = k;
        while (j < r1 && !is(c, j, ")") && !is(c, j, "]")) j++;
        drop(c, k, j < r1 ? j + 1 : r1);
        k = j;
    }
    drop_leading(c, r0, r1);
    drop_trailing(c, r0, r1);
}

static size_t utf8_chars(const char *s, size_t n)
{
    size_t chars = 0;
    for (size_t i = 0; i < n; i++) chars += ((unsigned char)s[i] & 0xC0) != 0x80;
    return chars;
}

/* Short name of the speaker: the last two capitalised words ("Kremlin
 * spokesperson Dmitry Peskov" -> "Dmitry Peskov"), a short phrase without
 * its article and possessor ("the city's transport department" ->
 * "Transport department"), or nothing for a pronoun or a long phrase. */
static void speaker(const label_ctx *c, tl_buf *out)
{
    size_t s0 = c->sp0, s1 = c->sp1;
    /* "Merz on Saturday voiced": the date is not part of the name */
    if (c->m->tx_first >= s0 && c->m->tx_first < s1) {
        s1 = c->m->tx_first;
        if (s1 > s0 && (word_is(c, s1 - 1, "on") || word_is(c, s1 - 1, "in"))) s1--;
    }
    while (s1 > s0 && !is_word(c, s1 - 1)) s1--;
    while (s0 < s1 && (!is_word(c, s0) || word_is(c, s0, "the"))) s0++;
    if (s0 >= s1 || tl_ev_tok_in(c->e, s0, TL_EVC_PRONOUN)) return; /* "he", "his aide" */
    if (tok(c, s1 - 1)->flags & TL_TOKF_CAP) {
        size_t f = s1 - 1;
        while (f > s0 && f + 2 > s1 && (tok(c, f - 1)->flags & TL_TOKF_CAP) && !word_is(c, f - 1, "the"))
            f--;
        s0 = f;
    } else {
        /* "the city's transport department": the department is who spoke */
        for (size_t k = s0 + 1; k + 1 < s1; k++)
            if (is(c, k, "'s") || is(c, k, "\xE2\x80\x99s")) s0 = k + 1;
        size_t words = 0;
        for (size_t k = s0; k < s1; k++) words += tok(c, k)->kind == TL_TOK_WORD && tlen(c, k) > 2;
        if (words > 3) return; /* a description, not a name */
    }
    size_t at = out->len;
    for (size_t k = s0; k < s1; k++) {
        if (k > s0 && (tok(c, k)->flags & TL_TOKF_SPACE)) tl_buf_putc(out, ' ');
        tl_buf_append(out, ttext(c, k), tlen(c, k));
    }
    if (out->data && out->data[at] >= 'a' && out->data[at] <= 'z') out->data[at] = (char)(out->data[at] - 32);
    tl_buf_puts(out, ": ");
}

static int dangling(const label_ctx *c, size_t k)
{
    static const char *const words[] = {"the", "a", "an", "of", "to", "and", "or", "in", "on",
                                        "at", "for", "with", "by", "from", "that", "his", "her",
                                        "their", "its", "as", "but", "is", "was", "were", "are"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (word_is(c, k, words[i])) return 1;
    return !is_word(c, k) && !is_close_quote(c, k) && !is(c, k, "%");
}

/* The kept tokens of [r0, r1) after prefix, into out; returns its length in
 * characters.  With cut, stops at a word so the whole fits the limit. */
static size_t render(label_ctx *c, size_t r0, size_t r1, int cut, tl_buf *out, int *was_cut)
{
    speaker(c, out);
    size_t prefix_len = out->len;
    size_t chars = utf8_chars(out->data ? out->data : "", out->len), prev = TL_EV_NONE;
    size_t ends[128], n_ends = 0; /* out->len after each kept token, for cutting */
    size_t kept_tok[128];
    *was_cut = 0;
    for (size_t k = r0; k < r1; k++) {
        if (!c->keep[k - c->a]) continue;
        int space = prev != TL_EV_NONE &&
                    ((tok(c, k)->flags & TL_TOKF_SPACE) ||
                     (k != prev + 1 && is_word(c, k) && is_word(c, prev)));
        size_t add = utf8_chars(ttext(c, k), tlen(c, k)) + (size_t)space;
        if (cut && chars + add > TL_EV_LABEL_MAX - 1) {
            *was_cut = 1;
            break;
        }
        if (space) tl_buf_putc(out, ' ');
        tl_buf_append(out, ttext(c, k), tlen(c, k));
        chars += add;
        prev = k;
        if (n_ends < 128) {
            ends[n_ends] = out->len;
            kept_tok[n_ends++] = k;
        }
    }
    if (*was_cut) {
        while (n_ends > 1 && dangling(c, kept_tok[n_ends - 1])) n_ends--;
        if (n_ends) out->len = ends[n_ends - 1];
        tl_buf_puts(out, "\xE2\x80\xA6");
    }
    c->shown0 = n_ends ? kept_tok[0] : r0;
    c->shown1 = n_ends ? kept_tok[n_ends - 1] + 1 : r0;
    /* headline style: a capital first letter */
    if (out->len > prefix_len && out->data[prefix_len] >= 'a' && out->data[prefix_len] <= 'z')
        out->data[prefix_len] = (char)(out->data[prefix_len] - 32);
    return chars;
}

static size_t count_words(const label_ctx *c, size_t r0, size_t r1)
{
    size_t n = 0;
    for (size_t k = r0; k < r1; k++) n += c->keep[k - c->a] && tok(c, k)->kind == TL_TOK_WORD;
    return n;
}

/* End of the clause that starts at or after r0 (the extract.c clauses). */
static size_t clause_end_after(const label_ctx *c, size_t r0)
{
    size_t k = r0 + 1;
    while (k < c->b && !tl_ev_clause_starts(c->e, c->a, k)) k++;
    return k;
}

int tl_ev_label(tl_ev_ctx *cx, tl_ev_mention *m)
{
    tl_timeline *tl = cx->tl;
    label_ctx c = {0};
    c.e = &cx->docs[m->doc];
    c.d = c.e->d;
    c.m = m;
    c.a = m->sent_first;
    c.b = m->sent_end;
    c.keep = malloc(c.b - c.a + 1);
    if (!c.keep) return -1;

    /* [r0, r1): the tokens the label comes from, never beyond limit (where
     * a trailing attribution starts); lo: how far left it may grow. */
    size_t r0 = m->clause_first, r1 = m->clause_end, limit = c.b, lo = c.a;
    tl_ev_attribution fa, ba;
    int front = tl_ev_front_attribution(c.e, c.a, c.b, m->tx_first, &fa);
    int back = tl_ev_back_attribution(c.e, c.a, c.b, &ba);
    if (back && front && ba.content1 <= fa.content0) back = 0;
    if (back) /* keep a closing quote: "... time,” Lavrov told" */
        limit = ba.content1 + 1 < c.b && is_close_quote(&c, ba.content1 + 1) ? ba.content1 + 2
                                                                             : ba.content1;
    if (front) {
        if (m->trigger == fa.verb || (m->tx_first < fa.content0 && m->tx_first >= c.a)) {
            r0 = lo = fa.content0; /* the event is the statement: "Peskov: X" */
            r1 = clause_end_after(&c, r0);
            c.sp0 = fa.speaker0;
            c.sp1 = fa.speaker1;
        } else {
            c.drop0 = fa.speaker0;
            c.drop1 = fa.content0;
        }
    } else if (back && (m->trigger == ba.verb || m->tx_first > ba.content1 || is_open_quote(&c, c.a))) {
        r0 = c.a; /* the statement: "Ushakov: X" */
        r1 = clause_end_after(&c, c.a);
        c.sp0 = ba.speaker0;
        c.sp1 = ba.speaker1;
    }
    /* "The bridge, which opened in 1968, carries ...": the relative clause
     * with what "which" refers to, and with its date, which is its point */
    if (r0 == m->clause_first && r0 > lo && (word_is(&c, r0, "who") || word_is(&c, r0, "which"))) {
        size_t p = r0 - 1;
        while (p > lo && !tl_ev_clause_starts(c.e, c.a, p)) p--;
        r0 = p;
        if (m->clause_end < limit) limit = m->clause_end;
        c.keep_date = 1;
    }
    if (r1 > limit) r1 = limit;
    if (r1 <= r0) {
        r0 = m->clause_first;
        r1 = m->clause_end;
        limit = c.b;
    }
    clean(&c, r0, r1);
    if (count_words(&c, r0, r1) == 0) { /* the rules above misfired: plain clause */
        c.drop0 = c.drop1 = c.sp0 = c.sp1 = 0;
        r0 = m->clause_first;
        r1 = m->clause_end;
        lo = c.a;
        limit = c.b;
        clean(&c, r0, r1);
    }
    /* "... encounter since a public spat in February": a bare subordinate
     * clause takes in the noun phrase it hangs on ("Their first Oval
     * Office encounter since a public spat") */
    if (count_words(&c, r0, r1) < 4 && r0 == m->clause_first && r0 > lo &&
        tl_ev_tok_in(c.e, r0, TL_EVC_SUBORDINATOR)) {
        size_t p = r0;
        while (p > lo && r0 - p < 8 && tok(&c, p - 1)->kind == TL_TOK_WORD && !is_preposition(&c, p - 1))
            p--;
        int trigger_inside = m->trigger != TL_EV_NONE && m->trigger >= p && m->trigger < r1;
        if (p < r0 && p > lo && is_preposition(&c, p - 1) && trigger_inside) {
            r0 = p;
            clean(&c, r0, r1);
        }
    }
    /* too short on its own ("talks followed"): take in neighbouring clauses */
    while (count_words(&c, r0, r1) < 4 && (r1 < limit || r0 > lo)) {
        if (r1 < limit) r1 = clause_end_after(&c, r1) < limit ? clause_end_after(&c, r1) : limit;
        else r0 = lo;
        clean(&c, r0, r1);
    }
    /* following clauses while the label stays short */
    tl_buf b = {0};
    int cut;
    while (r1 < limit) {
        size_t next = clause_end_after(&c, r1);
        if (next > limit) next = limit;
        clean(&c, r0, next);
        b.len = 0;
        if (render(&c, r0, next, 0, &b, &cut) > TL_EV_LABEL_MAX) break;
        r1 = next;
    }
    clean(&c, r0, r1);
    b.len = 0;
    render(&c, r0, r1, 1, &b, &cut);
    if (b.len == 0) { /* nothing survived the cleaning: the sentence as it is */
        memset(c.keep, 1, c.b - c.a);
        c.sp0 = c.sp1 = 0;
        r0 = c.a;
        r1 = c.b;
        render(&c, r0, r1, 1, &b, &cut);
    }
    m->label = b.oom ? NULL : tl_arena_strndup(&tl->arena, b.data ? b.data : "", b.len);
    m->label_cut = cut;
    m->date_modifies = m->tx_end < c.b && (is(&c, m->tx_end, "'s") || is(&c, m->tx_end, "\xE2\x80\x99s"));
    /* what merge.c compares: the label's clauses, with what the label left
     * out (an intro, the words after the ellipsis), within reason */
    m->span_first = r0;
    m->span_end = r1 < r0 + 64 ? r1 : r0 + 64;
    if (m->span_end < c.shown1) m->span_end = c.shown1;
    tl_buf_free(&b);
    free(c.keep);
    return m->label ? 0 : -1;
}
