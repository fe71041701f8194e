/* debian_crate.c: the Debian writer for crates, in debcargo's form: source
 * rust-NAME, binary librust-NAME-dev providing the semver virtual packages
 * (librust-NAME-1-dev, -1.0-dev, -1.0.152-dev) and every feature that needs
 * nothing more than the crate itself; the other features grouped by what
 * they pull in, one librust-NAME+FEATURE-dev each (debcargo's collapsing). */
#include <stdlib.h>
#include <string.h>

#include "cargofeat.h"
#include "template.h"
#include "../fetch/cratesurl.h"
#include "writer.h"
#include "../core/cargover.h"
#include "../core/eco.h"
#include "../core/escape.h"
#include "../core/naming.h"
#include "../core/util.h"
#include "../fetch/digest.h"

/* The Debian relations of one dependency use, as debcargo writes them. */
static int render(const struct pkg *p, const struct dep *d, const char *feature, struct strv *out, struct ferr *e)
{
	const struct eco *eco = eco_find(p->eco);
	char *cap = feature ? xasprintf("%s/%s", d->name, feature)
		  : d->no_default ? xstrdup(d->name) : xasprintf("%s/default", d->name);
	char *note = NULL;
	const char *why = NULL;
	char *s = eco_render_dep(eco, cap, d->range, &family_debian, &note, &why);
	free(cap);
	free(note);
	if (!s)
		return ferr_set(e, FERR_INPUT, "%s@%s: dependency %s '%.200s': %s", p->name, p->version, d->name,
				d->range, why);
	/* "a, b" is two relations: each its own Depends entry */
	char *save = NULL;
	for (char *r = strtok_r(s, ",", &save); r; r = strtok_r(NULL, ",", &save)) {
		while (*r == ' ')
			r++;
		strv_add(out, r);
	}
	free(s);
	return 0;
}

/* cdep -> the requirement keys it means ("dep" with its default, each of
 * the features the manifest asks of it, or one feature) */
static int use(const struct pkg *p, const struct cdep *c, struct strv *out, struct ferr *e)
{
	const struct dep *d = &p->deps[c->dep];
	if (c->feature)
		return render(p, d, c->feature, out, e);
	if (render(p, d, NULL, out, e) != 0)
		return -1;
	for (size_t i = 0; i < d->features.n; i++)
		if (render(p, d, d->features.v[i], out, e) != 0)
			return -1;
	return 0;
}

static void nocheck(struct strv *deps, struct strv *out)
{
	for (size_t i = 0; i < deps->n; i++) {
		struct buf b = {0};
		char *copy = xstrdup(deps->v[i]), *save = NULL;
		int first = 1;
		for (char *alt = strtok_r(copy, "|", &save); alt; alt = strtok_r(NULL, "|", &save)) {
			while (*alt == ' ')
				alt++;
			size_t n = strlen(alt);
			while (n && alt[n - 1] == ' ')
				alt[--n] = 0;
			buf_printf(&b, "%s%s <!nocheck>", first ? "" : " | ", alt);
			first = 0;
		}
		free(copy);
		strv_push(out, buf_steal(&b));
	}
}

static void as_list(struct tvars *v, const char *name, struct strv *deps)
{
	strv_sort(deps);
	strv_uniq(deps);
	tvars_list(v, name);
	for (size_t i = 0; i < deps->n; i++)
		tvars_set(tvars_add_item(v, name), "dep", deps->v[i]);
}

/* A folded relation field: one entry per line, comma-separated. */
static void as_field(struct tvars *v, const char *name, struct strv *deps)
{
	strv_sort(deps);
	strv_uniq(deps);
	struct buf b = {0};
	for (size_t i = 0; i < deps->n; i++)
		buf_printf(&b, "%s\n %s", i ? "," : "", deps->v[i]);
	tvars_set(v, name, b.p ? b.p : "");
	buf_free(&b);
}


/* deps of a feature beyond the base package's, sorted (base sorted) */
static int extra(const struct pkg *p, const struct cfeat *f, const struct strv *base, struct strv *out, struct ferr *e)
{
	struct strv all = {0};
	for (size_t k = 0; k < f->nclosure; k++) {
		if (!cargo_target_linux(p->deps[f->closure[k].dep].target))
			continue;
		if (use(p, &f->closure[k], &all, e) != 0) {
			strv_free(&all);
			return -1;
		}
	}
	for (size_t i = 0; i < all.n; i++)
		if (!strv_sorted_has(base, all.v[i]))
			strv_add(out, all.v[i]);
	strv_sort(out);
	strv_uniq(out);
	strv_free(&all);
	return 0;
}

