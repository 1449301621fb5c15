/* timeml.c -- TimeML reader: the characters of <TEXT>, and the DCT from
 * <DCT><TIMEX3 value=...>.  Parsing goes through libxml2 with network access
 * and external entities off; the byte range of <TEXT> in the raw file is
 * kept so the TimeML writer can reproduce everything around it. */
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "read.h"
#include "../util/buf.h"
#include "../util/error.h"

static xmlNode *child_named(xmlNode *parent, const char *name)
{
    for (xmlNode *n = parent ? parent->children : NULL; n; n = n->next)
        if (n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0) return n;
    return NULL;
}

static xmlNode *find_timex(xmlNode *n)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        if (strcmp((const char *)n->name, "TIMEX3") == 0) return n;
        xmlNode *in = find_timex(n->children);
        if (in) return in;
    }
    return NULL;
}

/* Locate the content of <TEXT ...> ... </TEXT> in the raw bytes. */
static int find_text_range(const char *raw, size_t len, size_t *open, size_t *close)
{
    const char *end = raw + len;
    for (const char *p = raw; p + 5 < end; p++) {
        if (memcmp(p, "<TEXT", 5) != 0 || (p[5] != '>' && p[5] != ' ' && p[5] != '\n' && p[5] != '\t'))
            continue;
        const char *gt = memchr(p, '>', (size_t)(end - p));
        if (!gt) return -1;
        for (const char *q = end - 7; q > gt; q--)
            if (memcmp(q, "</TEXT>", 7) == 0) {
                *open = (size_t)(gt + 1 - raw);
                *close = (size_t)(q - raw);
                return 0;
            }
        return -1;
    }
    return -1;
}

int tl_read_timeml(tl_timeline *tl, tl_doc *doc, tl_error *err)
{
    const char *name = doc->pub.source;
    if (doc->raw_len > (size_t)0x7fffffff) return tl_fail(err, TL_EINPUT, "%s: file too large", name);
    xmlDoc *x = xmlReadMemory(doc->raw, (int)doc->raw_len, name, NULL,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!x) {
        const xmlError *e = xmlGetLastError();
        return tl_fail(err, TL_EINPUT, "%s: not well-formed TimeML (line %d: %s)", name,
                       e ? e->line : 0, e && e->message ? e->message : "parse error");
    }
    xmlNode *root = xmlDocGetRootElement(x);
    xmlNode *text = child_named(root, "TEXT");
    if (!root || strcmp((const char *)root->name, "TimeML") != 0 || !text) {
        xmlFreeDoc(x);
        return tl_fail(err, TL_EINPUT, "%s: TimeML document without <TEXT>", name);
    }
    xmlChar *content = xmlNodeGetContent(text);
    const char *c = content ? (const char *)content : "";
    size_t n;
    char *clean = tl_clean_text(tl, name, c, strlen(c), &n, err);
    xmlFree(content);
    if (!clean) {
        xmlFreeDoc(x);
        return err ? err->code : TL_EINPUT;
    }
    doc->pub.text = clean;
    doc->pub.text_len = n;
    doc->has_text_element = find_text_range(doc->raw, doc->raw_len, &doc->text_open, &doc->text_close) == 0;

    xmlNode *timex = find_timex(child_named(root, "DCT") ? child_named(root, "DCT")->children : NULL);
    if (timex) {
        xmlChar *v = xmlGetProp(timex, (const xmlChar *)"value");
        if (v && tl_doc_set_dct(tl, doc, (const char *)v, TL_DCT_METADATA) != 0)
            tl_warn(tl, "%s: DCT value '%s' is not an ISO date; ignored", name, (const char *)v);
        xmlFree(v);
    }
    xmlFreeDoc(x);
    return TL_OK;
}
