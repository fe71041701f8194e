/* copyright.h: debian/copyright's facts from the package's own license
 * files (LICENSE, LICENCE, COPYING, NOTICE: contents.h), every byte of
 * which is untrusted registry input.
 *
 * A file is "PATH\tTEXT" (struct pkg's license_texts).  Returned strings
 * and lists are owned by the caller; the lists are added to. */
#ifndef FERRY_COPYRIGHT_H
#define FERRY_COPYRIGHT_H

#include "../core/util.h"

/* The holders the files name, as written after "Copyright", "(c)" or "©"
 * ("2014-2017 TJ Holowaychuk <tj@vision-media.ca>"), each once, in file
 * order.  A license's own notice (the FSF's in a GPL text) and template
 * lines ("Copyright [yyyy] [name of copyright owner]") are not holders.
 * At most COPYRIGHT_MAX_HOLDERS, each cut to 200 bytes. */
#define COPYRIGHT_MAX_HOLDERS 32
void copyright_holders(const struct strv *files, struct strv *out);

/* The DEP-5 short name of a license text by its wording (Expat, MIT-0,
 * ISC, 0BSD, BSD-2-clause, BSD-3-clause, Apache-2.0, MPL-2.0, GPL-2,
 * GPL-3, LGPL-2.1, LGPL-3, Zlib, Unlicense), or NULL. */
const char *copyright_classify(const char *text);

/* A License paragraph's body from a license file: its lines as written,
 * each after one space, an empty line as " .", tabs as spaces, control
 * bytes dropped, invalid UTF-8 as '?'; the leading title and copyright
 * lines go (they are the Copyright field's).  "" when nothing is left. */
char *copyright_para(const char *text);

/* The file of fs whose text is the license deb_id (copyright_classify),
 * or, when only one license is named and one file is unrecognised, that
 * one; its text (borrowed from fs) or NULL. */
const char *copyright_file_for(const struct strv *fs, const char *deb_id, size_t nids);

#endif
