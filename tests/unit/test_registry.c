/* Unit tests for the registry layer (fetch/registry.h) over file://
 * registries in a temporary folder: the not-found kind, the one fallback
 * rule, spellings, the artifact's digest check and file name, and the
 * composition in convert/pkgfetch.h.  Prints "ok - NAME" / "not ok - NAME". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "convert/pkgfetch.h"
#include "core/util.h"
#include "fetch/digest.h"
#include "fetch/files.h"
#include "fetch/registry.h"

static int failed;
static char root[] = "/tmp/ferry-registry-XXXXXX";

static void check(const char *name, int cond)
{
	printf("%s - %s\n", cond ? "ok" : "not ok", name);
	if (!cond)
		failed = 1;
}

static void put(const char *rel, const char *text)
{
	char *path = xasprintf("%s/%s", root, rel);
	char *dir = xstrndup(path, (size_t)(strrchr(path, '/') - path));
	files_mkdirs(dir, 0755);
	check(rel, files_write_atomic(path, text, strlen(text), 0644, FILES_DURABLE) == 0);
	free(dir);
	free(path);
}

static void open_pypi(struct registry *r)
{
	char *url = xasprintf("file://%s/", root);
	struct ferr e = {0};
	check("registry_open pypi", registry_open(r, "pypi", url, "x", &e) == 0);
	free(url);
}

static void not_found(void)
{
	struct registry r;
	open_pypi(&r);
	struct registry_doc d;
	struct ferr e = {0};
	int rc = registry_doc(&r, "absent", 0, "absent: registry metadata", &d, &e);
	check("no document: FERR_MISSING", rc == -1 && e.kind == FERR_MISSING && !d.body);
	/* neither API has it: the error is the first one's */
	check("no document: said of the first API", strstr(e.msg, "/pypi/absent/json") != NULL);
	registry_close(&r);
}

static void fallback(void)
{
	struct registry r;
	open_pypi(&r);
	put("simple/only-simple/index.json", "{\"name\": \"only-simple\"}");
	put("pypi/both/json", "{\"first\": 1}");
	put("simple/both/index.json", "{\"second\": 1}");
	struct registry_doc d;
	struct ferr e = {0};
	int rc = registry_doc(&r, "only-simple", 0, "w", &d, &e);
	check("fallback when the first is not there", rc == 0 && d.body && strstr(d.body, "only-simple") &&
							  strstr(d.url, "simple/only-simple/index.json"));
	registry_doc_free(&d);
	rc = registry_doc(&r, "both", 0, "w", &d, &e);
	check("no fallback when the first is there", rc == 0 && strstr(d.body, "first"));
	registry_doc_free(&d);
	registry_close(&r);
}

static void spellings(void)
{
	struct registry r;
	char *url = xasprintf("file://%s/crates/", root);
	struct ferr e = {0};
	check("registry_open crate", registry_open(&r, "crate", url, "x", &e) == 0);
	free(url);
	put("crates/se/rd/serde_json", "{}\n");
	struct registry_doc d;
	char *sp = NULL;
	int rc = registry_doc_spelled(&r, "serde-json", "w", &sp, &d, &e);
	check("crates: the '_' spelling found", rc == 0 && sp && strcmp(sp, "serde_json") == 0);
	free(sp);
	registry_doc_free(&d);
	rc = registry_doc_spelled(&r, "no-such", "w", &sp, &d, &e);
	check("crates: no spelling found: FERR_MISSING", rc == -1 && e.kind == FERR_MISSING && !sp);
	registry_close(&r);
}

static void artifact(void)
{
	struct registry r;
	open_pypi(&r);
	put("files/demo-1.0.tar.gz", "not really a tarball");
	struct registry_doc d = {NULL, 0, xasprintf("file://%s/pypi/demo/json", root)};
	struct pkg p = {0};
	p.name = xstrdup("demo");
	p.version = xstrdup("1.0");
	p.cksum = digest_hex(DIGEST_SHA256, "not really a tarball", 20);
	char *u = NULL, *data = NULL;
	size_t len = 0;
	struct ferr e = {0};
	int rc = registry_artifact(&r, &d, &p, "../../files/demo-1.0.tar.gz", NULL, &u, &data, &len, &e);
	check("artifact: digest matches", rc == 0 && len == 20 && u);
	char *name = rc == 0 ? registry_artifact_name(&r, u, &p) : NULL;
	check("artifact: file name from the URL", name && strcmp(name, "demo-1.0.tar.gz") == 0);
	free(name), free(u), free(data);
	free(p.cksum);
	p.cksum = xstrdup("0000000000000000000000000000000000000000000000000000000000000000");
	ferr_clear(&e);
	rc = registry_artifact(&r, &d, &p, "../../files/demo-1.0.tar.gz", NULL, &u, &data, &len, &e);
	check("artifact: digest mismatch is FERR_INTEGRITY, nothing handed back",
	      rc == -1 && e.kind == FERR_INTEGRITY && !u && !data);
	ferr_clear(&e);
	rc = registry_artifact(&r, &d, &p, "http://127.0.0.1:1/x.tar.gz", NULL, &u, &data, &len, &e);
	check("artifact: a file registry may name http(s) only as http(s)", rc == -1);
	pkg_free(&p);
	registry_doc_free(&d);
	registry_close(&r);
}

static void composed(void)
{
	struct registry r;
	open_pypi(&r);
	struct pkg p = {0};
	struct fetched f = {0};
	struct ferr e = {0};
	int rc = pkgfetch(&r, "absent", NULL, NULL, &p, &f, &e);
	check("pkgfetch: not in the registry", rc == -1 && e.kind == FERR_MISSING &&
						     strncmp(e.msg, "absent: not in the registry: ", 29) == 0);
	pkg_free(&p);
	fetched_free(&f);
	registry_close(&r);
	check("reader_find", reader_find("npm") && reader_find("crate") && reader_find("pypi") && !reader_find("cpan"));
	ferr_clear(&e);
	check("registry_open: an unknown ecosystem", registry_open(&r, "cpan", "file:///x/", "x", &e) == -1 &&
							    e.kind == FERR_USAGE);
}

int main(void)
{
	if (!mkdtemp(root))
		return 1;
	setenv("FERRY_HTTP_CACHE", "off", 1);
	not_found();
	fallback();
	spellings();
	artifact();
	composed();
	files_remove_tree(root);
	return failed;
}
