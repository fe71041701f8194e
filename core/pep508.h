/* pep508.h: PyPI requirement lines (PEP 508) and environment markers, as
 * packaging 23.x parses and evaluates them.
 *
 *   name [extras] (specifiers | @ url) ; marker
 *
 * A marker is evaluated for a target environment (the Python and platform
 * of the distribution the writer targets).  "extra" markers are answered
 * per extra: pep508_extras() names the extras that switch a requirement on.
 *
 * Ownership: pepreq_parse fills a caller struct that owns everything;
 * pepreq_free releases it (safe on a zeroed struct). */
#ifndef FERRY_PEP508_H
#define FERRY_PEP508_H

#include <stddef.h>

#include "util.h"

/* The marker variables; NULL means undefined (evaluating it is an error). */
struct pyenv {
	const char *python_version, *python_full_version, *os_name, *sys_platform,
		*platform_release, *platform_system, *platform_version, *platform_machine,
		*platform_python_implementation, *implementation_name, *implementation_version;
};

/* A distribution's Python is its family's (family.h: pyenv). */

struct marker;

struct pepreq {
	char *name;            /* as written */
	struct strv extras;    /* as written, in order */
	char *specs;           /* "" when none */
	char *url;             /* set for "name @ url" */
	struct marker *marker; /* NULL when none */
};

/* A marker may test "extra" at most PEP508_MAX_EXTRA_TESTS times (real
 * ones test it once or a few times; pepreq_extras' time grows with that
 * count times the marker's length): more is refused. */
#define PEP508_MAX_EXTRA_TESTS 256
#define PEP508_STR_(x) #x
#define PEP508_STR(x) PEP508_STR_(x)
int pepreq_parse(const char *line, struct pepreq *r, const char **why);
void pepreq_free(struct pepreq *r);

/* Evaluate the marker (1 when there is none) with "extra" set to extra
 * ("" for none): 1, 0, or -1 with *why (an undefined variable, a version
 * comparison on a non-version). */
int pepreq_marker(const struct pepreq *r, const struct pyenv *env, const char *extra, const char **why);

/* The marker written back as packaging does (str(Marker)); "" when none. */
char *pepreq_marker_str(const struct pepreq *r);

/* Which extras enable the requirement on env: into *out the extra names
 * (PEP 503-normalised, sorted) that the marker compares "extra" with and
 * for which it holds while it does not hold without an extra.  Returns 1
 * when the requirement applies without any extra, 0 when only with the
 * extras listed (none: never on this environment), -1 on error. */
int pepreq_extras(const struct pepreq *r, const struct pyenv *env, struct strv *out, const char **why);

/* PEP 503 normalisation: lower case, runs of -_. as one '-'. */
char *pep503_name(const char *name);

#endif
