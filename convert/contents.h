/* contents.h: what every reader notes about an artifact's files: the
 * top-level entries, license files (and the first one's text), and
 * documentation, by the names the ecosystems use. */
#ifndef FERRY_CONTENTS_H
#define FERRY_CONTENTS_H

#include "../core/model.h"
#include "../fetch/archive.h"

int contents_is_license(const char *path);   /* LICENSE*, COPYING*, NOTICE* at the root */
int contents_is_doc(const char *path);       /* README*, CHANGELOG*, ... at the root */
int contents_plain_name(const char *s);      /* safe unquoted in %files and shell */
/* A relative path of plain names ("lib/x.node"; not "a//b", "./a", "-r/x"):
 * safe unquoted as a shell argument, a %files line or a control field. */
int contents_plain_path(const char *s);

/* JavaScript whose bytes contents_nosource reads (readers keep them) */
int contents_is_script(const char *path);
/* lintian's source-is-missing (Lintian::Check::Files::SourceMissing): a
 * script named as minified ("x.min.js", "-packed.js", "_umd.js", ...) or
 * whose longest line passes CONTENTS_LONG_LINE bytes, with no source of the
 * same name beside it (its folder, the parent, ./src, ../src: x.js,
 * x.src.js, x-debug.js, ...).  Such a file goes to p->nosource, or, when
 * the package needs it at run time, to p->nosource_kept: an entry point
 * (entries: main, exports, bin paths as package.json writes them), or a
 * file another script names in a string ("./generated", "x.js'").  Paths
 * that are not plain (contents_plain_path) are noted, never repacked. */
#define CONTENTS_LONG_LINE 512
/* at most this many such scripts are examined (each is looked for in
 * every other script); the rest are kept, said in a note */
#define CONTENTS_MAX_NOSOURCE 256
void contents_nosource(const struct pkgfiles *f, const struct strv *entries, struct pkg *p);

/* Fills p->files, p->licenses, p->license_texts, p->docs and
 * p->license_text ("" if none). */
void contents_scan(const struct pkgfiles *f, struct pkg *p);

#endif