/* A package does not provide its own name (a compat package's semver
 * level is its name) */
static void drop_self(struct strv *provides, const char *self)
{
	size_t o = 0, n = strlen(self);
	for (size_t i = 0; i < provides->n; i++) {
		if (strncmp(provides->v[i], self, n) == 0 && provides->v[i][n] == ' ')
			free(provides->v[i]);
		else
			provides->v[o++] = provides->v[i];
	}
	provides->n = o;
}

static int cmp_strv(const struct strv *a, const struct strv *b)
{
	for (size_t i = 0; i < a->n && i < b->n; i++) {
		int c = strcmp(a->v[i], b->v[i]);
		if (c)
			return c;
	}
	return (a->n > b->n) - (a->n < b->n);
}

/* The features as a graph for the grouping below: ext[i] the extra
 * dependencies of fs[i]; features by equal extras (runs of order[], each
 * in index order); who enables whom, reversed, as indexes. */
struct fgroups {
	const struct cfeat *fs;
	size_t nf;
	const struct strv *ext;
	size_t *order, *run;      /* run[i]: where fs[i]'s run starts in order[] */
	size_t **prev, *nprev;    /* prev[j]: the features whose enables name fs[j] */
	size_t *seen, stamp;
	size_t *stack;
};

static const struct strv *sort_ext;

static int cmp_by_ext(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	int c = cmp_strv(&sort_ext[x], &sort_ext[y]);
	return c ? c : (x > y) - (x < y);
}

static void fgroups_init(struct fgroups *g, const struct cfeat *fs, size_t nf, const struct strv *ext)
{
	g->fs = fs;
	g->nf = nf;
	g->ext = ext;
	g->order = xcalloc(nf + 1, sizeof *g->order);
	g->run = xcalloc(nf + 1, sizeof *g->run);
	for (size_t i = 0; i < nf; i++)
		g->order[i] = i;
	sort_ext = ext;
	qsort(g->order, nf, sizeof *g->order, cmp_by_ext);
	sort_ext = NULL;
	for (size_t r = 0; r < nf; r++)
		g->run[g->order[r]] = r && cmp_strv(&ext[g->order[r - 1]], &ext[g->order[r]]) == 0 ? g->run[g->order[r - 1]] : r;
	g->prev = xcalloc(nf + 1, sizeof *g->prev);
	g->nprev = xcalloc(nf + 1, sizeof *g->nprev);
	size_t *cap = xcalloc(nf + 1, sizeof *cap);
	for (size_t i = 0; i < nf; i++)
		for (size_t k = 0; k < fs[i].enables.n; k++) {
			size_t j = cargo_feature_index(fs, nf, fs[i].enables.v[k]);
			if (j == nf)
				continue;
			if (g->nprev[j] == cap[j]) {
				cap[j] = cap[j] ? 2 * cap[j] : 4;
				g->prev[j] = xrealloc(g->prev[j], cap[j] * sizeof *g->prev[j]);
			}
			g->prev[j][g->nprev[j]++] = i;
		}
	free(cap);
	g->seen = xcalloc(nf + 1, sizeof *g->seen);
	g->stamp = 0;
	g->stack = xcalloc(nf + 1, sizeof *g->stack);
}

static void fgroups_free(struct fgroups *g)
{
	for (size_t i = 0; i < g->nf; i++)
		free(g->prev[i]);
	free(g->prev);
	free(g->nprev);
	free(g->order);
	free(g->run);
	free(g->seen);
	free(g->stack);
}

/* Does every member of the group (indexes, not k) turn on fs[k], directly
 * or through others?  A walk back from k over who enables whom. */
static int enabled_by_all(struct fgroups *g, size_t k, const size_t *members, size_t n)
{
	size_t stamp = ++g->stamp, top = 0;
	for (size_t i = 0; i < g->nprev[k]; i++)
		if (g->seen[g->prev[k][i]] != stamp) {
			g->seen[g->prev[k][i]] = stamp;
			g->stack[top++] = g->prev[k][i];
		}
	while (top) {
		size_t cur = g->stack[--top];
		for (size_t i = 0; i < g->nprev[cur]; i++)
			if (g->seen[g->prev[cur][i]] != stamp) {
				g->seen[g->prev[cur][i]] = stamp;
				g->stack[top++] = g->prev[cur][i];
			}
	}
	for (size_t i = 0; i < n; i++)
		if (members[i] != k && g->seen[members[i]] != stamp)
			return 0;
	return 1;
}

