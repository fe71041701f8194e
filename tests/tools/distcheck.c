/* distcheck: the distributions' own version semantics judge ferry's
 * translations.
 *
 *   distcheck sound ECO   lines "RANGE<TAB>VERSION<TAB>VERDICT" (VERDICT from
 *                         the ecosystem's reference implementation: yes, no
 *                         or error).  The range is rendered as ferry's RPM
 *                         dependency and evaluated by libsolv against a
 *                         provide of the translated version; and as ferry's
 *                         Debian relations, evaluated with dpkg's own
 *                         version relations (libdpkg) against the package
 *                         "VERSION-1" and its Provides (debcargo's semver
 *                         virtual packages for crates).
 *   distcheck order ECO   lines "NAME<TAB>V1 V2 ...": every pair of one
 *                         package's versions must order the same under the
 *                         ecosystem, librpm's rpmverCmp and dpkg.
 *
 * A disagreement where the distribution admits a version the ecosystem
 * refuses fails the run, except for classes no relation can state, which
 * are counted and named: pre-release admission (npm, Cargo and PEP 440 only
 * match pre-releases that a comparator names), PEP 440 local versions
 * (which PyPI does not host) and "===" (string identity).  A distribution
 * refusing what the ecosystem admits is the safe side: counted, allowed. */
#define LIBDPKG_VOLATILE_API 1
#include <dpkg/dpkg-db.h>
#include <dpkg/version.h>
#include <rpm/rpmver.h>
#include <solv/pool.h>
#include <solv/pool_parserpmrichdep.h>
#include <solv/poolarch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/cargover.h"
#include "core/eco.h"
#include "core/npmver.h"
#include "core/pep440.h"
#include "core/util.h"

/* ---- what kind of version is this ------------------------------------ */

struct kind {
	int valid, pre, local;
};

static struct kind kind_of(const char *eco, const char *ver)
{
	struct kind k = {0, 0, 0};
	const char *why;
	if (strcmp(eco, "pypi") == 0) {
		struct pepver v;
		if (pepver_parse(ver, &v, &why) == 0) {
			k.valid = 1;
			k.pre = pepver_is_pre(&v);
			k.local = v.local != NULL;
			pepver_free(&v);
		}
		return k;
	}
	struct npmver v;
	int r = strcmp(eco, "crate") == 0 ? cargover_parse(ver, &v, &why) : npmver_parse(ver, &v, &why);
	if (r == 0) {
		k.valid = 1;
		k.pre = *v.pre != 0;
		npmver_free(&v);
	}
	return k;
}

/* ---- RPM, by libsolv ------------------------------------------------- */

static int rpm_admits(Pool *pool, const char *cap, const char *dep, const char *ver)
{
	Id d = 0;
	if (dep[0] == '(') {
		d = pool_parserpmrichdep(pool, dep);
	} else if (strchr(dep, ' ')) {
		char name[512], op[4], evr[512];
		if (sscanf(dep, "%511s %3s %511s", name, op, evr) == 3) {
			int flags = 0;
			for (char *o = op; *o; o++)
				flags |= *o == '<' ? REL_LT : *o == '>' ? REL_GT : *o == '=' ? REL_EQ : 0;
			d = pool_rel2id(pool, pool_str2id(pool, name, 1), pool_str2id(pool, evr, 1), flags, 1);
		}
	} else {
		d = pool_str2id(pool, dep, 1);
	}
	if (!d)
		return -1;
	Id prov = pool_rel2id(pool, pool_str2id(pool, cap, 1), pool_str2id(pool, ver, 1), REL_EQ, 1);
	return pool_match_dep(pool, prov, d);
}

/* ---- Debian, by libdpkg ---------------------------------------------- */

static int deb_version(struct dpkg_version *v, const char *s)
{
	struct dpkg_error err = {0};
	int r = parseversion(v, s, &err);
	dpkg_error_destroy(&err);
	return r;
}

