/* Severities and findings (review.h): what the rules add to a review,
 * below both the delta (review_run) and the rules. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "review.h"
#include "../core/util.h"

static const char *const sev_names[] = {"info", "low", "medium", "high"};

const char *severity_str(enum severity s)
{
	return sev_names[s];
}

int severity_parse(const char *s)
{
	for (int i = 0; i < 4; i++)
		if (strcmp(s, sev_names[i]) == 0)
			return i;
	return -1;
}

void review_add(struct review *r, const char *rule, enum severity sev, const char *evidence, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	struct buf b = {0};
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	r->findings = xrealloc(r->findings, (r->nfindings + 1) * sizeof *r->findings);
	r->findings[r->nfindings++] = (struct finding){rule, sev, buf_steal(&b), xstrdup(evidence)};
}