/* The names a crate's binaries are built from: the dashed crate name
 * (its provides), the package base (a compat package's nom-4), the base
 * binary, and the version's three semver levels ("1", "1.2", "1.2.3"). */
struct crate_names {
	const char *dashed, *pkgbase, *binary;
	char *levels[3];
};

/* Depends (the base's) and Build-Depends (with the Linux dev-dependencies
 * as <!nocheck>); base keeps the base's relations for the features. */
static int base_depends(const struct pkg *p, struct tvars *v, struct strv *base, struct ferr *e)
{
	struct strv check = {0}, bd = {0};
	int rc = -1;
	for (size_t i = 0; i < p->ndeps; i++) {
		const struct dep *dp = &p->deps[i];
		struct cdep c = {i, NULL};
		if (cargo_dep_base(dp) && use(p, &c, base, e) != 0)
			goto out;
		if (dp->kind == DEP_DEV && cargo_target_linux(dp->target) && use(p, &c, &check, e) != 0)
			goto out;
	}
	strv_sort(base);
	strv_uniq(base);
	nocheck(base, &bd);
	nocheck(&check, &bd);
	as_list(v, "build_depends", &bd);
	as_list(v, "depends", base);
	rc = 0;
out:
	strv_free(&check);
	strv_free(&bd);
	return rc;
}

/* debian/tests/control's Depends beyond the package: the Linux
 * dev-dependencies, as debcargo's cargo-auto-test entries list them (the
 * same relations Build-Depends carries <!nocheck> for dh_auto_test). */
static int test_depends(const struct pkg *p, struct tvars *v, struct ferr *e)
{
	struct strv check = {0};
	for (size_t i = 0; i < p->ndeps; i++) {
		const struct dep *dp = &p->deps[i];
		struct cdep c = {i, NULL};
		if (dp->kind == DEP_DEV && cargo_target_linux(dp->target) && use(p, &c, &check, e) != 0) {
			strv_free(&check);
			return -1;
		}
	}
	as_list(v, "test_depends", &check);
	strv_free(&check);
	return 0;
}

/* The base binary's Provides: the semver levels, and every feature that
 * needs nothing beyond the base (folded into it).  Returns whether the
 * default feature was folded. */
static int base_provides(const struct write_opts *o, const struct crate_names *cn, const struct cfeat *fs, size_t nf,
			 const struct strv *extras, struct tvars *v)
{
	struct strv provides = {0};
	int default_folded = 0;
	for (int k = 0; k < 3; k++)
		strv_push(&provides, xasprintf("librust-%s-%s-dev (= ${binary:Version})", cn->dashed, cn->levels[k]));
	if (o->compat)   /* the normal package's name, as debcargo's compat packages provide it */
		strv_push(&provides, xasprintf("librust-%s-dev (= ${binary:Version})", cn->dashed));
	for (size_t i = 0; i < nf; i++) {
		if (extras[i].n)
			continue;
		char *fd = naming_crate_deb(fs[i].name);
		strv_push(&provides, xasprintf("librust-%s+%s-dev (= ${binary:Version})", cn->dashed, fd));
		for (int k = 0; k < 3; k++)
			strv_push(&provides, xasprintf("librust-%s-%s+%s-dev (= ${binary:Version})", cn->dashed,
						       cn->levels[k], fd));
		if (strcmp(fs[i].name, "default") == 0)
			default_folded = 1;
		free(fd);
	}
	drop_self(&provides, cn->binary);
	as_field(v, "provides", &provides);
	strv_free(&provides);
	return default_folded;
}

/* One feature package for a group of features with equal extra
 * dependencies (deps), named after lead; its binary's name is added to
 * suggests and to bins. */
