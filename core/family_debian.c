/* Debian (and the dpkg family) behind the family table (family.h). */
#include <stdlib.h>
#include <string.h>

#include "cargover.h"
#include "escape.h"
#include "family.h"
#include "naming.h"
#include "util.h"

static const struct verspell spell = {
	.pre_hyphen = '+',
	.post_sep = "+",
	.revisions_above = 1,
	.past_revisions = "+~",
};

/* Debian 12: Python 3.11 */
static const struct pyenv pyenv = {
	"3.11", "3.11.2", "posix", "linux", "", "Linux", "", "x86_64", "CPython", "cpython", "3.11.2",
};

/* crates: debcargo's names, "serde/derive" -> librust-serde + "+derive-dev" */
static void crate_parts(const char *name, char **base, char **suffix)
{
	const char *slash = strchr(name, '/');
	char *bare = slash ? xstrndup(name, (size_t)(slash - name)) : xstrdup(name);
	char *crate = naming_crate_deb(bare);
	free(bare);
	*base = xasprintf("librust-%s", crate);
	free(crate);
	if (slash) {
		char *feat = naming_crate_deb(slash + 1);
		*suffix = xasprintf("+%s-dev", feat);
		free(feat);
	} else {
		*suffix = xstrdup("-dev");
	}
}

static char *crate_cap(const char *name)
{
	char *base, *suffix;
	crate_parts(name, &base, &suffix);
	char *s = xasprintf("%s%s", base, suffix);
	free(base);
	free(suffix);
	return s;
}

static char *crate_dep(const char *name, const char *range, const char **why)
{
	struct cargoreq r;
	*why = NULL;
	if (cargoreq_parse(range, &r, why) != 0)
		return NULL;
	char *base, *suffix;
	crate_parts(name, &base, &suffix);
	char *s = cargoreq_deb(&r, base, suffix, &spell);
	free(base);
	free(suffix);
	cargoreq_free(&r);
	return s;
}

static char *pypi_cap(const char *name)
{
	char *n = naming_pypi_normal(name, 0);
	char *s = xasprintf("python3-%s", n);
	free(n);
	return s;
}

static const struct family_eco ecos[] = {
	{.eco = "npm", .cap = naming_npm_deb, .compat_sep = "-"},
	{.eco = "crate", .cap = crate_cap, .dep = crate_dep, .compat_sep = "-", .compat_always = 1},
	{.eco = "pypi", .cap = pypi_cap, .compat_sep = "-"},
};

const struct family family_debian = {
	.name = "debian",
	.alias = "deb",
	.disttype = "deb",
	.arch = "amd64",
	.noarch = "all",
	.spell = &spell,
	.relation = interval_deb,
	.esc_line = esc_deb_line,
	.esc_text = esc_deb_text,
	.by_capability = 0,
	.extras_packages = 0,
	.pyenv = &pyenv,
	.index_a = "a Debian",
	.index_label = "Debian",
	.ecos = ecos,
	.necos = sizeof ecos / sizeof ecos[0],
};
