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

/* Fills p->files, p->licenses, p->license_texts, p->docs and
 * p->license_text ("" if none). */
void contents_scan(const struct pkgfiles *f, struct pkg *p);

#endif