/* One atom "name" or "name (op version)" against the provides (all at
 * version pv). */
static int deb_atom(const char *atom, const struct strv *provides, const struct dpkg_version *pv)
{
	char name[512], op[3] = "", ver[512] = "";
	int n = sscanf(atom, " %511[^ (] (%2[<>=] %511[^)])", name, op, ver);
	if (n < 1)
		return -1;
	if (!strv_has(provides, name))
		return 0;
	if (n < 3)
		return 1;
	enum dpkg_relation rel = strcmp(op, ">=") == 0 ? DPKG_RELATION_GE
			       : strcmp(op, "<=") == 0 ? DPKG_RELATION_LE
			       : strcmp(op, ">>") == 0 ? DPKG_RELATION_GT
			       : strcmp(op, "<<") == 0 ? DPKG_RELATION_LT
			       : strcmp(op, "=") == 0  ? DPKG_RELATION_EQ : DPKG_RELATION_NONE;
	struct dpkg_version rv;
	if (rel == DPKG_RELATION_NONE || deb_version(&rv, ver) != 0)
		return -1;
	return dpkg_version_relate(pv, rel, &rv);
}

/* "a | b, c": AND of ORs */
static int deb_admits(const char *dep, const struct strv *provides, const char *pkgver)
{
	struct dpkg_version pv;
	if (deb_version(&pv, pkgver) != 0)
		return -1;
	char *copy = xstrdup(dep), *save = NULL;
	int all = 1;
	for (char *clause = strtok_r(copy, ",", &save); clause && all; clause = strtok_r(NULL, ",", &save)) {
		int any = 0;
		char *s2 = NULL;
		for (char *alt = strtok_r(clause, "|", &s2); alt; alt = strtok_r(NULL, "|", &s2)) {
			int r = deb_atom(alt, provides, &pv);
			if (r < 0) {
				free(copy);
				return -1;
			}
			any |= r;
		}
		all = any;
	}
	free(copy);
	return all;
}

/* The package that ships VERSION and what it provides. */
static void deb_provides(const struct eco *e, const char *ver, struct strv *out)
{
	char *pkg = family_eco(&family_debian, e->name)->cap("foo");
	strv_add(out, pkg);
	if (strcmp(e->name, "crate") == 0) {
		struct npmver v;
		const char *why;
		if (cargover_parse(ver, &v, &why) == 0) {
			strv_push(out, xasprintf("librust-foo-%llu-dev", (unsigned long long)v.major));
			strv_push(out, xasprintf("librust-foo-%llu.%llu-dev", (unsigned long long)v.major,
						 (unsigned long long)v.minor));
			strv_push(out, xasprintf("librust-foo-%llu.%llu.%llu-dev", (unsigned long long)v.major,
						 (unsigned long long)v.minor, (unsigned long long)v.patch));
			npmver_free(&v);
		}
	}
	free(pkg);
}

/* ---- sound ----------------------------------------------------------- */

struct tally {
	long agree, differ, pre, local, ident, safe;
};

static void judge(struct tally *t, const char *target, int eco_yes, int dist_yes, struct kind k,
		  const char *range, const char *ver, const char *dep, const char *tv, int ident)
{
	if (eco_yes == dist_yes) {
		t->agree++;
	} else if (!dist_yes) {
		t->safe++;
		if (getenv("DISTCHECK_VERBOSE"))
			printf("SAFE %s: '%s' '%s' dep=%s version=%s\n", target, range, ver, dep ? dep : "(none)",
			       tv ? tv : "(none)");
	} else if (k.pre) {
		t->pre++;
	} else if (k.local) {
		t->local++;
	} else if (ident) {
		t->ident++;
	} else {
		t->differ++;
		if (t->differ <= 30)
			printf("DIFFER %s: '%s' '%s' ecosystem=no %s=yes dep=%s version=%s\n", target, range, ver,
			       target, dep ? dep : "(none)", tv ? tv : "(none)");
	}
}

