/* Debian (and the dpkg family) behind the family table (family.h). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "cargover.h"
#include "date.h"
#include "escape.h"
#include "family.h"
#include "naming.h"
#include "npmver.h"
#include "pep508.h"
#include "util.h"

static const struct verspell spell = {
	.pre_hyphen = '+',
	.post_sep = "+",
	.revisions_above = 1,
	.past_revisions = ".~",
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

/* "1:2.28.1+dfsg-1" -> "2.28.1": the epoch and the revision go, then
 * pkg-js-tools' component suffix ("8.1.1+~8.1.1", "1.2.3+~cs4.5.6",
 * "6.0.0+~3.0.4+~2.0.0": what follows the first "+~" are the versions of
 * embedded components, each Provided at its own version as node-NAME
 * (= V), never the main package's), then the repack suffixes */
static char *upstream_version(const char *debver)
{
	const char *colon = strchr(debver, ':');
	const char *s = colon ? colon + 1 : debver;
	const char *dash = strrchr(s, '-');
	char *v = dash ? xstrndup(s, (size_t)(dash - s)) : xstrdup(s);
	static const char *const cut[] = {"+~", "+dfsg", "~dfsg", "+ds", "~ds", "+repack", "~repack"};
	for (size_t i = 0; i < sizeof cut / sizeof cut[0]; i++) {
		char *p = strstr(v, cut[i]);
		if (p)
			*p = 0;
	}
	return v;
}

/* ---- npm: node-NAME --------------------------------------------------- */

static char *npm_bare(const char *name, const struct nametable *tbl)
{
	(void)tbl;
	return naming_npm_deb(name);
}

/* the package, for the base only: Debian has no packages of features */
static void npm_provides(const struct unitname *u, const struct nametable *tbl, struct strv *out)
{
	if (!u->feature)
		strv_push(out, npm_bare(u->name, tbl));
}

/* node-X (node-types-X is @types/X); Provides node-Y (= V) for modules a
 * package bundles */
static char *npm_upstream(const char *pkg, int provide, const struct nametable *tbl, const char **rule)
{
	(void)tbl;
	if (provide) {
		*rule = "Provides node-NAME";
		return str_startswith(pkg, "node-") ? xstrdup(pkg + 5) : NULL;
	}
	if (str_startswith(pkg, "node-types-")) {
		*rule = "node-types-NAME";
		return xasprintf("@types/%s", pkg + 11);
	}
	*rule = "node-NAME";
	return str_startswith(pkg, "node-") ? xstrdup(pkg + 5) : NULL;
}

/* node-scope-x is how Debian names @scope/x: "a-b-c" may be @a/b-c or
 * @a-b/c (nearest the front first, as scopes are short) */
static void npm_alternatives(const char *name, struct strv *out)
{
	if (name[0] == '@')
		return;
	for (const char *d = strchr(name, '-'); d && d[1]; d = strchr(d + 1, '-'))
		if (d > name)
			strv_push(out, xasprintf("@%.*s/%s", (int)(d - name), name, d + 1));
}

/* ---- crates: debcargo's librust-NAME-dev ------------------------------ */

static char *crate_bare(const char *name, const struct nametable *tbl)
{
	(void)tbl;
	return crate_cap(name);
}

/* librust-X[+F]-dev and debcargo's semver-suffixed names for it,
 * librust-X-M[+F]-dev, librust-X-M.m[+F]-dev, librust-X-M.m.p[+F]-dev */
static void crate_provides(const struct unitname *u, const struct nametable *tbl, struct strv *out)
{
	(void)tbl;
	struct npmver v;
	const char *why;
	char *d = naming_crate_deb(u->name);
	char *f = u->feature ? naming_crate_deb(u->feature) : NULL;
	char *suffix = f ? xasprintf("+%s", f) : xstrdup("");
	strv_push(out, xasprintf("librust-%s%s-dev", d, suffix));
	if (cargover_parse(u->version, &v, &why) == 0) {
		unsigned long long ma = v.major, mi = v.minor, pa = v.patch;
		strv_push(out, xasprintf("librust-%s-%llu%s-dev", d, ma, suffix));
		strv_push(out, xasprintf("librust-%s-%llu.%llu%s-dev", d, ma, mi, suffix));
		strv_push(out, xasprintf("librust-%s-%llu.%llu.%llu%s-dev", d, ma, mi, pa, suffix));
		npmver_free(&v);
	}
	free(suffix);
	free(f);
	free(d);
}

/* the base package librust-X-dev (X with '-', as debcargo names it), and
 * the compat packages librust-X-0.2-dev of older semver-majors; not the
 * feature packages librust-X+F-dev */
