/* explain.c -- `--explain`: how every temporal expression was resolved, one
 * line each, so a user can see (and report) the rule behind a date:
 *
 *   a.txt:3: "Friday" DATE 2025-08-15  <- weekday, past tense: previous Friday (anchor 2025-08-16)
 */
#include <string.h>

#include "render.h"

int tl_render_explain(const tl_timeline *tl, tl_buf *b, tl_error *err)
{
    (void)err;
    for (size_t i = 0; i < tl->docs.len; i++) {
        const tl_doc *d = tl->docs.items[i];
        tl_buf_printf(b, "%s: DCT %s (%s)\n", d->pub.id, d->pub.dct[0] ? d->pub.dct : "none",
                      tl_dct_source_name(d->pub.dct_source));
        for (size_t k = d->timex_first; k < d->timex_first + d->timex_count; k++) {
            const tl_timex *t = &tl->timexes.items[k];
            tl_buf_printf(b, "  %s:%zu: \"", d->pub.id, t->sentence + 1);
            tl_buf_puts(b, t->text);
            tl_buf_printf(b, "\" %s %s", tl_timex_type_name(t->type), t->value);
            if (t->mod[0]) tl_buf_printf(b, " mod=%s", t->mod);
            if (t->zone && t->zone[0]) tl_buf_printf(b, " zone=%s", t->zone);
            tl_buf_printf(b, "  <- %s", t->rule);
            if (t->anchor[0]) tl_buf_printf(b, " (anchor %s)", t->anchor);
            tl_buf_putc(b, '\n');
        }
    }
    return TL_OK;
}

int tl_render_article(const tl_timeline *tl, tl_buf *b, tl_error *err)
{
    (void)err;
    for (size_t i = 0; i < tl->docs.len; i++) {
        const tl_doc *d = tl->docs.items[i];
        if (tl->docs.len > 1) tl_buf_printf(b, "==> %s <==\n", d->pub.id);
        tl_buf_printf(b, "DCT: %s (%s)\n\n", d->pub.dct[0] ? d->pub.dct : "",
                      tl_dct_source_name(d->pub.dct_source));
        tl_buf_append(b, d->pub.text, d->pub.text_len);
        if (d->pub.text_len && d->pub.text[d->pub.text_len - 1] != '\n') tl_buf_putc(b, '\n');
    }
    return TL_OK;
}