static void report(const char *target, const struct tally *t)
{
	printf("%s: %ld agree, %ld differ, %ld on the safe side (refused, upstream admits); "
	       "admitted, upstream refuses: %ld pre-release admission, %ld local versions, %ld ===\n",
	       target, t->agree, t->differ, t->safe, t->pre, t->local, t->ident);
}

static int sound(const struct eco *e)
{
	Pool *pool = pool_create();
	pool_setdisttype(pool, DISTTYPE_RPM);
	pool_setarch(pool, "noarch");
	char *cap = family_eco(&family_fedora, e->name)->cap("foo");
	struct tally rpm = {0}, deb = {0};
	long skipped = 0, unrendered = 0;
	char *line = NULL;
	size_t lcap = 0;
	while (getline(&line, &lcap, stdin) > 0) {
		line[strcspn(line, "\n")] = 0;
		char *range = line, *ver = strchr(line, '\t');
		char *verdict = ver ? strchr(ver + 1, '\t') : NULL;
		if (!verdict)
			continue;
		*ver++ = 0;
		*verdict++ = 0;
		if (strcmp(verdict, "yes") != 0 && strcmp(verdict, "no") != 0) {
			skipped++;
			continue;
		}
		int eco_yes = strcmp(verdict, "yes") == 0;
		struct kind k = kind_of(e->name, ver);
		int ident = strstr(range, "===") != NULL;
		const char *why;
		for (int target = 0; target < 2; target++) {
			const struct family *tt = target ? &family_debian : &family_fedora;
			char *note = NULL;
			char *dep = eco_render_dep(e, "foo", range, tt, &note, &why);
			char *tv = e->translate(ver, tt->spell, &why);
			int yes = 0;
			if (!dep && eco_yes && why && strcmp(why, "range matches no version") != 0) {
				unrendered++;   /* refused with a reason: no dependency written */
			}
			if (dep && tv) {
				if (tt == &family_fedora) {
					yes = rpm_admits(pool, cap, dep, tv);
				} else {
					struct strv prov = {0};
					deb_provides(e, ver, &prov);
					char *pv = xasprintf("%s-1", tv);
					yes = deb_admits(dep, &prov, pv);
					free(pv);
					strv_free(&prov);
				}
				if (yes < 0) {
					printf("UNPARSED %s dependency: %s\n", target ? "deb" : "rpm", dep);
					yes = 0;
				}
			}
			judge(target ? &deb : &rpm, target ? "deb" : "rpm", eco_yes, yes, k, range, ver, dep, tv, ident);
			free(dep);
			free(note);
			free(tv);
		}
	}
	free(line);
	free(cap);
	pool_free(pool);
	report("rpm (libsolv)", &rpm);
	report("deb (libdpkg)", &deb);
	printf("%ld pairs the reference rejects as invalid skipped; %ld ranges refused with a reason\n",
	       skipped, unrendered);
	return rpm.differ || deb.differ ? 1 : 0;
}

/* ---- order ----------------------------------------------------------- */

static int sign(int x)
{
	return x < 0 ? -1 : x > 0;
}

/* two SemVer pre-releases of one major.minor.patch (npm, crates) */
static int same_release_pre(const struct eco *e, const char *a, const char *b)
{
	if (strcmp(e->name, "pypi") == 0)
		return 0;
	struct npmver va, vb;
	const char *why;
	int crate = strcmp(e->name, "crate") == 0;
	if ((crate ? cargover_parse(a, &va, &why) : npmver_parse(a, &va, &why)) != 0)
		return 0;
	if ((crate ? cargover_parse(b, &vb, &why) : npmver_parse(b, &vb, &why)) != 0) {
		npmver_free(&va);
		return 0;
	}
	int same = *va.pre && *vb.pre && va.major == vb.major && va.minor == vb.minor && va.patch == vb.patch;
	npmver_free(&va);
	npmver_free(&vb);
	return same;
}