static void feature_package(const struct write_opts *o, const struct crate_names *cn, const char *lead,
			    const struct strv *group, const struct strv *deps, struct tvars *v, struct strv *suggests,
			    struct strv *bins)
{
	struct tvars *it = tvars_add_item(v, "features");
	char *fd = naming_crate_deb(lead);
	char *bin = xasprintf("librust-%s+%s-dev", cn->pkgbase, fd);
	tvars_set(it, "binary_name", bin);
	tvars_set(it, "base", cn->binary);
	tvars_set(it, "feature", lead);
	strv_push(suggests, xasprintf("%s (= ${binary:Version})", bin));
	strv_add(bins, bin);
	struct strv fp = {0}, also = {0}, dv = {0};
	if (o->compat)
		strv_push(&fp, xasprintf("librust-%s+%s-dev (= ${binary:Version})", cn->dashed, fd));
	for (size_t g = 0; g < group->n; g++) {
		char *gd = naming_crate_deb(group->v[g]);
		if (strcmp(group->v[g], lead) != 0) {
			strv_push(&fp, xasprintf("librust-%s+%s-dev (= ${binary:Version})", cn->dashed, gd));
			strv_add(&also, group->v[g]);
		}
		for (int k = 0; k < 3; k++)
			strv_push(&fp, xasprintf("librust-%s-%s+%s-dev (= ${binary:Version})", cn->dashed, cn->levels[k], gd));
		free(gd);
	}
	drop_self(&fp, bin);
	as_field(it, "provides", &fp);
	for (size_t g = 0; g < deps->n; g++)
		strv_add(&dv, deps->v[g]);
	as_list(it, "depends", &dv);
	struct buf ab = {0};
	for (size_t g = 0; g < also.n; g++)
		buf_printf(&ab, "%s%s", g ? "\", \"" : "", also.v[g]);
	tvars_set(it, "also", ab.p ? ab.p : "");
	buf_free(&ab);
	strv_free(&fp);
	strv_free(&also);
	strv_free(&dv);
	free(bin);
	free(fd);
}

/* The features that need more than the base: grouped by equal extra
 * dependencies, each group named after the member the others turn on
 * (debcargo: serde_derive, not derive); their binaries' names added to
 * bins.  Returns whether the default feature's package is recommended. */
static int feature_packages(const struct write_opts *o, const struct crate_names *cn, const struct cfeat *fs,
			    size_t nf, const struct strv *extras, int default_folded, struct tvars *v,
			    struct strv *suggests, struct strv *bins)
{
	tvars_list(v, "features");
	char *done = xcalloc(nf ? nf : 1, 1);
	size_t *members = xcalloc(nf ? nf : 1, sizeof *members);
	struct fgroups fg;
	fgroups_init(&fg, fs, nf, extras);
	int recommended = 0;
	for (size_t i = 0; i < nf; i++) {
		if (!extras[i].n || done[i])
			continue;
		size_t lead = i, nm = 0;
		struct strv group = {0};
		for (size_t r = fg.run[i]; r < nf && fg.run[fg.order[r]] == fg.run[i]; r++) {
			size_t k = fg.order[r];   /* in index order: i first */
			if (!done[k]) {
				strv_add(&group, fs[k].name);
				members[nm++] = k;
				done[k] = 1;
			}
		}
		/* the first member (in name order) that every other one turns on */
		for (size_t m = 0; m < nm; m++)
			if (enabled_by_all(&fg, members[m], members, nm)) {
				lead = members[m];
				break;
			}
		feature_package(o, cn, fs[lead].name, &group, &extras[i], v, suggests, bins);
		if (strv_has(&group, "default") && !default_folded) {
			tvars_setf(v, "recommends", "librust-%s+default-dev (= ${binary:Version})", cn->pkgbase);
			recommended = 1;
		}
		strv_free(&group);
	}
	free(done);
	free(members);
	fgroups_free(&fg);
	return recommended;
}

/* A feature package is only Depends and Provides, which lintian's
 * empty-rust-library-declares-provides (an error) reports; Debian's Rust
 * team keeps such packages for Cargo's features and overrides the tag for
 * each one, as debcargo writes it (debian/BIN.lintian-overrides). */
static void feature_overrides(const struct strv *bins, struct outtree *t)
{
	for (size_t i = 0; i < bins->n; i++) {
		char *path = xasprintf("%s/debian/%s.lintian-overrides", t->top, bins->v[i]);
		outtree_add(t, path, xasprintf("# a feature package: only Depends and Provides, as debcargo writes one\n"
					       "%s binary: empty-rust-library-declares-provides *\n", bins->v[i]), 0644);
		free(path);
	}
}

/* debian/watch: the registry's index file of the crate, each line's
 * "vers" a version (yanked ones aside), the .crate at config.json's dl */
static void watch(const struct pkg *p, const struct write_opts *o, struct tvars *v)
{
	char *path = cratesurl_index_path(p->name);
	char *page = o->registry ? xasprintf("%s%s", o->registry, path) : NULL;
	debian_watch_vars(p, page, "\\x22vers\\x22:\\x22(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.]+)?)\\x22[^\\n]*\\x22yanked\\x22:false", v);
	free(page);
	free(path);
}

