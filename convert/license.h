/* license.h: SPDX license expressions in Debian's copyright-format names.
 * Returned strings are owned by the caller. */
#ifndef FERRY_LICENSE_H
#define FERRY_LICENSE_H

#include "../core/util.h"

/* "MIT OR Apache-2.0" -> "Expat or Apache-2.0"; identifiers it does not
 * know pass through; NULL when the text is not an SPDX-like expression
 * ("SEE LICENSE IN ..."). *ids receives each Debian short name once;
 * a license WITH an exception as DEP-5 names its paragraph ("Apache-2.0
 * with LLVM exception"). */
char *license_deb(const char *spdx, struct strv *ids);
/* The file under /usr/share/common-licenses for a Debian short name, or NULL. */
const char *license_common(const char *deb_id);

#endif
