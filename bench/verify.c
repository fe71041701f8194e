/* bench/verify: what verifying one version's signature and provenance
 * costs, in milliseconds, for issue 14's figures.  Not a test.
 *
 *   verify KEYS PACKUMENT VERSION ROOT ATTESTATIONS PEP740 SDIST_NAME SHA256 [N]
 *   (ATTESTATIONS "-": the registry signature only)
 *
 * Times, N times each (default 200): the npm registry signature (the keys
 * document parsed, the signature checked), the npm attestations document
 * (two Sigstore bundles: log promise, body, DSSE, the Fulcio chain, the
 * publish key), and a PEP 740 provenance object; the trusted root parsed
 * once and also timed on its own.  The packument is read by ferry's npm
 * reader, as a fetch does. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "convert/npmprov.h"
#include "convert/npmsig.h"
#include "convert/pypiprov.h"
#include "convert/reader.h"
#include "core/util.h"
#include "fetch/localfile.h"

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static char *slurp(const char *path, size_t *n)
{
	char *s = localfile_read(path, 64u << 20, n);
	if (!s) {
		fprintf(stderr, "verify: cannot read %s\n", path);
		exit(2);
	}
	return s;
}

static void fail(const struct ferr *e)
{
	fprintf(stderr, "verify: %s\n", e->msg);
	exit(1);
}

int main(int argc, char **argv)
{
	if (argc < 9) {
		fprintf(stderr, "usage: verify KEYS PACKUMENT VERSION ROOT ATTESTATIONS PEP740 SDIST_NAME SHA256 [N]\n");
		return 2;
	}
	int n = argc > 9 ? atoi(argv[9]) : 200;
	size_t kl, pl, rl, al, yl;
	char *keys = slurp(argv[1], &kl), *doc = slurp(argv[2], &pl), *rootdoc = slurp(argv[4], &rl);
	int prov = strcmp(argv[5], "-") != 0;   /* "-": the signature only */
	char *att = prov ? slurp(argv[5], &al) : NULL, *pep = prov ? slurp(argv[6], &yl) : NULL;
	struct ferr e = {0};
	struct pkg p = {0};
	char *ref = NULL;
	json_t *j = json_loadb(doc, pl, 0, NULL);
	const char *pname = json_string_value(json_object_get(j, "name"));
	if (!pname || npm_reader.select(doc, pl, pname, argv[3], &p, &ref, &e) != 0)
		fail(&e);
	json_decref(j);
	double t0 = now();
	for (int i = 0; i < n; i++) {
		struct npmkeys k;
		char *by = NULL;
		if (npmkeys_parse(keys, kl, "keys", &k, &e) != 0 || npmsig_check(&k, &p, "keys", &by, &e) != 0)
			fail(&e);
		free(by);
		npmkeys_free(&k);
	}
	double t1 = now();
	if (!prov) {
		printf("npm registry signature (keys parsed, %zu signature%s): %.3f ms a version (%d runs)\n",
		       p.signatures.n, p.signatures.n == 1 ? "" : "s", (t1 - t0) / n, n);
		pkg_free(&p);
		free(ref), free(keys), free(doc), free(rootdoc);
		return 0;
	}
	struct sigroot *root = NULL;
	for (int i = 0; i < n; i++) {
		sigroot_free(root);
		if (!(root = sigroot_parse(rootdoc, rl, "root", &e)))
			fail(&e);
	}
	double t2 = now();
	struct npmkeys k;
	if (npmkeys_parse(keys, kl, "keys", &k, &e) != 0)
		fail(&e);
	for (int i = 0; i < n; i++) {
		struct provenance *v;
		if (npmprov_check(att, al, "attestations", root, &k, &p, &v, &e) != 0)
			fail(&e);
		provenance_free(v);
	}
	double t3 = now();
	struct pkg q = {0};
	q.name = "pep740", q.version = "0", q.source_file = argv[7], q.cksum = argv[8];
	for (int i = 0; i < n; i++) {
		struct provenance *v;
		if (pypiprov_check(pep, yl, "provenance", root, &q, &v, &e) != 0)
			fail(&e);
		provenance_free(v);
	}
	double t4 = now();
	printf("npm registry signature (keys parsed, %zu signature%s): %.3f ms a version\n", p.signatures.n,
	       p.signatures.n == 1 ? "" : "s", (t1 - t0) / n);
	printf("Sigstore trusted root parsed: %.3f ms\n", (t2 - t1) / n);
	printf("npm provenance (attestations document, both bundles): %.3f ms a version\n", (t3 - t2) / n);
	printf("PEP 740 provenance object: %.3f ms a file\n", (t4 - t3) / n);
	printf("(%d runs each)\n", n);
	npmkeys_free(&k);
	sigroot_free(root);
	pkg_free(&p);
	free(ref), free(keys), free(doc), free(rootdoc), free(att), free(pep);
	return 0;
}