int debian_crate_write(const struct pkg *p, const struct write_opts *o, struct outtree *t, struct ferr *e)
{
	struct tvars *v = tvars_new();
	struct cfeat *fs = NULL;
	size_t nf = 0;
	struct strv base = {0}, ids = {0}, suggests = {0}, featbins = {0};
	struct strv *extras = NULL;
	int rc = -1;
	char *s, *debver = NULL, *dashed = naming_crate_deb(p->name), *binary = NULL, *pkgbase = NULL;
	const char *why;
	struct npmver ver = {0};
	struct crate_names cn = {0};

	if (cargover_parse(p->version, &ver, &why) != 0) {
		ferr_set(e, FERR_INPUT, "%s@%s: version: %s", p->name, p->version, why);
		goto out;
	}
	/* a compat package's binaries take debcargo's semver-suffixed names
	 * (nom-4); its provides stay those of the crate (dashed) */
	pkgbase = writer_compat(p, o, &family_debian, dashed, v, e);
	if (!pkgbase)
		goto out;
	t->top = xasprintf("rust-%s", pkgbase);
	tvars_set(v, "pkgname", t->top);
	tvars_set(v, "crate", p->name);
	binary = xasprintf("librust-%s-dev", pkgbase);
	tvars_set(v, "binary", binary);
	s = esc_deb_line(p->version);
	tvars_set(v, "upstream_version", s);
	free(s);
	debver = eco_find(p->eco)->translate(p->version, family_debian.spell, &why);
	tvars_set(v, "deb_version", debver);
	char *fallback = xasprintf("Rust crate \"%s\"", p->name);
	char *closing = xasprintf("This package contains the source for the Rust %s crate, packaged by ferry for use with cargo and dh-cargo.", p->name);
	writer_deb_vars(p, v, fallback, 60, closing);
	free(fallback);
	free(closing);
	tvars_set(v, "excluded", "");
	tvars_list(v, "dep_notes");
	debian_common(p, o, v, &ids);
	if (base_depends(p, v, &base, e) != 0 || test_depends(p, v, e) != 0)
		goto out;

	/* features: those needing nothing beyond the base fold into it */
	cargo_features(p, &fs, &nf);
	extras = xcalloc(nf ? nf : 1, sizeof *extras);
	for (size_t i = 0; i < nf; i++)
		if (extra(p, &fs[i], &base, &extras[i], e) != 0)
			goto out;
	cn = (struct crate_names){dashed, pkgbase, binary, {
		xasprintf("%llu", (unsigned long long)ver.major),
		xasprintf("%llu.%llu", (unsigned long long)ver.major, (unsigned long long)ver.minor),
		xasprintf("%llu.%llu.%llu", (unsigned long long)ver.major, (unsigned long long)ver.minor,
			  (unsigned long long)ver.patch)}};
	int default_folded = base_provides(o, &cn, fs, nf, extras, v);
	if (!feature_packages(o, &cn, fs, nf, extras, default_folded, v, &suggests, &featbins))
		tvars_set(v, "recommends", "");
	as_field(v, "suggests", &suggests);

	static const struct tfile files[] = {
		{"deb/crate/control.in", "debian/control", 0644},
		{"deb/crate/rules.in", "debian/rules", 0755},
		{"deb/changelog.in", "debian/changelog", 0644},
		{"deb/copyright.in", "debian/copyright", 0644},
		{"deb/format.in", "debian/source/format", 0644},
		{"deb/crate/watch.in", "debian/watch", 0644},
		{"deb/crate/tests-control.in", "debian/tests/control", 0644},
	};
	watch(p, o, v);
	if (writer_render_files(files, sizeof files / sizeof files[0], v, t, e) != 0)
		goto out;
	/* dh-cargo copies debian/cargo-checksum.json into the unpacked crate
	 * (as the .cargo-checksum.json of a vendored registry source): the
	 * .crate's sha256, no per-file sums, as debcargo writes it */
	char *sum = digest_hex(DIGEST_SHA256, o->artifact, o->artifact_len);
	char *path = xasprintf("%s/debian/cargo-checksum.json", t->top);
	outtree_add(t, path, xasprintf("{\"package\":\"%s\",\"files\":{}}\n", sum), 0644);
	free(path);
	free(sum);
	feature_overrides(&featbins, t);
	/* the .crate is the orig tarball, as debcargo does */
	if (debian_orig(o, debver, 0, NULL, NULL, t, e) != 0)
		goto out;
	rc = 0;
out:
	if (extras)
		for (size_t i = 0; i < nf; i++)
			strv_free(&extras[i]);
	free(extras);
	for (int k = 0; k < 3; k++)
		free(cn.levels[k]);
	cargo_features_free(fs, nf);
	npmver_free(&ver);
	strv_free(&base);
	strv_free(&ids);
	strv_free(&suggests);
	strv_free(&featbins);
	free(debver);
	free(dashed);
	free(pkgbase);
	free(binary);
	tvars_free(v);
	return rc;
}
