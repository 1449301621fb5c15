/* html_extract.c -- find the article in a web page and write it as text.
 *
 * A page is mostly not article: menus, teasers, share bars, comments.  The
 * article is where running prose is dense.  So:
 *
 *  1. Mark what never counts: script/style/nav/form-like tags and hidden
 *     elements; then elements whose class or id name boilerplate
 *     ("comments", "related", "share"), unless they hold nearly all the
 *     prose of the page (then the name is layout: "two-col-sidebar").
 *  2. Measure every element: text length, text inside links, commas, and
 *     the same for its own inline "flow" (text not inside a child block).
 *  3. Every block with a sentence or more of flow text is a paragraph; its
 *     score (commas and length, times the share of text not in links) goes
 *     to its ancestors, fading with distance.  An ancestor's total, nudged
 *     by its tag and class hints and scaled by its own link density, ranks
 *     it as the article container.
 *  4. The best container is widened to an ancestor holding clearly more
 *     prose (articles split over several wrappers) or to an enclosing
 *     <article>, and kept with those of its siblings that score well or
 *     read as prose.
 *  5. Inside, link-dense blocks and the headline are dropped, and the text
 *     is written one block a line, paragraphs a blank line apart.
 *
 * If the class hints took away most of the prose and left next to nothing,
 * the page is read again without them.  No thresholds name a site: they
 * are about text, links and markup conventions only. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html_int.h"

typedef struct info {
    double score;  /* as an article container */
    double mass;   /* paragraph scores of the whole subtree, undecayed */
    size_t text, link, commas;        /* the whole subtree, pruned parts left out */
    size_t flow, flow_link, flow_commas; /* own inline text, child blocks left out */
    int pruned, hint, candidate, keep;
} info;

typedef struct extractor {
    info *nodes;
    size_t n, cap;
    int use_hints;
    double page_mass; /* paragraph scores of the whole page */
    char title[512]; /* the page title, letters and digits only, lower case */
    /* output */
    tl_buf *out;
    tl_buf line;
    int space, pre;
} extractor;

#define INFO(n) ((info *)(n)->_private)

/* What the extractor leaves in _private of the elements it dropped for a
 * strong boilerplate name ("comments", "related"), for the date finder: a
 * weaker one ("header") may well hold the byline and date. */
static char boilerplate_mark;

int tl_html_boilerplate(const xmlNode *n) { return n->_private == &boilerplate_mark; }

static int is_element(const xmlNode *n) { return n->type == XML_ELEMENT_NODE; }
static int is_text(const xmlNode *n)
{
    return n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE;
}

static int is_one_of(const xmlNode *n, const char *const *names, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (tl_html_is(n, names[i])) return 1;
    return 0;
}

/* Elements that end a line of text (as the reference rendering does). */
static int is_block(const xmlNode *n)
{
    static const char *const blocks[] = {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "nav", "ol", "p",
        "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
        "ul", "caption", "legend", "form", "dialog", "menu",
    };
    return is_element(n) && is_one_of(n, blocks, sizeof blocks / sizeof *blocks);
}

static int is_heading(const xmlNode *n)
{
    static const char *const h[] = {"h1", "h2", "h3", "h4", "h5", "h6"};
    return is_element(n) && is_one_of(n, h, 6);
}

/* Depth-first over root's subtree without recursion, since broken pages
 * nest arbitrarily deep: enter on the way down (0 skips the children),
 * leave on the way up, once for every element entered. */
typedef int (*enter_fn)(xmlNode *, extractor *);
typedef void (*leave_fn)(xmlNode *, extractor *);

static void walk(xmlNode *root, enter_fn enter, leave_fn leave, extractor *x)
{
    xmlNode *n = root;
    for (;;) {
        if (enter(n, x) && n->children) {
            n = n->children;
            continue;
        }
        for (;;) {
            if (leave) leave(n, x);
            if (n == root) return;
            if (n->next) {
                n = n->next;
                break;
            }
            n = n->parent;
        }
    }
}

