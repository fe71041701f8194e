/* The ledger against a registry: vetting with real artifacts, and the
 * review gate of ferry import. */
#include "vetrun.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/model.h"
#include "../fetch/digest.h"

const char *vetrun_ledger_dir(const char *flag)
{
	if (flag && *flag)
		return flag;
	const char *env = getenv("FERRY_LEDGER");
	return env && *env ? env : NULL;
}

int vetrun_criteria(const struct ledger *l, const char *arg, struct strv *out, struct ferr *e)
{
	const char *s = arg;
	while (*s) {
		size_t n = strcspn(s, ",");
		char *c = xstrndup(s, n);
		if (!ledger_criteria_known(l, c)) {
			ferr_set(e, FERR_USAGE, "criteria '%.100s' is not declared in the ledger (built in: safe-to-run, safe-to-deploy; "
				 "others in config.toml [criteria.NAME])", c);
			free(c);
			return -1;
		}
		if (strv_has(out, c))
			free(c);
		else
			strv_push(out, c);
		s += n + (s[n] == ',');
	}
	strv_sort(out);
	return 0;
}

void vetrun_report_rejected(const struct ledger *l)
{
	for (size_t i = 0; i < l->rejected.n; i++)
		fprintf(stderr, "ferry: %s (entry ignored)\n", l->rejected.v[i]);
}

int vetrun_target(const char *arg, const char *cmd, const struct source **src, char **name, char **version,
		  struct ferr *e)
{
	const char *colon = strchr(arg, ':');
	char *eco = colon ? xstrndup(arg, (size_t)(colon - arg)) : NULL;
	*src = eco ? source_find(eco) : NULL;
	free(eco);
	const char *at = colon ? strchr(colon + 1 + (colon[1] == '@'), '@') : NULL;
	if (!*src || !at || !at[1])
		return ferr_set(e, FERR_USAGE, "%s: '%.200s': expected ECO:NAME@VERSION with ECO one of %s", cmd, arg,
				source_names());
	*name = xstrndup(colon + 1, (size_t)(at - colon - 1));
	*version = xstrdup(at + 1);
	const char *why = (*src)->invalid_name(*name);
	if (why)
		return ferr_set(e, FERR_USAGE, "%s: '%.214s': %s", cmd, *name, why);
	return 0;
}

char *vetrun_exact(const struct source *src, const char *version)
{
	return strcmp(src->eco, "crate") == 0 ? xasprintf("=%s", version) : xstrdup(version);
}

/* ---- artifacts, fetched once per version ------------------------------ */

struct art {
	char *version;
	int ok;
	char *sha256, *sha512;
	long long size;
	char *why;            /* when not ok */
};

struct artctx {
	const struct source *src;
	const char *registry, *name;
	struct art *v;
	size_t n;
};

static struct art *art_add(struct artctx *c, const char *version)
{
	c->v = xrealloc(c->v, (c->n + 1) * sizeof *c->v);
	struct art *a = &c->v[c->n++];
	memset(a, 0, sizeof *a);
	a->version = xstrdup(version);
	a->size = -1;
	return a;
}

static void art_bytes(struct art *a, const void *data, size_t len)
{
	a->ok = 1;
	a->sha256 = digest_hex(DIGEST_SHA256, data, len);
	a->sha512 = digest_hex(DIGEST_SHA512, data, len);
	a->size = (long long)len;
}

static struct art *art_get(struct artctx *c, const char *version)
{
	for (size_t i = 0; i < c->n; i++)
		if (strcmp(c->v[i].version, version) == 0)
			return &c->v[i];
	struct art *a = art_add(c, version);
	struct pkg p = {0};
	struct ferr e = {0};
	struct fetched f = {0};
	char *want = vetrun_exact(c->src, version);
	if (source_fetch_artifact(c->src, c->registry, c->name, want, 1, &p, &f, &e) == 0 &&
	    strcmp(p.version, version) == 0)
		art_bytes(a, f.artifact, f.artifact_len);
	else
		a->why = xstrdup(e.msg[0] ? e.msg : "the registry selects another version");
	pkg_free(&p);
	fetched_free(&f);
	free(want);
	return a;
}

