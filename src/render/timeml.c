/* timeml.c -- one document as TimeML with <TIMEX3> tags in its text.
 *
 * TimeML input keeps every byte outside <TEXT> as it was; the text inside is
 * the parsed character content, XML-escaped, so te3score sees the same
 * characters.  Other input becomes a new minimal TimeML document. */
#include <string.h>

#include "render.h"

static void write_tagged_text(const tl_timeline *tl, size_t di, tl_buf *b)
{
    const tl_doc *d = tl->docs.items[di];
    size_t pos = 0;
    for (size_t k = d->timex_first; k < d->timex_first + d->timex_count; k++) {
        const tl_timex *t = &tl->timexes.items[k];
        if (t->start < pos || t->end > d->pub.text_len) continue; /* never nest */
        tl_buf_xml_escape(b, d->pub.text + pos, t->start - pos, 0);
        tl_buf_printf(b, "<TIMEX3 tid=\"t%zu\" type=\"%s\" value=\"", t->id + 1,
                      tl_timex_type_name(t->type));
        tl_buf_xml_escape(b, t->value, strlen(t->value), 1);
        tl_buf_putc(b, '"');
        if (t->mod[0]) tl_buf_printf(b, " mod=\"%s\"", t->mod);
        tl_buf_putc(b, '>');
        tl_buf_xml_escape(b, d->pub.text + t->start, t->end - t->start, 0);
        tl_buf_puts(b, "</TIMEX3>");
        pos = t->end;
    }
    tl_buf_xml_escape(b, d->pub.text + pos, d->pub.text_len - pos, 0);
}

int tl_render_timeml_doc(const tl_timeline *tl, size_t di, tl_buf *b, tl_error *err)
{
    (void)err;
    const tl_doc *d = tl->docs.items[di];
    if (d->pub.format == TL_IN_TIMEML && d->has_text_element) {
        tl_buf_append(b, d->raw, d->text_open);
        write_tagged_text(tl, di, b);
        tl_buf_append(b, d->raw + d->text_close, d->raw_len - d->text_close);
        return TL_OK;
    }
    tl_buf_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n<DOCID>");
    tl_buf_xml_escape(b, d->pub.id, strlen(d->pub.id), 0);
    tl_buf_puts(b, "</DOCID>\n");
    if (d->pub.dct[0]) {
        tl_buf_printf(b, "<DCT><TIMEX3 tid=\"t0\" type=\"%s\" value=\"%s\" "
                         "functionInDocument=\"CREATION_TIME\">%s</TIMEX3></DCT>\n",
                      strchr(d->pub.dct, 'T') ? "TIME" : "DATE", d->pub.dct, d->pub.dct);
    }
    tl_buf_puts(b, "<TEXT>");
    write_tagged_text(tl, di, b);
    tl_buf_puts(b, "</TEXT>\n</TimeML>\n");
    return TL_OK;
}
