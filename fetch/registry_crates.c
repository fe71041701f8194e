/* crates.io's index behind fetch/registry.h: the sparse layout (also a git
 * index checked out on disk, through file://). */
#include <stdlib.h>

#include "cargocfg.h"
#include "cratesurl.h"
#include "digest.h"
#include "http.h"
#include "registry_kind.h"
#include "../core/util.h"

static char *configured(const char *flag, const char *name, struct ferr *e)
{
	(void)name;
	return cargocfg_registry(flag, e);
}

static char *doc_url(const char *root, const char *name)
{
	char *path = cratesurl_index_path(name);
	char *u = xasprintf("%s%s", root, path);
	free(path);
	return u;
}

/* the index keeps one spelling, '-' or '_': the name, then each */
static char *spelling(const char *name, int k)
{
	if (k > 2)
		return NULL;
	char *s = xstrdup(name);
	for (char *c = s; k && *c; c++)
		if (*c == '-' || *c == '_')
			*c = k == 2 ? '_' : '-';
	return s;
}

/* conf: config.json's "dl" template, as the reader read it */
static char *artifact_url(const char *root, const char *doc_url, const struct pkg *p, const char *ref,
			  const char *conf, int rewrite, struct ferr *e)
{
	(void)doc_url, (void)ref, (void)rewrite;
	char *url = cratesurl_download(root, conf, p->name, p->version, p->cksum);
	if (!url)
		ferr_set(e, FERR_INPUT, "%s: config.json: dl '%.200s' is no URL", p->name, conf);
	else if (!url_artifact_allowed(root, url)) {
		ferr_set(e, FERR_INPUT, "%s: config.json: dl '%.200s' is not an http(s) URL, or a file URL from a file index",
			 p->name, conf);
		free(url);
		url = NULL;
	}
	return url;
}

static int check(const void *data, size_t len, const struct pkg *p, const char *what, struct ferr *e)
{
	return digest_check_sha256(data, len, p->cksum, what, e);
}

static char *artifact_name(const struct pkg *p)
{
	return xasprintf("%s-%s.crate", p->name, p->version);
}

const struct registry_kind registry_crates = {
	.eco = "crate",
	.configured = configured,
	.doc_url = doc_url,
	.spelling = spelling,
	.root_doc = "config.json",
	.artifact_url = artifact_url,
	.check = check,
	.artifact_name = artifact_name,
	.max_doc = (size_t)32 << 20,    /* an index file */
};
