/* bundle.h: what a plan says of a distribution package that ships other
 * registry packages inside it (Debian: "Provides: node-mime-db (=
 * 1.52.0)" on node-mime, pkg-js-tools' ${nodejs:Provides} for the
 * components it installs at the root). */
#ifndef FERRY_BUNDLE_H
#define FERRY_BUNDLE_H

#include <solv/pool.h>

#include "../core/family.h"
#include "plan.h"

/* nd's distribution package is solvable s, found for the name it is asked
 * by (name: its id, or 0): where the family provides at a bundled
 * version (not provides_own_version) and s is another package than name,
 * nd->bundle and nd->bundle_version get s's name and own version ("bundled
 * in node-mime"); nd->bundle_provides gets every other name s provides at
 * one version, "PACKAGE\tVERSION" ("node-destroy\t1.2.0"), sorted, which an update of s must
 * keep. */
void plan_bundle(Pool *pool, const struct family *t, Id s, Id name, struct plan_node *nd);

#endif
