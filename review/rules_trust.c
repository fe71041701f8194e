/* The rules on what the registry signs and what provenance proves
 * (review.h: rules_trust): a version that lost what earlier ones had, or
 * whose verified provenance names another source. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "review.h"
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

void rules_trust(const struct review_in *in, struct review *r)
{
	signature_missing(in, r);
	provenance_lost(in, r);
	provenance_changed(in, r);
}