static int art_fn(void *ctx, const char *version, const char **sha256, const char **sha512, long long *size)
{
	struct art *a = art_get(ctx, version);
	if (!a->ok)
		return -1;
	*sha256 = a->sha256, *sha512 = a->sha512, *size = a->size;
	return 0;
}

static void art_free(struct artctx *c)
{
	for (size_t i = 0; i < c->n; i++)
		free(c->v[i].version), free(c->v[i].sha256), free(c->v[i].sha512), free(c->v[i].why);
	free(c->v);
}

/* ---- one package version ------------------------------------------------- */

static void chain_line(struct buf *out, const struct audit *a)
{
	if (a->from)
		buf_printf(out, "  delta %s -> %s", a->from, a->version);
	else
		buf_printf(out, "  audit %s", a->version);
	buf_printf(out, " by %s%s%s (%s)", a->who, a->date ? ", " : "", a->date ? a->date : "", a->file);
	if (a->origin)
		buf_printf(out, " [imported from %s]", a->origin);
	buf_addc(out, '\n');
}

int vetrun_one(struct ledger *l, const struct source *src, const char *registry, const char *name,
	       const char *version, const void *seed, size_t seedlen, const struct strv *criteria, int trust,
	       struct buf *out, char **suggest, long long *cost, struct ferr *e)
{
	struct artctx ac = {src, registry, name, NULL, 0};
	struct strv common = {0};
	int rc = -1, all = 1;
	if (seed)
		art_bytes(art_add(&ac, version), seed, seedlen);
	const struct art *mine = art_get(&ac, version);
	if (!mine->ok) {
		ferr_set(e, FERR_NET, "%s", mine->why);
		goto out;
	}
	const long long size = mine->size;   /* art_get moves the array */
	for (size_t c = 0; c < criteria->n; c++) {
		struct vet v;
		ledger_vet(l, src->eco, name, version, criteria->v[c], trust, art_fn, &ac, &v);
		buf_printf(out, "%s:%s@%s: %s for %s\n", src->eco, name, version, v.vetted ? "vetted" : "not vetted",
			   criteria->v[c]);
		for (size_t i = 0; i < v.nchain; i++)
			chain_line(out, v.chain[i]);
		if (!v.vetted) {
			all = 0;
			for (size_t i = 0; i < v.notes.n; i++)
				buf_printf(out, "  ignored %s\n", v.notes.v[i]);
			buf_adds(out, "  vetted versions:");
			for (size_t i = 0; i < v.vetted_versions.n; i++)
				buf_printf(out, " %s", v.vetted_versions.v[i]);
			buf_adds(out, v.vetted_versions.n ? "\n" : " none\n");
		}
		/* versions vetted for every criteria so far */
		if (c == 0) {
			for (size_t i = 0; i < v.vetted_versions.n; i++)
				strv_add(&common, v.vetted_versions.v[i]);
		} else {
			struct strv keep = {0};
			for (size_t i = 0; i < common.n; i++)
				if (strv_has(&v.vetted_versions, common.v[i]))
					strv_add(&keep, common.v[i]);
			strv_free(&common);
			common = keep;
		}
		vet_free(&v);
	}
	if (!all && suggest) {
		/* the smallest review: a delta from the vetted version whose
		 * artifact size is nearest, else a full audit of the artifact */
		struct buf crit = {0};
		for (size_t i = 0; i < criteria->n; i++)
			buf_printf(&crit, "%s%s", i ? "," : "", criteria->v[i]);
		long long best = size;
		const char *from = NULL;
		for (size_t i = 0; i < common.n; i++) {
			const struct art *a = art_get(&ac, common.v[i]);
			long long d = a->ok ? llabs(a->size - size) : -1;
			if (a->ok && (d < best || (d == best && !from)))
				best = d, from = common.v[i];
		}
		*cost = best;
		if (from)
			*suggest = xasprintf("ferry approve %s:%s@%s --delta-from %s --criteria %s", src->eco, name, version, from,
					     crit.p);
		else
			*suggest = xasprintf("ferry approve %s:%s@%s --criteria %s", src->eco, name, version, crit.p);
		buf_printf(out, "  smallest review: %s  (about %lld bytes: %s)\n", *suggest, best,
			   from ? "the artifacts' size difference" : "the whole artifact");
		buf_free(&crit);
	}
	rc = all;
out:
	strv_free(&common);
	art_free(&ac);
	return rc;
}