/* ---- steps 1 and 2: mark and measure ---------------------------------- */

static int count_enter(xmlNode *n, extractor *x)
{
    if (is_element(n)) x->n++;
    return 1;
}

static int mark_enter(xmlNode *n, extractor *x)
{
    if (!is_element(n)) return 0;
    info *in = &x->nodes[x->cap++];
    memset(in, 0, sizeof *in);
    n->_private = in;
    in->hint = tl_html_hint(n);
    int structural = tl_html_is(n, "html") || tl_html_is(n, "body");
    in->pruned = !structural && (tl_html_junk_tag(n) || tl_html_hidden(n));
    return 1;
}

/* Measures start from zero (a second measuring after hint pruning). */
static int clear_enter(xmlNode *n, extractor *x)
{
    (void)x;
    if (!is_element(n)) return 0;
    info *in = INFO(n);
    in->score = in->mass = 0;
    in->text = in->link = in->commas = in->flow = in->flow_link = in->flow_commas = 0;
    in->candidate = in->keep = 0;
    return 1;
}

/* Boilerplate by name goes, unless it is the page's frame: a wrapper that
 * holds nearly all the prose of the page is layout ("two-col-sidebar-
 * right"), whatever it is called, and the boxes inside it are judged on
 * their own. */
static int hint_prune_enter(xmlNode *n, extractor *x)
{
    if (!is_element(n)) return 0;
    info *in = INFO(n);
    if (in->pruned) return 0;
    int structural = tl_html_is(n, "html") || tl_html_is(n, "body");
    if (!structural && in->hint < 0 && in->mass < 0.8 * x->page_mass) {
        in->pruned = 2;
        return 0;
    }
    return 1;
}

/* Visible characters of a text node with white space runs counted once. */
static size_t text_size(const char *s, size_t *commas)
{
    size_t n = 0;
    int space = 1;
    for (; *s; s++) {
        if (isspace((unsigned char)*s)) {
            if (!space) n++;
            space = 1;
            continue;
        }
        space = 0;
        n++;
        if (*s == ',') (*commas)++;
    }
    return n;
}

static void measure_leave(xmlNode *n, extractor *x)
{
    (void)x;
    xmlNode *p = n->parent;
    if (!p || !is_element(p) || !p->_private) return;
    info *pi = INFO(p);
    if (is_text(n) && n->content) {
        size_t commas = 0, len = text_size((const char *)n->content, &commas);
        pi->text += len, pi->flow += len;
        pi->commas += commas, pi->flow_commas += commas;
        return;
    }
    if (!is_element(n)) return;
    info *in = INFO(n);
    if (in->pruned) return;
    int link = tl_html_is(n, "a");
    pi->text += in->text;
    pi->link += link ? in->text : in->link;
    pi->commas += in->commas;
    if (!is_block(n)) {
        pi->flow += in->flow;
        pi->flow_link += link ? in->flow : in->flow_link;
        pi->flow_commas += in->flow_commas;
    }
}

static int skip_pruned(xmlNode *n, extractor *x)
{
    (void)x;
    return is_element(n) && !INFO(n)->pruned;
}

/* ---- step 3: score ------------------------------------------------------ */

enum { MIN_PARAGRAPH = 25 };

static double density(size_t part, size_t whole) { return whole ? (double)part / whole : 0; }

static double tag_prior(const xmlNode *n)
{
    static const char *const listy[] = {"ul", "ol", "dl", "dd", "dt", "li", "address", "form"};
    static const char *const cells[] = {"pre", "td", "blockquote"};
    if (tl_html_is(n, "article")) return 10;
    if (tl_html_is(n, "div") || tl_html_is(n, "main")) return 5;
    if (is_one_of(n, cells, 3)) return 3;
    if (is_one_of(n, listy, 8)) return -3;
    if (is_heading(n) || tl_html_is(n, "th")) return -5;
    return 0;
}

/* The score of n as a paragraph: a block with a sentence or more of its
 * own text, worth more with commas and length, less with links. */
