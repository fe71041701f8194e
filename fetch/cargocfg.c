#include "cargocfg.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cratesurl.h"
#include "localfile.h"
#include "../core/toml.h"
#include "../core/util.h"

char *cargocfg_lookup(const char *text, size_t len)
{
	struct toml *t = toml_parse(text, len, NULL, 0);
	if (!t)
		return NULL;
	const struct toml *src = toml_get(t, "source");
	const char *with = toml_str(toml_get(src, "crates-io"), "replace-with");
	const char *reg = with ? toml_str(toml_get(src, with), "registry") : NULL;
	char *r = reg ? xstrdup(reg) : NULL;
	toml_free(t);
	return r;
}

/* NULL when the file is absent or says nothing, or with e set when it
 * exists but cannot be read */
static char *from_file(const char *path, struct ferr *e)
{
	size_t len = 0;
	char *text;
	if (localfile_config(path, TOML_MAX_INPUT, &text, &len, e) != 0)
		return NULL;
	char *r = text ? cargocfg_lookup(text, len) : NULL;
	free(text);
	return r;
}

char *cargocfg_registry(const char *flag, struct ferr *e)
{
	if (flag && *flag)
		return cratesurl_root(flag);
	const char *env = getenv("FERRY_CRATES_REGISTRY");
	if (env && *env)
		return cratesurl_root(env);
	struct ferr fe = {0};
	char *r = from_file(".cargo/config.toml", &fe);
	if (!r && !fe.kind) {
		const char *home = getenv("CARGO_HOME"), *h = getenv("HOME");
		char *path = home && *home ? xasprintf("%s/config.toml", home)
			   : h && *h ? xasprintf("%s/.cargo/config.toml", h) : NULL;
		if (path)
			r = from_file(path, &fe);
		free(path);
	}
	if (fe.kind) {
		*e = fe;
		return NULL;
	}
	if (r) {
		char *root = cratesurl_root(r);
		free(r);
		return root;
	}
	ferr_set(e, FERR_CONFIG, "no crates.io index configured: pass --registry URL, set "
		 "FERRY_CRATES_REGISTRY, or replace crates-io in Cargo's config.toml "
		 "([source.crates-io] replace-with, [source.NAME] registry = \"sparse+URL\")");
	return NULL;
}
