/* The ledger against a registry: vetting with real artifacts, and the
 * review gate of ferry import. */
#include "vetrun.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../convert/pkgfetch.h"
#include "../core/eco.h"
#include "../core/model.h"
#include "../fetch/digest.h"
#include "../review/cost.h"

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

int vetrun_target(const char *arg, const char *cmd, struct pkgspec *s, struct ferr *e)
{
	const char *why;
	if (pkgspec_parse(arg, 0, s, &why) != 0 && !why)
		return ferr_set(e, FERR_USAGE, "%s: '%.200s': expected ECO:NAME@VERSION with ECO one of %s", cmd, arg,
				eco_names());
	if (!s->want || !*s->want)
		return ferr_set(e, FERR_USAGE, "%s: '%.200s': expected ECO:NAME@VERSION with ECO one of %s", cmd, arg,
				eco_names());
	if (why)
		return ferr_set(e, FERR_USAGE, "%s: '%.214s': %s", cmd, s->name, why);
	return 0;
}

char *vetrun_exact(const char *eco, const char *version)
{
	const struct eco *x = eco_find(eco);
	char *want = x ? x->exact(version) : NULL;
	return want ? want : xstrdup(version);
}

/* ---- artifacts, fetched once per version ------------------------------ */

struct art {
	char *version;
	int ok;
	enum ferr_kind kind;  /* when not ok */
	char *sha256, *sha512;
	long long size;
	char *why;            /* when not ok */
};