static double paragraph_score(const xmlNode *n)
{
    const info *in = INFO(n);
    if (!is_block(n) || is_heading(n) || in->flow < MIN_PARAGRAPH) return 0;
    double s = 1.0 + (double)in->flow_commas + (in->flow / 100.0 > 3 ? 3 : in->flow / 100.0);
    return s * (1.0 - density(in->flow_link, in->flow));
}

static int mass_enter(xmlNode *n, extractor *x)
{
    (void)x;
    if (!is_element(n) || INFO(n)->pruned) return 0;
    double s = paragraph_score(n);
    for (xmlNode *a = n->parent; s > 0 && a && is_element(a); a = a->parent) INFO(a)->mass += s;
    return 1;
}

/* The paragraph's score goes to its ancestors as containers, fading:
 * full to the parent, half to the grandparent, less further up. */
static int score_enter(xmlNode *n, extractor *x)
{
    if (!mass_enter(n, x)) return 0;
    double s = paragraph_score(n);
    if (s <= 0) return 1;
    xmlNode *a = n->parent;
    for (int level = 1; a && is_element(a) && level <= 5; level++, a = a->parent) {
        info *ai = INFO(a);
        if (!ai->candidate) {
            ai->candidate = 1;
            ai->score = tag_prior(a) + 25.0 * (ai->hint > 0 ? 1 : ai->hint < 0 ? -1 : 0);
        }
        ai->score += level == 1 ? s : level == 2 ? s / 2 : s / (level * 3);
    }
    return 1;
}

static xmlNode *best_candidate(xmlNode *root)
{
    xmlNode *best = NULL;
    double best_score = 0;
    for (xmlNode *n = root; n;) {
        if (is_element(n) && INFO(n)->candidate && !tl_html_is(n, "html")) {
            info *in = INFO(n);
            double s = in->score * (1.0 - density(in->link, in->text));
            in->score = s;
            if (!best || s > best_score) best = n, best_score = s;
        }
        /* pre-order successor within root */
        n = tl_html_next(root, n, n->children && is_element(n) && !INFO(n)->pruned);
    }
    return best;
}

/* ---- step 4: the container and its siblings --------------------------- */

static int reads_as_prose(const xmlNode *n)
{
    const info *in = INFO(n);
    if (in->flow >= 80) return density(in->flow_link, in->flow) < 0.25;
    if (in->flow == 0 || in->flow_link) return 0;
    /* A short paragraph: keep it when it ends a sentence. */
    xmlChar *t = xmlNodeGetContent(n);
    int ok = 0;
    if (t) {
        size_t len = strlen((const char *)t);
        while (len && isspace(t[len - 1])) len--;
        ok = len && (t[len - 1] == '.' || strstr((const char *)t, ". "));
        xmlFree(t);
    }
    return ok;
}

/* An article split over several blocks ("article-text" divs, one per
 * section, each in its own wrapper) scores as its largest piece; the piece
 * is widened to the ancestor that holds clearly more prose, as long as
 * that ancestor is not link-heavy and not the whole page (<body> holds
 * dialogs and widgets no hint names). */
static xmlNode *widen(xmlNode *top)
{
    xmlNode *cur = top, *a = top->parent;
    for (int up = 1; up <= 6 && a && is_element(a) && !tl_html_is(a, "body"); up++, a = a->parent) {
        info *ai = INFO(a);
        /* An <article> element around the text is the publisher saying
         * where the story is: its captions and slideshows belong too. */
        int article = tl_html_is(a, "article") && up <= 3;
        if ((article || ai->mass >= 1.3 * INFO(cur)->mass) && density(ai->link, ai->text) < 0.3) {
            cur = a;
            up = 0;
        }
    }
    return cur;
}

