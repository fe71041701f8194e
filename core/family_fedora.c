/* Fedora (and the rpm family) behind the family table (family.h). */
#include <stdlib.h>

#include "escape.h"
#include "family.h"
#include "naming.h"
#include "util.h"

static const struct verspell spell = {
	.pre_hyphen = '_',
	.post_sep = "^",
	.revisions_above = 0,
	.past_revisions = NULL,
};

static char *relation(const char *cap, const struct ivlist *l, char **note)
{
	*note = NULL;
	return interval_rpm(cap, l);
}

/* Fedora 41: Python 3.13 */
static const struct pyenv pyenv = {
	"3.13", "3.13.0", "posix", "linux", "", "Linux", "", "x86_64", "CPython", "cpython", "3.13.0",
};

static char *crate_cap(const char *name)
{
	return xasprintf("crate(%s)", name);
}

static char *pypi_cap(const char *name)
{
	char *n = naming_pypi_normal(name, 1);
	char *s = xasprintf("python3dist(%s)", n);
	free(n);
	return s;
}

static const struct family_eco ecos[] = {
	{.eco = "npm", .cap = naming_npm_rpm_cap, .compat_sep = "_"},
	{.eco = "crate", .cap = crate_cap, .compat_sep = "_"},
	{.eco = "pypi", .cap = pypi_cap, .compat_sep = "_"},
};

const struct family family_fedora = {
	.name = "fedora",
	.alias = "rpm",
	.disttype = "rpm",
	.arch = "x86_64",
	.noarch = "noarch",
	.spell = &spell,
	.relation = relation,
	.esc_line = esc_rpm_line,
	.esc_text = esc_rpm_text,
	.by_capability = 1,
	.extras_packages = 1,
	.pyenv = &pyenv,
	.index_a = "an rpm-md",
	.index_label = "rpm-md (Fedora)",
	.ecos = ecos,
	.necos = sizeof ecos / sizeof ecos[0],
};