struct artctx {
	const struct registry *reg;
	const char *name;
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
	char *want = vetrun_exact(c->reg->eco, version);
	if (pkgfetch_artifact(c->reg, c->name, want, &p, &f, &e) == 0 && strcmp(p.version, version) == 0) {
		art_bytes(a, f.artifact, f.artifact_len);
	} else {
		a->why = xstrdup(e.msg[0] ? e.msg : "the registry selects another version");
		a->kind = e.kind ? e.kind : FERR_INPUT;
	}
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

/* ---- the cost of a review (review/cost.h) -------------------------------- */

/* vetted versions, nearest by artifact size, whose real delta is costed */
#define MAX_CANDIDATES 4

struct side {
	struct pkg p;
	struct fetched f;
	int ok;
	char *why;            /* when not ok */
};

/* one version read in memory, every member's bytes kept */
static void side_get(const struct artctx *c, const char *version, struct side *s)
{
	memset(s, 0, sizeof *s);
	struct ferr e = {0};
	char *want = vetrun_exact(c->reg->eco, version);
	if (pkgfetch(c->reg, c->name, want, archive_keep_all, &s->p, &s->f, &e) == 0 &&
	    strcmp(s->p.version, version) == 0)
		s->ok = 1;
	else
		s->why = xstrdup(e.msg[0] ? e.msg : "the registry selects another version");
	free(want);
}

static void side_free(struct side *s)
{
	pkg_free(&s->p);
	fetched_free(&s->f);
	free(s->why);
}

/* the cost of reviewing new from old (old NULL: a full audit); 0, or -1
 * with *why (the caller's) */
static int cost_of(const char *eco, const struct side *old, const struct side *new, struct review_cost *c, char **why)
{
	struct review_in in = {eco, old ? &old->p : NULL, old ? &old->f.files : NULL, &new->p, &new->f.files, NULL, NULL,
			       0, NULL, 0, 30, NULL, 0, NULL};
	struct review r;
	struct ferr e = {0};
	int rc = review_run(&in, &r, &e);
	if (rc == 0)
		review_cost(&in, &r, c);
	else
		*why = xstrdup(e.msg);
	review_free(&r);
	return rc;
}

int vetrun_delta_cost(const struct registry *reg, const char *name, const char *from, const char *to,
		      long long *cost, char **why, struct ferr *e)
{
	struct artctx ac = {reg, name, NULL, 0};
	struct side old, new;
	side_get(&ac, from, &old);
	side_get(&ac, to, &new);
	struct review_cost c;
	char *err = NULL;
	int rc = -1;
	if (!old.ok || !new.ok)
		ferr_set(e, FERR_INPUT, "%s", old.ok ? new.why : old.why);
	else if (cost_of(reg->eco, &old, &new, &c, &err) != 0)
		ferr_set(e, FERR_INPUT, "%s", err);
	else {
		*cost = c.total;
		*why = review_cost_str(&c);
		rc = 0;
	}
	free(err);
	side_free(&old);
	side_free(&new);
	return rc;
}

/* The cheapest review of version: a full audit, or a delta from one of the
 * vetted versions (the MAX_CANDIDATES nearest by artifact size), costed on
 * the real delta; a delta wins a tie.  Each cost considered is said on
 * out.  Returns the cost; *from (NULL: a full audit) and *why are the
 * caller's.  When the artifacts cannot be read, the artifacts' size
 * difference stands in. */
static long long smallest_review(struct artctx *ac, const char *version, long long size, const struct strv *vetted,
				 char **from, char **why, struct buf *out)
{
	struct strv cand = {0};   /* "DISTANCE\tVERSION", nearest first */
	for (size_t i = 0; i < vetted->n; i++) {
		const struct art *a = art_get(ac, vetted->v[i]);
		if (a->ok)
			strv_push(&cand, xasprintf("%020lld\t%s", llabs(a->size - size), vetted->v[i]));
	}
	strv_sort(&cand);
	*from = NULL, *why = NULL;
	long long best = -1;
	struct side new;
	side_get(ac, version, &new);
	if (new.ok) {
		struct review_cost c;
		char *err = NULL;
		if (cost_of(ac->reg->eco, NULL, &new, &c, &err) == 0) {
			best = c.total;
			*why = review_cost_str(&c);
			buf_printf(out, "  cost of a full audit: %s\n", *why);
		} else {
			buf_printf(out, "  cost of a full audit: unknown (%s)\n", err);
			free(err);
		}
		for (size_t i = 0; i < cand.n && i < MAX_CANDIDATES; i++) {
			const char *v = strchr(cand.v[i], '\t') + 1;
			struct side old;
			side_get(ac, v, &old);
			if (!old.ok || cost_of(ac->reg->eco, &old, &new, &c, &err) != 0) {
				buf_printf(out, "  cost of the delta from %s: unknown (%s)\n", v, old.ok ? err : old.why);
				free(err), err = NULL;
				side_free(&old);
				continue;
			}
			char *s = review_cost_str(&c);
			buf_printf(out, "  cost of the delta from %s: %s\n", v, s);
			if (best < 0 || c.total < best || (c.total == best && !*from)) {
				best = c.total;
				free(*from), free(*why);
				*from = xstrdup(v), *why = s;
			} else {
				free(s);
			}
			side_free(&old);
		}
	}
	if (best < 0) {   /* nothing could be read: the sizes say something */
		best = size;
		for (size_t i = 0; i < cand.n && !*from; i++) {
			*from = xstrdup(strchr(cand.v[i], '\t') + 1);
			best = strtoll(cand.v[i], NULL, 10);
		}
		*why = xasprintf("%lld: %s, the artifacts could not be read%s%s", best,
				 *from ? "the artifacts' size difference" : "the artifact's size", new.why ? ": " : "",
				 new.why ? new.why : "");
	}
	side_free(&new);
	strv_free(&cand);
	return best;
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
	/* what was verified when it was approved, signed with the entry */
	if (a->signed_by)
		buf_printf(out, "    approved with registry signature: %s\n", *a->signed_by ? a->signed_by : "none");
	if (a->prov_repository)
		buf_printf(out, "    approved with provenance: %s@%s, workflow %s, log entry %s\n", a->prov_repository,
			   a->prov_commit ? a->prov_commit : "?", a->prov_workflow ? a->prov_workflow : "?",
			   a->prov_log_index ? a->prov_log_index : "?");
}

/* the audit of a chain that reaches its version, for a changelog */
static char *chain_summary(const struct audit *a)
{
	return a->from ? xasprintf("delta %s..%s, audit %s by %s", a->from, a->version, a->file, a->who)
		       : xasprintf("audit %s of %s by %s", a->file, a->version, a->who);
}

int vetrun_one(struct ledger *l, const struct registry *reg, const char *name,
	       const char *version, const void *seed, size_t seedlen, const struct strv *criteria, int trust,
	       struct buf *out, char **suggest, long long *cost, char **cost_why, char **reviewed, struct ferr *e)
{
	struct artctx ac = {reg, name, NULL, 0};
	struct strv common = {0};
	int rc = -1, all = 1;
	if (seed)
		art_bytes(art_add(&ac, version), seed, seedlen);
	const struct art *mine = art_get(&ac, version);
	if (!mine->ok) {
		ferr_set(e, mine->kind, "%s", mine->why);
		goto out;
	}
	const long long size = mine->size;   /* art_get moves the array */
	for (size_t c = 0; c < criteria->n; c++) {
		struct vet v;
		ledger_vet(l, reg->eco, name, version, criteria->v[c], trust, art_fn, &ac, &v);
		buf_printf(out, "%s:%s@%s: %s for %s\n", reg->eco, name, version, v.vetted ? "vetted" : "not vetted",
			   criteria->v[c]);
		for (size_t i = 0; i < v.nchain; i++)
			chain_line(out, v.chain[i]);
		if (v.vetted && v.nchain && reviewed && !*reviewed)
			*reviewed = chain_summary(v.chain[v.nchain - 1]);
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
		struct buf crit = {0};
		for (size_t i = 0; i < criteria->n; i++)
			buf_printf(&crit, "%s%s", i ? "," : "", criteria->v[i]);
		char *from = NULL, *why = NULL;
		*cost = smallest_review(&ac, version, size, &common, &from, &why, out);
		if (from)
			*suggest = xasprintf("ferry approve %s:%s@%s --delta-from %s --criteria %s", reg->eco, name, version, from,
					     crit.p);
		else
			*suggest = xasprintf("ferry approve %s:%s@%s --criteria %s", reg->eco, name, version, crit.p);
		buf_printf(out, "  smallest review: %s  (cost %s)\n", *suggest, why);
		if (cost_why)
			*cost_why = why;
		else
			free(why);
		free(from);
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

void review_gate_policy(const struct review_gate *g, struct registry *reg)
{
	if (g->l.require_provenance)
		reg->require_provenance = 1;
	if (g->l.require_signatures)
		reg->require_signatures = 1;
}

int review_gate_load(struct review_gate *g, const char *eco, const char *name, struct ferr *e)
{
	char *pkg = xasprintf("%s:%s", eco, name);
	if (strv_has(&g->loaded, pkg)) {
		free(pkg);
		return 0;
	}
	strv_push(&g->loaded, pkg);
	size_t before = g->l.rejected.n;
	if (ledger_load(&g->l, eco, name, e) != 0)
		return -1;
	for (size_t i = before; i < g->l.rejected.n; i++)
		fprintf(stderr, "ferry: %s (entry ignored)\n", g->l.rejected.v[i]);
	return 0;
}

int review_gate_note(struct review_gate *g, const struct registry *reg, const char *name,
		     const char *version, const void *data, size_t len, struct ferr *e)
{
	if (!g->on)
		return 0;
	char *key = xasprintf("%s:%s@%s", reg->eco, name, version);
	if (strv_has(&g->seen, key)) {
		free(key);
		return 0;
	}
	strv_push(&g->seen, key);
	if (review_gate_load(g, reg->eco, name, e) != 0)
		return -1;
	struct buf out = {0};
	char *suggest = NULL, *why = NULL;
	long long cost = 0;
	int r = vetrun_one(&g->l, reg, name, version, data, len, &g->criteria, g->trust, &out, &suggest, &cost,
			   &why, NULL, e);
	if (r == 0) {
		buf_add(&g->report, out.p, out.len);
		strv_push(&g->missing, xasprintf("%020lld\t%s\t%s", cost, suggest, why));
	}
	free(suggest), free(why);
	buf_free(&out);
	return r < 0 ? -1 : 0;
}

int review_gate_verdict(struct review_gate *g, struct ferr *e)
{
	if (!g->on || g->missing.n == 0)
		return 0;
	fputs(g->report.p, stdout);
	strv_sort(&g->missing);
	printf("\nreviews to do, cheapest first (cost: changed text lines, with binaries, minified files and install\n"
	       "hooks or scripts priced high; docs/rules.md):\n");
	for (size_t i = 0; i < g->missing.n; i++) {
		const char *tab = strchr(g->missing.v[i], '\t'), *tab2 = strchr(tab + 1, '\t');
		printf("  %.*s  # cost %s\n", (int)(tab2 - tab - 1), tab + 1, tab2 + 1);
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