static void choose(xmlNode *top, double top_score)
{
    INFO(top)->keep = 1;
    xmlNode *parent = top->parent;
    if (!parent || !is_element(parent) || tl_html_is(top, "body")) return;
    double threshold = top_score * 0.2 > 10 ? top_score * 0.2 : 10;
    const char *top_class = tl_html_attr(top, "class");
    for (xmlNode *s = parent->children; s; s = s->next) {
        if (s == top || !is_element(s) || INFO(s)->pruned) continue;
        info *si = INFO(s);
        double bonus = 0;
        const char *cls = tl_html_attr(s, "class");
        if (top_class && cls && *cls && strcmp(cls, top_class) == 0) bonus = top_score * 0.2;
        if (si->candidate && si->score + bonus >= threshold) si->keep = 1;
        else if ((tl_html_is(s, "p") || (is_block(s) && si->text == si->flow)) && reads_as_prose(s))
            si->keep = 1;
    }
}

/* ---- step 5: write ------------------------------------------------------ */

static void norm_letters(const char *s, char *out, size_t cap)
{
    size_t k = 0;
    for (; *s && k + 1 < cap; s++)
        if (isalnum((unsigned char)*s) || (*s & 0x80)) out[k++] = (char)tolower((unsigned char)*s);
    out[k] = '\0';
}

/* The headline repeats the page title; the article text leaves it out. */
static int is_title(const xmlNode *n, const extractor *x)
{
    if (!x->title[0]) return 0;
    xmlChar *t = xmlNodeGetContent(n);
    if (!t) return 0;
    char h[512];
    norm_letters((const char *)t, h, sizeof h);
    xmlFree(t);
    size_t hl = strlen(h), tl = strlen(x->title);
    /* The title may add the site's name ("Headline - Daily Example"); a
     * short heading that happens to be part of it ("Background") is not
     * the headline. */
    return hl >= 10 && ((strstr(x->title, h) && hl * 2 >= tl) || (tl >= 15 && strstr(h, x->title)));
}

/* Blocks inside the article that are not article: link lists, share and
 * tag bars, forms. */
static int drop_inside(const xmlNode *n, const extractor *x)
{
    const info *in = INFO(n);
    if (is_heading(n) && is_title(n, x)) return 1;
    if (in->text == 0 || in->keep) return 0;
    static const char *const boxes[] = {
        "div", "section", "ul", "ol", "dl", "table", "header", "figure", "h1", "h2",
        "h3", "h4", "h5", "h6",
    };
    if (!is_one_of(n, boxes, sizeof boxes / sizeof *boxes)) return 0;
    if (in->commas >= 10) return 0;
    double ld = density(in->link, in->text);
    if (ld > 0.5) return 1;
    return ld > 0.3 && in->hint <= 0;
}

static void put_line(extractor *x, int paragraph)
{
    tl_buf *o = x->out;
    if (x->line.len) {
        tl_buf_append(o, x->line.data, x->line.len);
        tl_buf_putc(o, '\n');
        x->line.len = 0;
    }
    x->space = 0;
    if (paragraph && o->len && !(o->len >= 2 && o->data[o->len - 2] == '\n' && o->data[o->len - 1] == '\n'))
        tl_buf_putc(o, '\n');
}

static void put_text(extractor *x, const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (x->pre && c == '\n') {
            put_line(x, 0);
            continue;
        }
        int ws = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
                 (c == 0xC2 && (unsigned char)s[1] == 0xA0);
        if (ws) {
            if (c == 0xC2) s++;
            if (x->pre && x->line.len) tl_buf_putc(&x->line, ' ');
            else x->space = x->line.len > 0;
            continue;
        }
        if (x->space) tl_buf_putc(&x->line, ' ');
        x->space = 0;
        tl_buf_putc(&x->line, (char)c);
    }
}

static int write_enter(xmlNode *n, extractor *x)
{
    if (is_text(n)) {
        if (n->content) put_text(x, (const char *)n->content);
        return 0;
    }
    if (!is_element(n) || INFO(n)->pruned || drop_inside(n, x)) return 0;
    /* One <br> breaks the line; a second in a row (an empty line) is the
     * paragraph break of pages that write no <p>. */
    if (tl_html_is(n, "br")) put_line(x, x->line.len == 0);
    else if (is_block(n)) put_line(x, 1);
    if (tl_html_is(n, "pre")) x->pre++;
    return 1;
}

