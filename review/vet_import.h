/* vet_import.h: audits from elsewhere, for `ferry vet import`: cargo-vet's
 * audits.toml, or another ferry ledger (its entries verified against its
 * own maintainers' keys).  The results are audits with origin set, ready
 * for ledger_add into imported/.
 *
 * Criteria are mapped through map ("THEIRS=OURS" strings); a criteria
 * without a mapping is kept when ours declares the same name, else
 * dropped, and an audit left with no criteria is skipped.
 *
 * Ownership: *out (an array of n audits) is the caller's: audit_free each,
 * then free the array; skipped gets one line per audit left out. */
#ifndef FERRY_VET_IMPORT_H
#define FERRY_VET_IMPORT_H

#include "ledger.h"

int vet_import_cargo(const char *text, size_t len, const char *origin, const struct ledger *ours,
		     const struct strv *map, struct audit **out, size_t *n, struct strv *skipped, struct ferr *e);
int vet_import_ferry(const char *dir, const char *origin, const struct ledger *ours, const struct strv *map,
		     struct audit **out, size_t *n, struct strv *skipped, struct ferr *e);

#endif
