/* The registry's history of a package: the ecosystem's reader parses it
 * (convert/reader.h), the model holds it (core/model.h). */
#include "review.h"
#include "../convert/reader.h"
#include "../core/eco.h"

int history_read(const char *eco, const char *name, const char *doc, size_t len, struct history *h,
		 struct ferr *e)
{
	const struct reader *rd = reader_find(eco);
	if (!rd || !rd->history)
		return ferr_set(e, FERR_USAGE, "%s: unknown ecosystem '%s' (known: %s)", name, eco, eco_names());
	int rc = rd->history(doc, len, name, h, e);
	history_settle(h);
	return rc;
}
