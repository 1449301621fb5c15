/* matcher.c -- the grammar compiled into a trie over symbols, run over the
 * spans of a document.
 *
 * Each trie node has one child per symbol; a span carries a set of symbols,
 * so a walk follows every symbol the span has that the node accepts (a
 * bit-mask intersection), depth-first.  Patterns are short and readings few,
 * so the work per span is bounded by the depth of the trie, not the number
 * of patterns.  The trie is built once and shared read-only; it is never
 * freed (one allocation for the life of the process). */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "matcher.h"

static const char *const SYM_NAMES[S_NSYM] = {
    [S_MONTH] = "MONTH", [S_WDAY] = "WDAY", [S_CARD] = "CARD", [S_A] = "A", [S_ORD] = "ORD",
    [S_UNIT] = "UNIT", [S_UNITS] = "UNITS", [S_POD] = "POD", [S_SEASON] = "SEASON",
    [S_DEICTIC] = "DEICTIC", [S_REF] = "REF", [S_REFN] = "REFN", [S_REL] = "REL",
    [S_THE] = "THE", [S_AGO] = "AGO", [S_LATER] = "LATER", [S_BEFORE] = "BEFORE",
    [S_EACH] = "EACH", [S_SETADV] = "SETADV", [S_TIMES] = "TIMES", [S_TIMESW] = "TIMESW",
    [S_MOD] = "MOD", [S_POS] = "POS", [S_POSN] = "POSN", [S_OF] = "OF", [S_FISCAL] = "FISCAL",
    [S_HOLIDAY] = "HOLIDAY", [S_HALF] = "HALF", [S_AND] = "AND", [S_OR] = "OR", [S_SO] = "SO",
    [S_FEW] = "FEW", [S_DASH] = "DASH", [S_COMMA] = "COMMA", [S_SLASH] = "SLASH",
    [S_AMPM] = "AMPM", [S_TZ] = "TZ", [S_YEAR] = "YEAR", [S_DAY] = "DAY", [S_DECADE] = "DECADE",
    [S_CLOCK] = "CLOCK", [S_NOON] = "NOON", [S_THAT] = "THAT", [S_OLD] = "OLD", [S_LONG] = "LONG",
    [S_WEEKNUM] = "WEEKNUM", [S_QNUM] = "QNUM", [S_CARDH] = "CARDH", [S_PERIOD] = "PERIOD", [S_IN] = "IN",
    [S_TO] = "TO", [S_POSS] = "POSS", [S_MORE] = "MORE", [S_WDAYS] = "WDAYS",
    [S_UNITLONG] = "UNITLONG", [S_UADJ] = "UADJ", [S_PART] = "PART", [S_FYEAR] = "FYEAR",
    [S_DOTDATE] = "DOTDATE", [S_ERA] = "ERA", [S_ERAYEAR] = "ERAYEAR",
};

typedef struct node {
    int16_t child[S_NSYM];
    int16_t accept; /* pattern index, -1 none */
    uint64_t out;   /* symbols with a child */
} node;

static node *nodes;
static size_t n_nodes, cap_nodes;
static int init_status = -1;
uint64_t tl_match_first;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static int new_node(void)
{
    if (n_nodes == cap_nodes) {
        size_t nc = cap_nodes ? cap_nodes * 2 : 512;
        if (nc > 32767) return -1;
        node *nn = realloc(nodes, nc * sizeof *nn);
        if (!nn) return -1;
        nodes = nn;
        cap_nodes = nc;
    }
    node *n = &nodes[n_nodes];
    memset(n->child, 0xff, sizeof n->child);
    n->accept = -1;
    n->out = 0;
    return (int)n_nodes++;
}

typedef struct {
    uint64_t alts; /* symbols allowed at this position */
    int optional;
} element;

