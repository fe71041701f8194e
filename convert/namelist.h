/* namelist.h: a list of package names in GuardDog's JSON form,
 * {"packages": ["name", ...]}, for review's popular-name lists: the JSON
 * stays in convert/ with the other formats.
 *
 * Ownership: the names are added to *out (strv_add copies); text is
 * borrowed. */
#ifndef FERRY_NAMELIST_H
#define FERRY_NAMELIST_H

#include <stddef.h>

#include "../core/util.h"

/* 0, or -1 when text is not an object with a "packages" array (non-string
 * members are skipped).  Parsed under jsonmem's budget. */
int namelist_guarddog(const char *text, size_t len, struct strv *out);

#endif
