/* The steps import and update share (importrun.h). */
#include "importrun.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../convert/pkgfetch.h"
#include "../core/date.h"
#include "../core/util.h"
#include "../fetch/http.h"
#include "../fetch/outdir.h"

char *importrun_packager(const char *flag)
{
	if (flag && *flag)
		return xstrdup(flag);
	const char *env = getenv("FERRY_PACKAGER");
	if (env && *env)
		return xstrdup(env);
	const char *n = getenv("DEBFULLNAME"), *m = getenv("DEBEMAIL");
	if (n && *n && m && *m)
		return xasprintf("%s <%s>", n, m);
	return xstrdup("ferry <ferry@example.org>");
}

int importrun_fetch(const struct registry *reg, const char *name, const char *want, const struct family_arch *arch,
		    struct review_gate *gate, struct pkg *p, char **artifact, size_t *len, struct ferr *e)
{
	struct fetched f = {0};
	*artifact = NULL, *len = 0;
	int rc = pkgfetch(reg, name, want, NULL, p, &f, e);
	if (rc == 0) {
		*artifact = f.artifact, *len = f.artifact_len;
		f.artifact = NULL;
	}
	fetched_free(&f);
	if (rc != 0 || review_gate_note(gate, reg, p->name, p->version, *artifact, *len, e) != 0)
		return -1;
	pkgfetch_drop_unfit(reg, p, arch);   /* no Recommends of another platform's build */
	return 0;
}

int importrun_opts(const struct write_opts *base, struct pkg *p, const struct registry *reg, const char *pk,
		   const char *artifact, size_t len, struct write_opts *wo, struct ferr *e)
{
	*wo = base ? *base : (struct write_opts){0};   /* compat, components, update */
	int bad = 0;
	long long date = date_choose(getenv("SOURCE_DATE_EPOCH"), p->publish_time, &bad);
	if (bad)
		return ferr_set(e, FERR_USAGE, "SOURCE_DATE_EPOCH: not a number of seconds up to year 9999 (253402300799)");
	if (date < 0) {
		/* nothing upstream says when (a crates index line without
		 * pubtime, a .crate dated 1970): today, the last resort, said in
		 * the packaging so that a reviewer sees why the date moves */
		date = (long long)time(NULL);
		strv_add(&p->notes, "no publish time in the registry's metadata or the artifact: the changelog is "
				    "dated when ferry ran (set SOURCE_DATE_EPOCH for a fixed date)");
	}
	char *rs = url_scheme(reg->root);
	int http_reg = rs && (strcmp(rs, "http") == 0 || strcmp(rs, "https") == 0);
	free(rs);
	wo->packager = pk, wo->date = date, wo->registry = http_reg ? reg->root : NULL;
	wo->artifact = artifact, wo->artifact_len = len;
	return 0;
}

void importrun_origin(struct outtree *tree, const char *top, const struct pkg *p, const struct family *f,
		      unsigned flags)
{
	const char *words[] = {p->eco, p->name, p->version, f->name};
	for (size_t i = 0; i < 4; i++)
		for (const char *c = words[i]; *c; c++)
			if (*c <= ' ' || *c > '~')
				return;
	char *o = xasprintf("%s %s %s %s%s%s%s", p->eco, p->name, p->version, f->name,
			    flags & ORIGIN_COMPAT ? " compat" : "", flags & ORIGIN_EMBEDS ? " embeds" : "",
			    flags & ORIGIN_FOREIGN ? " foreign" : "");
	outtree_set_origin(tree, top, o);
	free(o);
}

static void waiting(void *ctx, const char *dir)
{
	(void)ctx;
	fprintf(stderr, "ferry: waiting for another ferry run on %s\n", dir);
}

int importrun_commit(const struct outtree *tree, const char *out, unsigned flags, const char *name,
		     struct ferr *e)
{
	struct outtree_opts o = {flags, 600, waiting, NULL};
	const char *t = getenv("FERRY_LOCK_TIMEOUT");
	if (t && *t) {
		char *end;
		double v = strtod(t, &end);
		if (*end || !(v >= 0 && v <= 1e9))
			return ferr_set(e, FERR_USAGE, "FERRY_LOCK_TIMEOUT: '%.64s' is not a number of seconds", t);
		o.lock_timeout = v;
	}
	struct strv problems = {0};
	struct ferr we = {0};
	int rc = outtree_commit(tree, out, &o, &problems, &we);
	for (size_t i = 0; i < problems.n; i++)
		fprintf(stderr, "ferry: %s: %s\n", name, problems.v[i]);
	strv_free(&problems);
	if (rc != 0)   /* "<package>: <path>: <what>: <why>" */
		ferr_set(e, we.kind, "%s: %s", name, we.msg);
	return rc;
}