static void write_leave(xmlNode *n, extractor *x)
{
    if (!is_element(n) || INFO(n)->pruned) return;
    if (tl_html_is(n, "pre") && x->pre) x->pre--;
    if (is_block(n)) put_line(x, 1);
}

/* ---- driver -------------------------------------------------------------- */

static void find_title(xmlNode *root, extractor *x)
{
    const char *og = NULL;
    xmlNode *title = NULL;
    for (xmlNode *n = root; n;) {
        if (tl_html_is(n, "meta")) {
            const char *p = tl_html_attr(n, "property");
            if (p && strcasecmp(p, "og:title") == 0 && !og) og = tl_html_attr(n, "content");
        } else if (tl_html_is(n, "title") && !title) {
            title = n;
        }
        if (tl_html_is(n, "body")) break;
        n = tl_html_next(root, n, is_element(n));
    }
    if (og) {
        norm_letters(og, x->title, sizeof x->title);
    } else if (title) {
        xmlChar *t = xmlNodeGetContent(title);
        if (t) norm_letters((const char *)t, x->title, sizeof x->title);
        xmlFree(t);
    }
}

static xmlNode *analyse(xmlNode *root, extractor *x)
{
    x->cap = 0;
    walk(root, mark_enter, NULL, x);
    if (x->use_hints) {
        walk(root, clear_enter, NULL, x);
        walk(root, skip_pruned, measure_leave, x);
        walk(root, mass_enter, NULL, x);
        x->page_mass = INFO(root)->mass;
        walk(root, hint_prune_enter, NULL, x);
    }
    walk(root, clear_enter, NULL, x);
    walk(root, skip_pruned, measure_leave, x);
    walk(root, score_enter, NULL, x);
    xmlNode *best = best_candidate(root), *top = best ? widen(best) : NULL;
    if (top) choose(top, INFO(best)->score);
    return top;
}

static void write_kept(xmlNode *root, xmlNode *top, extractor *x)
{
    if (!top) {
        walk(root, write_enter, write_leave, x);
        return;
    }
    /* top is never <html>, so it has an element parent; its kept siblings
     * are written in page order. */
    for (xmlNode *s = top->parent->children; s; s = s->next)
        if (is_element(s) && INFO(s)->keep) walk(s, write_enter, write_leave, x);
    put_line(x, 1);
}

/* Trailing blank lines off: the text ends with one newline. */
static void trim_end(tl_buf *b)
{
    while (b->len && (b->data[b->len - 1] == '\n' || b->data[b->len - 1] == ' ')) b->len--;
    if (b->len) tl_buf_putc(b, '\n');
}

int tl_html_extract(xmlDoc *doc, tl_buf *out, xmlNode **container)
{
    *container = NULL;
    xmlNode *root = xmlDocGetRootElement(doc);
    if (!root) return 0;
    extractor x = {0};
    x.out = out;
    walk(root, count_enter, NULL, &x);
    x.nodes = malloc((x.n ? x.n : 1) * sizeof *x.nodes);
    if (!x.nodes) return -1;
    find_title(root, &x);
    size_t start = out->len;
    for (x.use_hints = 1; x.use_hints >= 0; x.use_hints--) {
        out->len = start;
        xmlNode *top = analyse(root, &x);
        write_kept(root, top, &x);
        trim_end(out);
        *container = top;
        /* Read again without the hints only when they took away most of
         * the prose and left next to nothing. */
        if (out->len - start >= 500 || INFO(root)->mass >= 0.5 * x.page_mass || out->oom) break;
    }
    tl_buf_free(&x.line);
    for (xmlNode *n = root; n;) {
        info *in = is_element(n) ? INFO(n) : NULL;
        n->_private = in && in->pruned == 2 && in->hint < -1 ? &boilerplate_mark : NULL;
        n = tl_html_next(root, n, is_element(n));
    }
    free(x.nodes);
    return out->oom ? -1 : 0;
}
