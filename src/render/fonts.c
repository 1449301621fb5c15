/* fonts.c -- the same fonts, and so the same line and page breaks, on every
 * machine, without touching anything the rest of the process shares.
 *
 * What it does, once per process, at the first graphical rendering:
 *  1. reads fonts.conf from $TIMELINE_FONTS_DIR, or else from the fonts/
 *     directory of the source tree (TL_FONTS_DIR, fixed at build time), into
 *     a new FcConfig of its own.  That file names the font directories of
 *     the fonts-inter and fonts-dejavu-core packages and maps the family
 *     "timeline-sans" to Inter, then DejaVu Sans.  The user's
 *     ~/.config/fontconfig and the system's rules (hinting, substitutions,
 *     other installed fonts) are not read, so they cannot change the result;
 *  2. if that finds no font at all (the packages are missing or installed
 *     elsewhere, or fonts.conf is not there because the binary was moved
 *     away from its source tree), falls back to a fresh copy of the system
 *     configuration plus the aliases of fonts.conf if it exists: the output
 *     then differs from machine to machine, but text still shows;
 *  3. creates a PangoCairo font map of its own (FreeType backend) and
 *     attaches that FcConfig to it alone (pango_fc_font_map_set_config),
 *     which layout.c measures with and cairo.c draws with.
 * fontconfig's current configuration and Pango's default font map are left
 * alone, so an embedding program that uses either for its own text sees no
 * change, and our rules never leak into its rendering.
 * Errors are not printed (fontconfig is told not to complain): a
 * configuration that cannot be used at all becomes a tl_error.
 *
 * The font map lives as long as the process.  An exit handler releases it,
 * and with it our FcConfig, so leak checkers (make SAN=1) see a clean exit.
 * It does not call FcFini(), which would tear down fontconfig for everyone
 * else in the process.  That leaves one report LeakSanitizer gets wrong:
 * Pango's font map runs FcInit() (its own default configuration, loaded
 * once per process whoever asks), and part of that configuration is held
 * in a form the leak checker cannot follow: it reports 288 bytes lost that
 * FcFini() does free (a bare FcInit() program shows the same).  The test
 * run suppresses allocations made inside libfontconfig, and only those
 * (tests/lsan.supp): a font map or layout we fail to release is still
 * reported through the GLib and Pango frames that made it. */
#include <fontconfig/fontconfig.h>
#include <pango/pangofc-fontmap.h>
#include <libxml/parser.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <threads.h>
#include <unistd.h>

#include "layout.h"
#include "../util/error.h"

#ifndef TL_FONTS_DIR
#define TL_FONTS_DIR "fonts"
#endif

static once_flag once = ONCE_FLAG_INIT;
static PangoFontMap *font_map;
static char failure[480];

static int has_fonts(FcConfig *cfg)
{
    FcFontSet *sys = FcConfigGetFonts(cfg, FcSetSystem), *app = FcConfigGetFonts(cfg, FcSetApplication);
    return (sys && sys->nfont > 0) || (app && app->nfont > 0);
}

/* fontconfig prints its parse errors on stderr, and the library must not
 * print: a fonts.conf that is not well-formed XML is caught here first. */
static int well_formed(const char *conf)
{
    if (access(conf, R_OK) != 0) return 1; /* missing: step 2 handles it */
    xmlDocPtr doc = xmlReadFile(conf, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    xmlFreeDoc(doc);
    return doc != NULL;
}

static FcConfig *load_config(const char *conf)
{
    if (!well_formed(conf)) return NULL;
    FcConfig *cfg = FcConfigCreate();
    if (!cfg) return NULL;
    if (!FcConfigParseAndLoad(cfg, (const FcChar8 *)conf, FcFalse) || !FcConfigBuildFonts(cfg)) {
        FcConfigDestroy(cfg);
        return NULL;
    }
    if (has_fonts(cfg)) return cfg;
    FcConfigDestroy(cfg);

    /* Step 2 of the header comment: the system's fonts, our aliases, in a
     * configuration of our own (FcInitLoadConfig makes a new one). */
    cfg = FcInitLoadConfig();
    if (!cfg) return NULL;
    if (!FcConfigParseAndLoad(cfg, (const FcChar8 *)conf, FcFalse) || !FcConfigBuildFonts(cfg)) {
        FcConfigDestroy(cfg);
        return NULL;
    }
    return cfg;
}

static void release_fonts(void)
{
    g_object_unref(font_map);
    font_map = NULL;
}

static void init_fonts(void)
{
    const char *dir = getenv("TIMELINE_FONTS_DIR");
    if (!dir || !*dir) dir = TL_FONTS_DIR;
    char conf[PATH_MAX];
    if ((size_t)snprintf(conf, sizeof conf, "%s/fonts.conf", dir) >= sizeof conf) {
        snprintf(failure, sizeof failure, "font directory path too long");
        return;
    }
    FcConfig *cfg = load_config(conf);
    if (!cfg) {
        snprintf(failure, sizeof failure,
                 "%.300s: cannot load the font configuration (set TIMELINE_FONTS_DIR to the "
                 "directory holding fonts.conf)", conf);
        return;
    }
    font_map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
    if (!font_map || !PANGO_IS_FC_FONT_MAP(font_map)) {
        if (font_map) g_object_unref(font_map);
        font_map = NULL;
        FcConfigDestroy(cfg);
        snprintf(failure, sizeof failure, "Pango has no FreeType font map");
        return;
    }
    /* The font map takes its own reference: ours is dropped, and the
     * configuration goes when the font map does. */
    pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(font_map), cfg);
    FcConfigDestroy(cfg);
    atexit(release_fonts);
}

PangoFontMap *tl_font_map(tl_error *err)
{
    call_once(&once, init_fonts);
    if (!font_map) tl_fail(err, TL_EINPUT, "fonts: %s", failure);
    return font_map;
}
