/* PyPI's index behind fetch/registry.h: the JSON API, and the Simple API
 * in JSON (PEP 691) for indexes that have only that. */
#include <stdlib.h>
#include <string.h>

#include "http.h"
#include "pipcfg.h"
#include "registry_kind.h"
#include "../core/pep508.h"
#include "../core/util.h"

static char *configured(const char *flag, const char *name, struct ferr *e)
{
	(void)name;
	return pipcfg_registry(flag, e);
}

static char *doc_url(const char *root, const char *name)
{
	return xasprintf("%spypi/%s/json", root, name);   /* names checked: [A-Za-z0-9._-] */
}

/* the JSON API knows a project by its PEP 503 name */
static char *spelling(const char *name, int k)
{
	return k == 0 ? pep503_name(name) : NULL;
}

/* the release document: info (with requires_dist) of that version */
static char *version_doc_url(const char *root, const char *name, const char *version)
{
	return xasprintf("%spypi/%s/%s/json", root, name, version);   /* version: PEP 440, checked */
}

/* PEP 691: the Simple API in JSON, for indexes without the JSON API; a
 * file:// index keeps it as simple/NAME/index.json */
static char *simple_url(const char *root, const char *name)
{
	char *scheme = url_scheme(root);
	int file = scheme && strcmp(scheme, "file") == 0;
	free(scheme);
	return xasprintf("%ssimple/%s/%s", root, name, file ? "index.json" : "");
}

/* the file's URL, resolved against the document; an http(s) index may not
 * send ferry to a local file */
/* PEP 740: the file's provenance URL as the index gives it, resolved
 * against the index */
static char *attestations_url(const char *root, const struct pkg *p)
{
	char *u = p->attestations && *p->attestations ? url_resolve(root, p->attestations) : NULL;
	if (u && !url_artifact_allowed(root, u)) {
		free(u);
		u = NULL;
	}
	return u;
}

static char *artifact_url(const char *root, const char *doc_url, const struct pkg *p, const char *ref,
			  const char *conf, int rewrite, struct ferr *e)
{
	(void)conf, (void)rewrite;
	char *u = url_resolve(doc_url, ref);
	if (!u || !url_artifact_allowed(root, u)) {
		ferr_set(e, FERR_INPUT, "%s %s: url: '%.200s' is not an http(s) URL, or a file URL from a file index",
			 p->name, p->version, ref);
		free(u);
		return NULL;
	}
	return u;
}

static char *artifact_name(const struct pkg *p)
{
	return xasprintf("%s-%s.tar.gz", p->name, p->version);
}

const struct registry_kind registry_pypi = {
	.eco = "pypi",
	.configured = configured,
	.doc_url = doc_url,
	.spelling = spelling,
	.fallback_url = simple_url,
	.fallback_accept = "application/vnd.pypi.simple.v1+json",
	.version_doc_url = version_doc_url,
	.attestations_url = attestations_url,
	.artifact_url = artifact_url,
	.check = registry_check_sha256,
	.artifact_name = artifact_name,
	.max_doc = (size_t)64 << 20,    /* a JSON API or Simple API document */
};
