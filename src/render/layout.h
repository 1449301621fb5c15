/* layout.h -- where everything of the graphical timeline goes, decided once
 * for every output surface.
 *
 * tl_layout_build() measures text with Pango on a font map that is not tied
 * to any surface (fonts.c, no hinting), splits the timeline into pages when
 * asked to, and returns a flat list of boxes: texts, markers, lines, badges,
 * each with a page number and a position in points.  cairo.c only paints
 * those boxes on an SVG, PDF, PNG or caller's surface; html.c reuses the
 * rows (order, group headers, dates as worded by rows.c and datefmt.c).
 * Because measuring and painting share the same PangoLayouts, what was
 * measured is exactly what is drawn, and texts cannot overlap.
 *
 * The engine's files: datefmt.c (dates in words), rows.c (order, groups,
 * each row's date, the subtitle), layout_text.c (styles, text, boxes),
 * layout_blocks.c (title, headers, events), layout.c (pages, the whole),
 * fonts.c (the font map). */
#ifndef TL_LAYOUT_H
#define TL_LAYOUT_H

#include <pango/pangocairo.h>

#include "../model/model.h"

/* The few colours of the design, resolved to RGB by the painter. */
typedef enum {
    TL_INK_TEXT,   /* labels, title */
    TL_INK_MUTED,  /* dates, subtitle, captions */
    TL_INK_FAINT,  /* page numbers, "continued" */
    TL_INK_RULE,   /* hairlines, the spine */
    TL_INK_ACCENT, /* markers, group headers: the one accent colour */
    TL_INK_BADGE   /* background of source badges */
} tl_ink;

typedef enum {
    TL_BOX_TEXT,   /* text: a PangoLayout drawn with its top-left at (x, y) */
    TL_BOX_BADGE,  /* text on a rounded pill of size w x h at (x, y) */
    TL_BOX_MARKER, /* a dot of diameter w centred on (x, y) */
    TL_BOX_LINE    /* a line from (x, y) to (x + w, y + h) */
} tl_box_kind;

/* Marker styles: exact dates are filled dots, approximate ones (week,
 * month, year... or a "mod" such as APPROX) hollow rings, so the difference
 * survives grayscale printing; undated events get a small square, group
 * headers a diamond on the spine. */
enum { TL_MARK_EXACT, TL_MARK_APPROX, TL_MARK_UNDATED, TL_MARK_GROUP };

typedef struct tl_box {
    tl_box_kind kind;
    int page;             /* 0-based */
    double x, y, w, h;
    tl_ink ink;
    int style;            /* TL_MARK_* for markers */
    double stroke;        /* line width of lines and marker rings */
    int outline;          /* a group header's first appearance: a PDF bookmark */
    PangoLayout *text;    /* TEXT and BADGE; owned by the layout */
} tl_box;

typedef struct tl_layout {
    double width;         /* of a page */
    double page_height;   /* 0: a single page exactly as tall as needed */
    double height;        /* single page: the height used */
    int n_pages;
    TL_VEC(tl_box) boxes;
    char summary[400];    /* the subtitle, as tl_timeline_summary() words it */
} tl_layout;

/* Lay out tl's events on pages width wide.  page_height 0 gives one page
 * of whatever height is needed (SVG, PNG, tl_render_cairo); otherwise
 * boxes are distributed over pages of that height, never splitting an
 * event.  Sizes scale with the width.  Returns TL_OK, or an error (fonts
 * unusable, out of memory) with out left empty. */
int tl_layout_build(const tl_timeline *tl, double width, double page_height, tl_layout *out,
                    tl_error *err);
void tl_layout_free(tl_layout *lay);

/* The event's date as a person writes it, at its granularity and with the
 * qualifier of its anchoring timex: "Fri 15 Aug 2025", "Fri 15 Aug 2025,
 * 11:00", "week of 4 Aug 2025", "Aug 2025", "Q3 2025", "about Aug 2025".
 * "" for an unanchored event.  Returns out. */
char *tl_when_human(const tl_timeline *tl, const tl_event *e, char *out, size_t n);
/* 1 when the event's date is approximate: coarser than a day, or qualified
 * (APPROX, BEFORE, START...).  Such events get hollow markers. */
int tl_when_is_approx(const tl_timeline *tl, const tl_event *e);
/* One line of the timeline as both the graphic and the HTML report show
 * it: the event, the group header it goes under (day, month or year,
 * whichever suits the span of the whole timeline; "Undated" at the end)
 * and its date worded for a reader who has just read that header:
 * "Fri 15 Aug" under "August 2025", "11:00" after another event that day,
 * "" when the row above already gives the same date. */
typedef struct tl_row {
    const tl_event *event;
    int new_group; /* first row under its header */
    char group[128];
    char date[128];
    char date_in_full[128]; /* what date says without the shortening from
                               the row above: for the top of a new page */
} tl_row;

/* The events in timeline order (dated by start, then undated), whatever
 * order tl->events holds.  *n_dated rows come first.  The caller frees the
 * array with free(); NULL when out of memory. */
tl_row *tl_rows(const tl_timeline *tl, size_t *n_rows, size_t *n_dated);

/* The subtitle of both: "45 events from 5 documents · 1867 – 18 Aug 2025,
 * mostly 2 Jun – 18 Aug".  The range runs from the earliest dated event to
 * the latest, so it holds every one shown; the stretch that most of them
 * (those dated to the week or finer) fall in follows as "mostly", when it
 * is narrower and does hold more than half of the dated events. */
void tl_timeline_summary(const tl_timeline *tl, const tl_row *rows, size_t n_rows,
                         size_t n_dated, char *out, size_t size);

/* A document's DCT as a person writes it ("Fri 15 Aug 2025"), "" if none. */
char *tl_dct_human(const tl_document *d, char *out, size_t n);

/* fonts.c: the font map every rendering uses (see fonts/fonts.conf), made
 * on first use and kept for the life of the process; NULL with err filled
 * when fontconfig or Pango cannot be set up. */
PangoFontMap *tl_font_map(tl_error *err);
/* The font family name all styles use. */
#define TL_FONT_FAMILY "timeline-sans"

#endif
