/* layout_int.h -- what the files of the layout engine share and nothing
 * else sees: the builder (page geometry and the position reached), blocks
 * (boxes laid out from y = 0, placed later), the text styles, and the
 * functions layout_text.c and layout_blocks.c provide to layout.c. */
#ifndef TL_LAYOUT_INT_H
#define TL_LAYOUT_INT_H

#include "layout.h"

/* The typographic scale (layout_text.c gives each its size and weight). */
typedef enum {
    TL_ST_TITLE,
    TL_ST_SUBTITLE,
    TL_ST_HEADER,
    TL_ST_DATE,
    TL_ST_LABEL,
    TL_ST_BADGE,
    TL_ST_SMALL,
    TL_ST_NOTE
} tl_lay_style;

/* Everything the blocks need to know about the page being built. */
typedef struct {
    const tl_timeline *tl;
    tl_layout *lay;
    PangoContext *ctx;
    double base;             /* body text size */
    double margin;
    double x0, cw;           /* content box: left edge and width */
    double date_w, spine_x, label_x, label_w;
    double top, bottom;      /* usable band of the current page */
    double y;                /* next free position on the current page */
    int page;
    char group[128];         /* the group header in force, repeated on a new page */
    int group_on_spine;
    int oom;
} tl_lay_builder;

/* A header or an event, laid out from y = 0 before it is placed. */
typedef struct {
    TL_VEC(tl_box) boxes;
    double h;       /* height of the ink */
    double after;   /* space below it */
    double spine_y; /* where it touches the spine, < 0 if not */
} tl_lay_block;

/* ---- layout_text.c -------------------------------------------------------- */

/* A layout of text in style st, wrapped at width (0: one line) and cut with
 * an ellipsis after max_lines (0: no limit).  NULL, with b->oom set, when
 * out of memory. */
PangoLayout *tl_lay_text(tl_lay_builder *b, const char *text, tl_lay_style st, double width,
                         int max_lines, PangoAlignment align);
/* The ink extents' right and bottom edges from the layout's origin. */
void tl_lay_size(PangoLayout *l, double *w, double *h);
/* Where a marker beside the first line of l goes. */
double tl_lay_first_mid(PangoLayout *l);
/* The right edge and the marker height of the last line of l. */
void tl_lay_last_line(PangoLayout *l, double *right, double *mid);

/* Boxes into a block; text boxes take ownership of their layout.  A NULL
 * layout or a failed allocation sets b->oom. */
void tl_lay_push(tl_lay_builder *b, tl_lay_block *blk, tl_box box);
void tl_lay_add_text(tl_lay_builder *b, tl_lay_block *blk, PangoLayout *l, double x, double y,
                     tl_ink ink);
void tl_lay_add_line(tl_lay_builder *b, tl_lay_block *blk, double x, double y, double w, double h,
                     tl_ink ink);
void tl_lay_add_marker(tl_lay_builder *b, tl_lay_block *blk, double x, double y, int style);
/* A numbered pill, as in the source list; returns its width, *h its height. */
double tl_lay_add_badge(tl_lay_builder *b, tl_lay_block *blk, const char *text, double x, double y,
                        double *h);
void tl_lay_block_free(tl_lay_block *blk);

/* ---- layout_blocks.c ------------------------------------------------------ */

void tl_lay_title_block(tl_lay_builder *b, tl_lay_block *blk, size_t n_dated, size_t n_undated);
/* first: the header's first appearance (bookmarked), not its repetition at
 * the top of a page. */
void tl_lay_header_block(tl_lay_builder *b, tl_lay_block *blk, const char *text, int on_spine,
                         int first);
void tl_lay_event_block(tl_lay_builder *b, tl_lay_block *blk, const tl_event *e, const char *date,
                        int style);
void tl_lay_note_block(tl_lay_builder *b, tl_lay_block *blk, const char *text);

#endif