static char *crate_upstream(const char *pkg, int provide, const struct nametable *tbl, const char **rule)
{
	(void)tbl;
	if (provide || !str_startswith(pkg, "librust-") || !str_endswith(pkg, "-dev") || strchr(pkg, '+'))
		return NULL;
	char *crate = xstrndup(pkg + 8, strlen(pkg) - 12);
	char *last = strrchr(crate, '-');   /* versions start with a digit after a '-' */
	if (!last || !isdigit((unsigned char)last[1])) {
		*rule = "librust-NAME-dev";
	} else {
		*last = 0;
		*rule = "librust-NAME-MAJOR-dev (compat)";
	}
	return crate;
}

/* ---- PyPI: python3-NAME, dh-python's table first ---------------------- */

/* dh-python's mapping data names Python distributions; else
 * python3-<PEP 503 name> */
static char *pypi_bare(const char *name, const struct nametable *tbl)
{
	const char *pkg = tbl ? tbl->pkg(tbl, name) : NULL;
	if (pkg)
		return xstrdup(pkg);
	char *key = pep503_name(name);
	char *s = xasprintf("python3-%s", key);
	free(key);
	return s;
}

static void pypi_provides(const struct unitname *u, const struct nametable *tbl, struct strv *out)
{
	if (!u->feature)
		strv_push(out, pypi_bare(u->name, tbl));
}

static char *pypi_upstream(const char *pkg, int provide, const struct nametable *tbl, const char **rule)
{
	if (provide || !str_startswith(pkg, "python3-") || str_endswith(pkg, "-dbg") || str_endswith(pkg, "-doc"))
		return NULL;
	const char *dist = tbl ? tbl->name(tbl, pkg) : NULL;
	*rule = dist ? tbl->label : "python3-NAME";
	return xstrdup(dist ? dist : pkg + 8);
}

static const struct family_eco ecos[] = {
	{.eco = "npm", .cap = naming_npm_deb, .compat_sep = "-",
	 .bare = npm_bare, .provides = npm_provides, .upstream = npm_upstream,
	 .alternatives = npm_alternatives},
	{.eco = "crate", .cap = crate_cap, .dep = crate_dep, .compat_sep = "-", .compat_always = 1,
	 .bare = crate_bare, .provides = crate_provides, .upstream = crate_upstream},
	{.eco = "pypi", .cap = pypi_cap, .compat_sep = "-",
	 .bare = pypi_bare, .provides = pypi_provides, .upstream = pypi_upstream, .table = "dh-python"},
};

/* dpkg-architecture's DEB_HOST_GNU_CPU of Debian's release architectures
 * (and two ports); glibc everywhere */
static const struct family_arch arches[] = {
	{"amd64", "x86_64", "linux", "gnu"},       {"arm64", "aarch64", "linux", "gnu"},
	{"armel", "arm", "linux", "gnu"},          {"armhf", "arm", "linux", "gnu"},
	{"i386", "i686", "linux", "gnu"},          {"mips64el", "mips64el", "linux", "gnu"},
	{"ppc64el", "powerpc64le", "linux", "gnu"}, {"riscv64", "riscv64", "linux", "gnu"},
	{"s390x", "s390x", "linux", "gnu"},        {"loong64", "loongarch64", "linux", "gnu"},
};

/* the trailer line of the top entry: " -- NAME <EMAIL>  DATE" */
static long long changelog_time(const char *entries)
{
	for (const char *l = entries; *l; l += strcspn(l, "\n") + (l[strcspn(l, "\n")] == '\n')) {
		if (strncmp(l, " -- ", 4) != 0)
			continue;
		const char *gt = memchr(l, '>', strcspn(l, "\n"));
		return gt && gt[1] == ' ' && gt[2] == ' ' ? date_parse_deb(gt + 3) : -1;
	}
	return -1;
}

const struct family family_debian = {
	.name = "debian",
	.alias = "deb",
	.disttype = "deb",
	.arch = "amd64",
	.arches = arches,
	.narches = sizeof arches / sizeof arches[0],
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
	.upstream_version = upstream_version,
	.provides_own_version = 0,
	.rel = {.all = ",", .any = "|", .paren = 1, .rich = 0},
	.tree_dir = "debian",
	.changelog_file = "%1$s/debian/changelog",
	.changelog_mark = NULL,
	.changelog_time = changelog_time,
	.reset_field = NULL,            /* the revision is the changelog's */
	.patch_series = "debian/patches/series",
	.patch_tag = NULL,
	.ecos = ecos,
	.necos = sizeof ecos / sizeof ecos[0],
};
