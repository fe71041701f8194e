/* npm's registry behind fetch/registry.h. */
#include <stdlib.h>
#include <string.h>

#include "digest.h"
#include "npmrc.h"
#include "npmurl.h"
#include "registry_kind.h"
#include "../core/util.h"

static char *artifact_url(const char *root, const char *doc_url, const struct pkg *p, const char *ref,
			  const char *conf, int rewrite, struct ferr *e)
{
	(void)conf;
	char *u = npmurl_tarball(root, doc_url, p->name, ref, rewrite);
	if (!u)
		ferr_set(e, FERR_INPUT, "%s@%s: dist.tarball: '%.200s' is not an http(s) URL, or a file URL from a file registry",
			 p->name, p->version, ref);
	return u;
}

static int check(const void *data, size_t len, const struct pkg *p, const char *what, struct ferr *e)
{
	return digest_check_npm(data, len, p->integrity, p->shasum, what, e);
}

/* -/npm/v1/attestations/NAME@VERSION under the registry configured,
 * whichever host dist.attestations.url names (as npm's client does), a
 * scope's '/' as "%2f" as in packument URLs */
static char *attestations_url(const char *root, const struct pkg *p)
{
	struct buf b = {0};
	buf_printf(&b, "%s-/npm/v1/attestations/", root);
	for (const char *c = p->name; *c; c++)
		buf_adds(&b, *c == '/' ? "%2f" : (char[]){*c, 0});
	buf_printf(&b, "@%s", p->version);
	return buf_steal(&b);
}

static char *artifact_name(const struct pkg *p)
{
	const char *slash = strchr(p->name, '/');
	return xasprintf("%s-%s.tgz", slash ? slash + 1 : p->name, p->version);
}

const struct registry_kind registry_npm = {
	.eco = "npm",
	.configured = npmrc_registry,
	.doc_url = npmurl_packument,
	/* the abbreviated metadata has what a plan reads (versions,
	 * dependencies, dist) at a fraction of the full packument */
	.plan_accept = "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8",
	.keys_doc = "-/npm/v1/keys",
	.attestations_url = attestations_url,
	.artifact_url = artifact_url,
	.check = check,
	.artifact_name = artifact_name,
	.max_doc = (size_t)128 << 20,   /* a packument */
};