static int order(const struct eco *e)
{
	long pairs = 0, bad_rpm = 0, bad_deb = 0, invalid = 0, versions = 0, pre_order = 0;
	char *line = NULL;
	size_t lcap = 0;
	while (getline(&line, &lcap, stdin) > 0) {
		line[strcspn(line, "\n")] = 0;
		char *tab = strchr(line, '\t');
		if (!tab)
			continue;
		*tab = 0;
		struct strv vs = {0}, rpm = {0}, deb = {0};
		char *save = NULL;
		for (char *v = strtok_r(tab + 1, " ", &save); v; v = strtok_r(NULL, " ", &save)) {
			const char *why;
			char *r = e->translate(v, family_fedora.spell, &why);
			char *d = e->translate(v, family_debian.spell, &why);
			if (!r || !d) {
				invalid++;
				free(r);
				free(d);
				continue;
			}
			strv_add(&vs, v);
			strv_push(&rpm, r);
			strv_push(&deb, d);
		}
		versions += (long)vs.n;
		rpmver *rv = xcalloc(vs.n + 1, sizeof *rv);
		struct dpkg_version *dv = xcalloc(vs.n + 1, sizeof *dv);
		for (size_t i = 0; i < vs.n; i++) {
			rv[i] = rpmverParse(rpm.v[i]);
			deb_version(&dv[i], deb.v[i]);
		}
		for (size_t i = 0; i < vs.n; i++)
			for (size_t j = i + 1; j < vs.n; j++) {
				int c;
				const char *why;
				e->compare(vs.v[i], vs.v[j], &c, &why);
				int cr = sign(rpmverCmp(rv[i], rv[j]));
				int cd = sign(dpkg_version_compare(&dv[i], &dv[j]));
				pairs++;
				if ((cr != c || cd != c) && same_release_pre(e, vs.v[i], vs.v[j])) {
					/* SemVer orders pre-release identifiers as ASCII
					 * ("alpha10" < "alpha9"); RPM and dpkg compare digit
					 * runs as numbers, and ferry keeps Fedora's and
					 * Debian's own spelling (1.0.0~alpha10) */
					pre_order++;
					continue;
				}
				if (cr != c && ++bad_rpm <= 20)
					printf("ORDER rpm %s: %s vs %s = %d, but %s vs %s = %d\n", line, vs.v[i], vs.v[j], c,
					       rpm.v[i], rpm.v[j], cr);
				if (cd != c && ++bad_deb <= 20)
					printf("ORDER deb %s: %s vs %s = %d, but %s vs %s = %d\n", line, vs.v[i], vs.v[j], c,
					       deb.v[i], deb.v[j], cd);
			}
		for (size_t i = 0; i < vs.n; i++)
			rpmverFree(rv[i]);
		free(rv);
		free(dv);
		strv_free(&vs);
		strv_free(&rpm);
		strv_free(&deb);
	}
	free(line);
	printf("order: %ld versions, %ld pairs; rpmverCmp disagrees on %ld, dpkg on %ld; %ld pairs of pre-releases "
	       "of one release that SemVer orders as ASCII (alpha10 < alpha9) and the distributions numerically; "
	       "%ld invalid versions skipped\n", versions, pairs, bad_rpm, bad_deb, pre_order, invalid);
	return bad_rpm || bad_deb ? 1 : 0;
}

int main(int argc, char **argv)
{
	const struct eco *e = argc == 3 ? eco_find(argv[2]) : NULL;
	if (!e || (strcmp(argv[1], "sound") != 0 && strcmp(argv[1], "order") != 0)) {
		fprintf(stderr, "usage: distcheck sound|order npm|crate|pypi\n");
		return 2;
	}
	return strcmp(argv[1], "sound") == 0 ? sound(e) : order(e);
}
