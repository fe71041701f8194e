#include "npmurl.h"

#include <stdlib.h>
#include <string.h>

#include "http.h"
#include "../core/util.h"

char *npmurl_packument(const char *registry, const char *name)
{
	struct buf b = {0};
	buf_adds(&b, registry);
	for (const char *p = name; *p; p++) {
		if (*p == '/')
			buf_adds(&b, "%2f");
		else
			buf_addc(&b, *p);
	}
	return buf_steal(&b);
}

static int is_http(const char *scheme)
{
	return scheme && (strcmp(scheme, "http") == 0 || strcmp(scheme, "https") == 0);
}

char *npmurl_tarball(const char *registry, const char *packument_url, const char *name,
		     const char *ref, int rewrite)
{
	char *url = url_resolve(packument_url, ref);
	if (!url)
		return NULL;
	if (!url_artifact_allowed(registry, url)) {
		free(url);
		return NULL;
	}
	char *ts = url_scheme(url), *rs = url_scheme(registry);
	if (rewrite && is_http(ts) && is_http(rs)) {
		char *th = url_host(url), *rh = url_host(registry);
		if (th && rh && strcmp(th, rh) != 0) {
			char *path = url_path(url);
			char *shape = xasprintf("/%s/-/", name);
			char *at = path ? strstr(path, shape) : NULL;
			if (at && str_endswith(at, ".tgz") && !strchr(at + strlen(shape), '/')) {
				char *mirror = xasprintf("%s%s", registry, at + 1);
				free(url);
				url = mirror;
			}
			free(shape);
			free(path);
		}
		free(th);
		free(rh);
	}
	free(ts);
	free(rs);
	return url;
}