/* ---- import's gate ------------------------------------------------------------ */

int review_gate_open(struct review_gate *g, int require, const char *ledger_flag, int trust, struct ferr *e)
{
	memset(g, 0, sizeof *g);
	const char *dir = vetrun_ledger_dir(ledger_flag);
	if (!dir) {
		if (require)
			return ferr_set(e, FERR_CONFIG, "import: --require-review: no ledger (--ledger DIR or $FERRY_LEDGER)");
		return 0;
	}
	if (ledger_open(dir, &g->l, e) != 0)
		return -1;
	g->on = require || g->l.require_review;
	g->trust = trust || g->l.trust_imports;
	if (g->on && vetrun_criteria(&g->l, g->l.policy_criteria, &g->criteria, e) != 0)
		return -1;
	return 0;
}

int review_gate_note(struct review_gate *g, const struct source *src, const char *registry, const char *name,
		     const char *version, const void *data, size_t len, struct ferr *e)
{
	if (!g->on)
		return 0;
	char *key = xasprintf("%s:%s@%s", src->eco, name, version);
	if (strv_has(&g->seen, key)) {
		free(key);
		return 0;
	}
	strv_push(&g->seen, key);
	char *pkg = xasprintf("%s:%s", src->eco, name);
	int fresh = !strv_has(&g->loaded, pkg);
	if (fresh)
		strv_push(&g->loaded, pkg);
	else
		free(pkg);
	size_t before = g->l.rejected.n;
	if (fresh && ledger_load(&g->l, src->eco, name, e) != 0)
		return -1;
	for (size_t i = before; i < g->l.rejected.n; i++)
		fprintf(stderr, "ferry: %s (entry ignored)\n", g->l.rejected.v[i]);
	struct buf out = {0};
	char *suggest = NULL;
	long long cost = 0;
	int r = vetrun_one(&g->l, src, registry, name, version, data, len, &g->criteria, g->trust, &out, &suggest, &cost, e);
	if (r == 0) {
		buf_add(&g->report, out.p, out.len);
		strv_push(&g->missing, xasprintf("%020lld\t%s", cost, suggest));
	}
	free(suggest);
	buf_free(&out);
	return r < 0 ? -1 : 0;
}

int review_gate_verdict(struct review_gate *g, struct ferr *e)
{
	if (!g->on || g->missing.n == 0)
		return 0;
	fputs(g->report.p, stdout);
	strv_sort(&g->missing);
	printf("\nreviews to do, smallest first (size: artifact size difference of a delta, or the artifact's size):\n");
	for (size_t i = 0; i < g->missing.n; i++) {
		const char *tab = strchr(g->missing.v[i], '\t');
		printf("  %s  # %lld bytes\n", tab + 1, strtoll(g->missing.v[i], NULL, 10));
	}
	return ferr_set(e, FERR_FOUND, "import: review: %zu of %zu packages not vetted for %s (ledger %s); nothing written",
			g->missing.n, g->seen.n, g->l.policy_criteria, g->l.dir);
}

void review_gate_free(struct review_gate *g)
{
	if (g->l.dir)
		ledger_free(&g->l);
	strv_free(&g->criteria);
	strv_free(&g->seen);
	strv_free(&g->loaded);
	strv_free(&g->missing);
	buf_free(&g->report);
}
