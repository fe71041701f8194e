/* The rules on what the registry signs and what provenance proves
 * (review.h: rules_trust): a version that lost what earlier ones had, or
 * whose verified provenance names another source. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "review.h"
#include "srcmatch.h"
#include "../core/date.h"
#include "../core/util.h"

/* the latest version published before this one that carries flag, or NULL */
static const struct hist_version *earlier_with(const struct history *h, const struct pkg *p, unsigned flag)
{
	const struct hist_version *me = history_find(h, p->version), *best = NULL;
	long long t = me && *me->time ? date_parse_iso(me->time) : -1;
	for (size_t i = 0; h && t >= 0 && i < h->n; i++) {
		long long ti = *h->v[i].time ? date_parse_iso(h->v[i].time) : -1;
		if ((h->v[i].trust & flag) && ti >= 0 && ti < t &&
		    (!best || ti > date_parse_iso(best->time)))
			best = &h->v[i];
	}
	return best;
}

/* a repository URL as a comparable "host/path": no scheme, no git+ or
 * user, no .git, lower case */
static char *repo_key(const char *url)
{
	const char *s = url;
	if (strncmp(s, "git+", 4) == 0)
		s += 4;
	const char *scheme = strstr(s, "://");
	if (scheme)
		s = scheme + 3;
	const char *at = strchr(s, '@'), *slash = strchr(s, '/');
	if (at && (!slash || at < slash))
		s = at + 1;
	char *k = xstrdup(s);
	char *colon = strchr(k, ':');   /* git@host:owner/repo */
	if (colon && (!strchr(k, '/') || colon < strchr(k, '/')))
		*colon = '/';
	size_t n = strlen(k);
	while (n && k[n - 1] == '/')
		k[--n] = 0;
	if (n > 4 && strcmp(k + n - 4, ".git") == 0)
		k[n - 4] = 0;
	for (char *c = k; *c; c++)
		*c = (char)tolower((unsigned char)*c);
	return k;
}

/* the workflow a SAN names, without its ref: ".../publish.yml" */
static char *workflow_key(const char *san)
{
	const char *at = strrchr(san, '@');
	return at ? xstrndup(san, (size_t)(at - san)) : xstrdup(san);
}

static void signature_missing(const struct review_in *in, struct review *r)
{
	if (in->new->signatures.n || !in->new->signed_by)   /* signed, or a registry that signs nothing */
		return;
	const struct hist_version *e = earlier_with(in->hist, in->new, HIST_SIGNED);
	if (e)
		review_add(r, "signature-missing", SEV_HIGH, "metadata: dist.signatures",
			   "the registry did not sign %s, though it signed %s (published %s): a copy of the metadata "
			   "that lost the signatures, or a publish the registry did not make", in->new->version,
			   e->version, e->time);
}

static void provenance_lost(const struct review_in *in, struct review *r)
{
	if (in->new->attestations && *in->new->attestations)
		return;
	const struct hist_version *e = earlier_with(in->hist, in->new, HIST_ATTESTED);
	if (e)
		review_add(r, "provenance-lost", SEV_HIGH, "metadata: dist.attestations",
			   "%s was published without provenance, though %s (published %s) was built and published "
			   "from CI with it: a publish from somewhere else, such as a stolen token", in->new->version,
			   e->version, e->time);
}

static void provenance_changed(const struct review_in *in, struct review *r)
{
	const struct provenance *n = in->new->provenance, *o = in->old ? in->old->provenance : NULL;
	if (!n)
		return;
	char *nr = repo_key(n->repository);
	if (o) {
		char *or = repo_key(o->repository), *ow = workflow_key(o->workflow), *nw = workflow_key(n->workflow);
		if (strcmp(or, nr) != 0)
			review_add(r, "provenance-changed", SEV_HIGH, "provenance: repository",
				   "%s was built from %s, %s from %s", in->new->version, n->repository, in->old->version,
				   o->repository);
		else if (strcmp(ow, nw) != 0)
			review_add(r, "provenance-changed", SEV_HIGH, "provenance: workflow",
				   "%s was built by %s, %s by %s", in->new->version, n->workflow, in->old->version, o->workflow);
		free(or), free(ow), free(nw);
	}
	if (in->new->repository && *in->new->repository && *n->repository) {
		char *mr = repo_key(in->new->repository);
		if (strcmp(mr, nr) != 0)
			review_add(r, "provenance-changed", SEV_MEDIUM, "provenance: repository",
				   "%s was built from %s, but its manifest names the repository %s", in->new->version,
				   n->repository, in->new->repository);
		free(mr);
	}
	free(nr);
}

/* at most this many findings of one kind; the rest said in one */
#define SOURCE_FINDINGS 20

static void source_mismatch(const struct review_in *in, struct review *r)
{
	const struct srcmatch *m = in->source;
	if (!m)
		return;
	for (size_t i = 0; i < m->only_artifact.n && i < SOURCE_FINDINGS; i++)
		review_add(r, "source-mismatch", SEV_HIGH, m->only_artifact.v[i],
			   "%s is in the artifact but not in the source at %.12s (%s)", m->only_artifact.v[i], m->commit,
			   m->how);
	for (size_t i = 0; i < m->differ.n && i < SOURCE_FINDINGS; i++) {
		const struct pkgfile *f = pkgfiles_find(in->newf, m->differ.v[i]);
		int code = f && file_is_code(f);
		review_add(r, "source-mismatch", code ? SEV_HIGH : SEV_MEDIUM, m->differ.v[i],
			   "%s differs from the source at %.12s (%s)%s", m->differ.v[i], m->commit, m->how,
			   code ? "" : ": not code, but read the diff");
	}
	size_t over = (m->only_artifact.n > SOURCE_FINDINGS ? m->only_artifact.n - SOURCE_FINDINGS : 0) +
		      (m->differ.n > SOURCE_FINDINGS ? m->differ.n - SOURCE_FINDINGS : 0);
	if (over)
		review_add(r, "source-mismatch", SEV_HIGH, "source", "%zu more files are not as in the source (listed above "
			   "the findings)", over);
	if (m->missing.n)
		review_add(r, "source-mismatch", SEV_INFO, "source", "%zu file%s the pack rules select from the source %s "
			   "not shipped (the build may leave %s out: listed above the findings)", m->missing.n,
			   m->missing.n == 1 ? "" : "s", m->missing.n == 1 ? "is" : "are", m->missing.n == 1 ? "it" : "them");
}

void rules_trust(const struct review_in *in, struct review *r)
{
	signature_missing(in, r);
	provenance_lost(in, r);
	provenance_changed(in, r);
	source_mismatch(in, r);
}
