/* npm behind the ecosystem table (eco.h). */
#include <stdlib.h>
#include <string.h>

#include "eco.h"
#include "eco_semver.h"
#include "naming.h"
#include "npmver.h"
#include "util.h"

static int satisfies(const char *range, const char *version, const char **why)
{
	struct npmrange r;
	struct npmver v;
	if (npmrange_parse(range, &r, why) != 0)
		return -1;
	if (npmver_parse(version, &v, why) != 0) {
		npmrange_free(&r);
		return -1;
	}
	int ok = npmrange_test(&r, &v);
	npmrange_free(&r);
	npmver_free(&v);
	return ok;
}

static int compare(const char *a, const char *b, int *out, const char **why)
{
	return semver_compare(npmver_parse, a, b, out, why);
}

static char *translate(const char *version, const struct verspell *sp, const char **why)
{
	return semver_translate(npmver_parse, version, sp, why);
}

static char *pkgver(const char *version, const struct verspell *sp)
{
	const char *why;
	return translate(version, sp, &why);
}

static int intervals(const char *range, const struct verspell *t, struct ivlist *out, const char **why)
{
	struct npmrange r;
	if (npmalias_is(range)) {   /* the reader resolves good aliases: this one is bad */
		char *n = NULL, *a = NULL;
		if (npmalias_parse(range, &n, &a, why) == 0)
			*why = "an alias (npm:NAME@RANGE) where a range belongs";
		free(n), free(a);
		return -1;
	}
	if (npmrange_parse(range, &r, why) != 0)
		return -1;
	npmrange_intervals(&r, t, out);
	npmrange_free(&r);
	return 0;
}

static char *same(const char *s)
{
	return xstrdup(s);
}

static char *exact(const char *version)
{
	return semver_valid(npmver_parse, version) ? xstrdup(version) : NULL;
}

static char *series(const char *version)
{
	return semver_series(npmver_parse, version);
}

/* ---- platforms: node's process.platform, process.arch and npm's libc ---- */

/* GNU CPU names (family.h: struct family_arch) as node's process.arch */
static const char *node_arch(const char *gnu_cpu)
{
	static const char *const map[][2] = {
		{"x86_64", "x64"},     {"aarch64", "arm64"},        {"i686", "ia32"},     {"i386", "ia32"},
		{"arm", "arm"},        {"powerpc64le", "ppc64"},    {"s390x", "s390x"},   {"riscv64", "riscv64"},
		{"mips64el", "mips64el"}, {"loongarch64", "loong64"},
	};
	for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
		if (strcmp(map[i][0], gnu_cpu) == 0)
			return map[i][1];
	return gnu_cpu;
}

/* npm-install-checks' rule for one field: a value named wins, a value
 * negated ("!win32") loses, a list of negations only admits the rest,
 * "any" admits everything; the field absent admits everything */
static int list_admits(const struct strv *platform, const char *field, const char *value)
{
	size_t fl = strlen(field), n = 0, negated = 0;
	int match = 0;
	for (size_t i = 0; i < platform->n; i++) {
		const char *e = platform->v[i];
		if (strncmp(e, field, fl) != 0 || e[fl] != ' ')
			continue;
		e += fl + 1;
		n++;
		if (strcmp(e, "any") == 0)
			match = 1;
		if (*e == '!') {
			negated++;
			if (value && strcmp(e + 1, value) == 0)
				return 0;
		} else if (value && strcmp(e, value) == 0) {
			match = 1;
		}
	}
	return !n || match || negated == n;
}

static const char *unfit(const struct strv *platform, const struct family_arch *a)
{
	/* process.platform is the kernel's name ("linux"); npm's libc is
	 * "glibc" or "musl", and known only on Linux */
	const char *libc = strcmp(a->os, "linux") != 0 ? NULL : strcmp(a->libc, "gnu") == 0 ? "glibc" : a->libc;
	if (!list_admits(platform, "os", a->os))
		return "its os field excludes this target";
	if (!list_admits(platform, "cpu", node_arch(a->gnu_cpu)))
		return "its cpu field excludes this target";
	if (!list_admits(platform, "libc", libc))
		return "its libc field excludes this target";
	return NULL;
}

const struct eco eco_npm = {
	.name = "npm",
	.label = "npm",
	.doc_noun = "packument",
	.artifact_noun = "tarball",
	.invalid_name = naming_npm_invalid,
	.normal = same,
	.exact = exact,
	.series = series,
	.nests = 1,
	.hooks_key = "scripts",
	.semver_tags = 1,
	.any_range = "*",
	.satisfies = satisfies,
	.compare = compare,
	.translate = translate,
	.pkgver = pkgver,
	.intervals = intervals,
	.unfit = unfit,
};