/* Parse "SYM|SYM?" elements; returns the element count or -1. */
static int parse_pattern(const char *p, element *el, int max)
{
    int n = 0;
    while (*p) {
        while (*p == ' ') p++;
        if (!*p) break;
        if (n == max) return -1;
        el[n].alts = 0;
        el[n].optional = 0;
        for (;;) {
            size_t len = strcspn(p, " |?");
            int found = -1;
            for (int s = 0; s < S_NSYM; s++)
                if (SYM_NAMES[s] && strlen(SYM_NAMES[s]) == len && memcmp(SYM_NAMES[s], p, len) == 0)
                    found = s;
            if (found < 0) return -1;
            el[n].alts |= 1ull << found;
            p += len;
            if (*p != '|') break;
            p++;
        }
        if (*p == '?') { el[n].optional = 1; p++; }
        n++;
    }
    return n;
}

/* Insert every expansion of el[i..] below node at. */
static int insert(int at, const element *el, int i, int n, int pattern)
{
    if (i == n) {
        if (nodes[at].accept < 0) nodes[at].accept = (int16_t)pattern;
        return 0;
    }
    if (el[i].optional && insert(at, el, i + 1, n, pattern) != 0) return -1;
    for (int s = 0; s < S_NSYM; s++) {
        if (!(el[i].alts >> s & 1)) continue;
        int c = nodes[at].child[s];
        if (c < 0) {
            if ((c = new_node()) < 0) return -1;
            nodes[at].child[s] = (int16_t)c;
            nodes[at].out |= 1ull << s;
        }
        if (insert(c, el, i + 1, n, pattern) != 0) return -1;
    }
    return 0;
}

static void compile(void)
{
    if (tl_lexicon_init() != 0 || new_node() != 0) return;
    for (size_t k = 0; k < tl_grammar_len; k++) {
        element el[TL_MATCH_MAX];
        int n = parse_pattern(tl_grammar[k].seq, el, TL_MATCH_MAX);
        if (n <= 0 || insert(0, el, 0, n, (int)k) != 0) return;
    }
    tl_match_first = nodes[0].out;
    init_status = 0;
}

int tl_matcher_init(void)
{
    if (pthread_once(&once, compile) != 0) return -1;
    return init_status;
}

int32_t tl_span_val(const tl_span *s, int sym)
{
    for (int k = 0; k < s->nsym; k++)
        if (s->sym[k] == sym) return s->val[k];
    return 0;
}

typedef struct {
    const tl_spans *s;
    uint8_t path[TL_MATCH_MAX];
    tl_match *best;
    int found;
    int limit; /* longest match allowed, in spans */
} walk;

static void dfs(walk *w, int at, size_t i, int depth, uint32_t sentence)
{
    const node *n = &nodes[at];
    /* an optional comma may join parts ("Christmas, 2025") but never ends
     * an expression ("Christmas, sales rose") */
    if (n->accept >= 0 && depth > 0 && w->path[depth - 1] != S_COMMA) {
        size_t len = (size_t)depth, blen = w->best->end - w->best->first;
        if (!w->found || len > blen || (len == blen && n->accept < w->best->pattern)) {
            w->found = 1;
            w->best->end = w->best->first + len;
            w->best->pattern = n->accept;
            memcpy(w->best->sym, w->path, len);
        }
    }
    if (i >= w->s->len || depth == w->limit) return;
    const tl_span *sp = &w->s->items[i];
    /* a pattern stays in its sentence, except that the splitter may end one
     * at the period of "p.m." before a time zone or day */
    if (sp->sentence != sentence) {
        if (depth == 0 || !tl_span_has(&w->s->items[i - 1], S_AMPM)) return;
        sentence = sp->sentence;
    }
    uint64_t m = sp->mask & n->out;
    while (m) {
        int sym = __builtin_ctzll(m);
        m &= m - 1;
        w->path[depth] = (uint8_t)sym;
        dfs(w, nodes[at].child[sym], i + 1, depth + 1, sentence);
    }
}

int tl_match_walk(const tl_spans *s, size_t i, size_t limit, tl_match *m)
{
    walk w = {s, {0}, m, 0, limit < TL_MATCH_MAX ? (int)limit : TL_MATCH_MAX};
    m->first = m->end = i;
    m->pattern = -1;
    dfs(&w, 0, i, 0, s->items[i].sentence);
    return w.found;
}
