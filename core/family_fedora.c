/* Fedora (and the rpm family) behind the family table (family.h). */
#include <stdlib.h>
#include <string.h>

#include "date.h"
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

/* "1.2.3-1.fc41" -> "1.2.3": the release goes, an epoch stays */
static char *upstream_version(const char *evr)
{
	return xstrndup(evr, strcspn(evr, "-"));
}

/* Relations name capabilities, so the index is asked for the capability
 * and each unit provides its own: crate(x/f), python3dist(x[e]) */
static char *npm_bare(const char *name, const struct nametable *tbl)
{
	(void)tbl;
	return naming_npm_rpm_cap(name);
}

static char *crate_bare(const char *name, const struct nametable *tbl)
{
	(void)tbl;
	return crate_cap(name);
}

static char *pypi_bare(const char *name, const struct nametable *tbl)
{
	(void)tbl;
	return pypi_cap(name);
}

static void npm_provides(const struct unitname *u, const struct nametable *tbl, struct strv *out)
{
	strv_push(out, npm_bare(u->cap, tbl));
}

static void crate_provides(const struct unitname *u, const struct nametable *tbl, struct strv *out)
{
	strv_push(out, crate_bare(u->cap, tbl));
}

static void pypi_provides(const struct unitname *u, const struct nametable *tbl, struct strv *out)
{
	strv_push(out, pypi_bare(u->cap, tbl));
}

/* Fedora's packages say what they ship: PREFIX NAME ")" provided at the
 * version, not those of a feature ("crate(x/f)") or extra
 * ("python3dist(x[e])") */
static char *provided(const char *pkg, int provide, const char *prefix)
{
	size_t k = strlen(prefix);
	if (!provide || strncmp(pkg, prefix, k) != 0 || !str_endswith(pkg, ")"))
		return NULL;
	char *nm = xstrndup(pkg + k, strlen(pkg) - k - 1);
	if (!strchr(nm, '/') && !strchr(nm, '['))
		return nm;
	free(nm);
	return NULL;
}

static char *npm_upstream(const char *pkg, int provide, const struct nametable *tbl, const char **rule)
{
	(void)tbl;
	*rule = "npm(NAME)";
	return provided(pkg, provide, "npm(");
}

static char *crate_upstream(const char *pkg, int provide, const struct nametable *tbl, const char **rule)
{
	(void)tbl;
	*rule = "crate(NAME)";
	return provided(pkg, provide, "crate(");
}

static char *pypi_upstream(const char *pkg, int provide, const struct nametable *tbl, const char **rule)
{
	(void)tbl;
	*rule = "python3dist(NAME)";
	return provided(pkg, provide, "python3dist(");
}

static const struct family_eco ecos[] = {
	{.eco = "npm", .cap = naming_npm_rpm_cap, .compat_sep = "_",
	 .bare = npm_bare, .provides = npm_provides, .upstream = npm_upstream},
	{.eco = "crate", .cap = crate_cap, .compat_sep = "_",
	 .bare = crate_bare, .provides = crate_provides, .upstream = crate_upstream},
	{.eco = "pypi", .cap = pypi_cap, .compat_sep = "_",
	 .bare = pypi_bare, .provides = pypi_provides, .upstream = pypi_upstream},
};

/* rpm's architectures Fedora builds for, by their GNU CPU */
static const struct family_arch arches[] = {
	{"x86_64", "x86_64", "linux", "gnu"}, {"aarch64", "aarch64", "linux", "gnu"},
	{"i686", "i686", "linux", "gnu"},     {"ppc64le", "powerpc64le", "linux", "gnu"},
	{"s390x", "s390x", "linux", "gnu"},   {"riscv64", "riscv64", "linux", "gnu"},
	{"armv7hl", "arm", "linux", "gnu"},
};

/* the top entry's line: "* DATE NAME <EMAIL> - VERSION-RELEASE" */
static long long changelog_time(const char *entries)
{
	for (const char *l = entries; *l; l += strcspn(l, "\n") + (l[strcspn(l, "\n")] == '\n'))
		if (l[0] == '*' && l[1] == ' ')
			return date_parse_rpm(l + 2);
	return -1;
}

const struct family family_fedora = {
	.name = "fedora",
	.alias = "rpm",
	.disttype = "rpm",
	.arch = "x86_64",
	.arches = arches,
	.narches = sizeof arches / sizeof arches[0],
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
	.upstream_version = upstream_version,
	.provides_own_version = 1,
	.rel = {.all = "", .any = "", .paren = 0, .rich = 1},
	.tree_dir = NULL,                /* a spec folder holds no tree */
	.changelog_file = "%1$s/%1$s.spec",
	.changelog_mark = "%changelog",
	.changelog_time = changelog_time,
	.reset_field = "Release:",
	.patch_series = NULL,
	.patch_tag = "Patch",
	.ecos = ecos,
	.necos = sizeof ecos / sizeof ecos[0],
};
