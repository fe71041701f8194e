/* distroship.h: what a distribution's package indexes ship of one upstream
 * package, for ferry review's distro-version-gone rule: the loader of
 * ferry plan and ferry index (solver/distro.h) and their naming rules
 * (solver/names.h).
 *
 * Ownership: *out and its strings are the caller's (distro_ships_free). */
#ifndef FERRY_DISTROSHIP_H
#define FERRY_DISTROSHIP_H

#include "../core/err.h"
#include "../core/util.h"
#include "../review/review.h"

/* Each index (a Debian Packages file, a primary.xml, rpmdb:ROOT; the kind
 * is the index's own) is read in a pool of its kind; the packages that
 * ship eco:name are listed in *out, sorted by package and version.  0, or
 * -1 with e set. */
int distro_ships(const struct strv *indexes, const char *eco, const char *name, struct distro_ship **out, size_t *n,
		 struct ferr *e);
void distro_ships_free(struct distro_ship *v, size_t n);

#endif
