/* ferry mirror: a verified, content-addressed mirror of registry
 * artifacts, servable as the ecosystems' registries (fetch/mirror.h). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <dirent.h>

#include "cli.h"
#include "trustopts.h"
#include "../convert/pkgfetch.h"
#include "../core/eco.h"
#include "../core/pkgspec.h"
#include "../core/util.h"
#include "../fetch/digest.h"
#include "../fetch/localfile.h"
#include "../fetch/mirror.h"

static const char help[] =
	"usage: ferry mirror add --mirror DIR [--url URL] [--registry URL] ECO:NAME@VERSION...\n"
	"       ferry mirror verify --mirror DIR\n\n"
	"add: each version fetched from its registry and checked as every fetch is\n"
	"(digest, registry signature, provenance with --trusted-root), its artifact\n"
	"stored once by its sha256 under DIR/store/sha256/, and the registry\n"
	"document rewritten to list the mirrored versions, so that a static web\n"
	"server serving DIR at URL is a registry: npm at URL/npm/ (packuments at\n"
	"npm/NAME/index.html, tarballs at npm/NAME/-/FILE.tgz, hard links to the\n"
	"store; dist.integrity and dist.signatures as upstream published them).\n"
	"URL (kept from the first add; default file://DIR/) is where the mirror\n"
	"will be served: the documents name their artifacts under it.  One run at\n"
	"a time (DIR/.ferry/lock); every file is written whole or not at all.\n"
	"Only npm is mirrored so far.\n\n"
	"verify: every stored file's sha256 is its name, and every artifact a\n"
	"document names is there with the digest the document gives; exit 3\n"
	"naming the first bad file.\n\n"
	"options:\n"
	"      --mirror DIR       the mirror folder\n"
	"      --url URL          where DIR will be served (first add only)\n"
	"      --registry URL     as for ferry import\n"
	TRUSTOPTS_HELP;

/* the registry's keys (when p is signed) and p's attestations (when it
 * names some), as upstream serves them, where the mirror serves them:
 * what npm audit signatures asks of a registry */
static int trust_docs(struct mirror *m, const struct registry *reg, const struct reader *rd, const struct pkg *p,
		      struct ferr *e)
{
	struct registry_doc d = {0};
	int rc = 0;
	if (p->signatures.n && rd->mirror_keys_path && registry_keys_doc(reg, p->name, &d, e) == 0 && d.body) {
		char *rel = rd->mirror_keys_path();
		rc = mirror_write(m, rel, d.body, d.len, e);
		free(rel);
	} else if (p->signatures.n && rd->mirror_keys_path && e->kind) {
		rc = -1;
	}
	registry_doc_free(&d);
	if (rc == 0 && p->attestations && *p->attestations && rd->mirror_attestations_path &&
	    registry_attestations_doc(reg, p, &d, e) == 0 && d.body) {
		char *rel = rd->mirror_attestations_path(p);
		rc = mirror_write(m, rel, d.body, d.len, e);
		free(rel);
	} else if (rc == 0 && e->kind) {
		rc = -1;
	}
	registry_doc_free(&d);
	return rc;
}

/* one version into the mirror: fetched and checked, stored, placed, and
 * its document rewritten last, so that a document names only what is there */
static int add_one(struct mirror *m, const char *spec, const char *reg_flag, const struct trustopts *trust,
		   struct ferr *e)
{
	struct pkgspec ps = {0};
	const char *why = NULL;
	if (pkgspec_parse(spec, 0, &ps, &why) != 0 || !ps.want || !*ps.want)
		return ferr_set(e, FERR_USAGE, "mirror add: '%.200s': expected ECO:NAME@VERSION%s%s", spec, why ? ": " : "",
				why ? why : "");
	const struct reader *rd = reader_find(ps.eco->name);
	struct registry reg = {0};
	struct pkg p = {0};
	struct fetched f = {0};
	char *sha = NULL, *rel = NULL, *docrel = NULL, *url = NULL, *have = NULL, *doc = NULL;
	size_t hl = 0, dl = 0;
	int rc = -1;
	if (!rd || !rd->mirror_doc) {
		ferr_set(e, FERR_USAGE, "mirror add: %s: the mirror does not serve %s packages yet", spec, ps.eco->name);
		goto out;
	}
	if (trustopts_open(trust, &reg, ps.eco->name, reg_flag, ps.name, e) != 0 ||
	    pkgfetch_artifact(&reg, ps.name, ps.want, &p, &f, e) != 0 || mirror_store(m, f.artifact, f.artifact_len, &sha, e) != 0)
		goto out;
	rel = rd->mirror_artifact_path(&p);
	docrel = rd->mirror_doc_path(p.name);
	url = xasprintf("%s%s", m->url, rel);
	if (mirror_place(m, sha, rel, e) != 0 || trust_docs(m, &reg, rd, &p, e) != 0 ||
	    mirror_read(m, docrel, (size_t)128 << 20, &have, &hl, e) != 0 ||
	    rd->mirror_doc(f.doc, f.doc_len, have, hl, &p, url, &doc, &dl, e) != 0 || mirror_write(m, docrel, doc, dl, e) != 0)
		goto out;
	char *sig = pkgfetch_signature_said(&p), *prov = pkgfetch_provenance_said(&p);
	printf("mirrored %s:%s@%s: sha256 %s -> %s/%s%s%s%s%s\n", ps.eco->name, p.name, p.version, sha, m->dir, rel,
	       sig ? "; " : "", sig ? sig : "", prov ? "; " : "", prov ? prov : "");
	free(sig), free(prov);
	rc = 0;
out:
	free(sha), free(rel), free(docrel), free(url), free(have), free(doc);
	fetched_free(&f);
	pkg_free(&p);
	registry_close(&reg);
	pkgspec_free(&ps);
	return rc;
}

static int cmd_add(int argc, char **argv, struct ferr *e)
{
	static const struct option opts[] = {
		{"mirror", required_argument, NULL, 'm'},
		{"url", required_argument, NULL, 'u'},
		{"registry", required_argument, NULL, 'r'},
		TRUSTOPTS_LONG,
		{NULL, 0, NULL, 0},
	};
	const char *dir = NULL, *url = NULL, *reg = NULL;
	struct trustopts trust = {0};
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'm': dir = optarg; break;
		case 'u': url = optarg; break;
		case 'r': reg = optarg; break;
		default:
			if (trustopts_take(&trust, c, optarg))
				break;
			return ferr_set(e, FERR_USAGE, "mirror add: bad option (see ferry mirror --help)");
		}
	}
	if (!dir || optind >= argc)
		return ferr_set(e, FERR_USAGE, "mirror add: expected --mirror DIR and ECO:NAME@VERSION... (see ferry mirror --help)");
	struct mirror m;
	if (mirror_open(&m, dir, url, e) != 0)
		return -1;
	int rc = 0;
	for (int i = optind; i < argc && rc == 0; i++)
		rc = add_one(&m, argv[i], reg, &trust, e);
	mirror_close(&m);
	return rc;
}

/* the files named doc below root (depth at most 3: NAME, @scope/NAME),
 * folders named "-" left out, into out as paths relative to dir */
static void docs_below(const char *dir, const char *rel, const char *doc, int depth, struct strv *out)
{
	char *path = xasprintf("%s/%s", dir, rel);
	DIR *d = opendir(path);
	struct strv names = {0};
	for (struct dirent *de; d && (de = readdir(d));)
		if (de->d_name[0] != '.' && strcmp(de->d_name, "-") != 0)
			strv_add(&names, de->d_name);
	if (d)
		closedir(d);
	strv_sort(&names);
	for (size_t i = 0; i < names.n; i++) {
		char *sub = xasprintf("%s/%s", rel, names.v[i]), *full = xasprintf("%s/%s", dir, sub);
		struct stat sb;
		if (strcmp(names.v[i], doc) == 0 && lstat(full, &sb) == 0 && S_ISREG(sb.st_mode))
			strv_add(out, sub);
		else if (depth > 0 && lstat(full, &sb) == 0 && S_ISDIR(sb.st_mode))
			docs_below(dir, sub, doc, depth - 1, out);
		free(sub), free(full);
	}
	strv_free(&names);
	free(path);
}

/* every artifact one document names: there, with its digest */
static int check_doc(const char *dir, const char *base, const struct reader *rd, const char *rel, size_t *versions,
		     struct ferr *e)
{
	char *path = xasprintf("%s/%s", dir, rel), *text = NULL;
	size_t len = 0;
	struct strv files = {0};
	int rc = localfile_config(path, (size_t)128 << 20, &text, &len, e);
	if (rc == 0 && rd->mirror_files(text, len, base, &files, e) != 0) {
		struct ferr first = *e;
		ferr_clear(e);
		rc = ferr_set(e, FERR_INTEGRITY, "mirror: %s: %s", path, first.msg);
	}
	for (size_t i = 0; rc == 0 && i < files.n; i++, (*versions)++) {
		char *f = files.v[i], *t1 = strchr(f, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
		if (!t2)
			continue;
		*t1 = *t2 = 0;
		char *ap = xasprintf("%s/%s", dir, f);
		size_t al;
		char *data = localfile_read(ap, (size_t)256 << 20, &al);
		enum digest_algo algo = strcmp(t1 + 1, "sha512") == 0 ? DIGEST_SHA512 : strcmp(t1 + 1, "sha1") == 0 ? DIGEST_SHA1 : DIGEST_SHA256;
		char *hex = data ? digest_hex(algo, data, al) : NULL;
		if (!data)
			rc = ferr_set(e, FERR_INTEGRITY, "mirror: %s: named by %s, but not there", ap, path);
		else if (strcmp(hex, t2 + 1) != 0)
			rc = ferr_set(e, FERR_INTEGRITY, "mirror: %s: its %s is %s, %s says %s", ap, t1 + 1, hex, path, t2 + 1);
		free(ap), free(data), free(hex);
	}
	strv_free(&files);
	free(path), free(text);
	return rc;
}

static int cmd_verify(int argc, char **argv, struct ferr *e)
{
	static const struct option opts[] = {{"mirror", required_argument, NULL, 'm'}, {NULL, 0, NULL, 0}};
	const char *dir = NULL;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (c != 'm')
			return ferr_set(e, FERR_USAGE, "mirror verify: bad option (see ferry mirror --help)");
		dir = optarg;
	}
	if (!dir || optind != argc)
		return ferr_set(e, FERR_USAGE, "mirror verify: expected --mirror DIR");
	char *urlpath = xasprintf("%s/.ferry/mirror.url", dir), *url = NULL, *bad = NULL;
	size_t ul, stored = 0, ndocs = 0, versions = 0;
	int rc = localfile_config(urlpath, 4096, &url, &ul, e);
	if (rc == 0 && !url)
		rc = ferr_set(e, FERR_USAGE, "mirror verify: %s is not a mirror (no %s)", dir, urlpath);
	if (rc == 0)
		url[strcspn(url, "\n")] = 0;
	if (rc == 0 && mirror_check_store(dir, &bad, &stored, e) == 0 && bad)
		rc = ferr_set(e, FERR_INTEGRITY, "mirror: %s", bad);
	const struct eco *eco;
	for (size_t k = 0; rc == 0 && (eco = eco_at(k)) != NULL; k++) {
		const struct reader *rd = reader_find(eco->name);
		if (!rd || !rd->mirror_doc_path)
			continue;
		char *probe = rd->mirror_doc_path("x"), *slash = strchr(probe, '/'), *last = strrchr(probe, '/');
		struct strv docs = {0};
		if (slash && last) {
			*slash = 0;
			docs_below(dir, probe, last + 1, 2, &docs);
		}
		for (size_t i = 0; rc == 0 && i < docs.n; i++, ndocs++)
			rc = check_doc(dir, url, rd, docs.v[i], &versions, e);
		strv_free(&docs);
		free(probe);
	}
	if (rc == 0)
		printf("mirror %s: %zu stored artifacts, %zu documents naming %zu versions: all verified\n", dir, stored, ndocs,
		       versions);
	free(urlpath), free(url), free(bad);
	return rc;
}

int cmd_mirror(int argc, char **argv, struct ferr *e)
{
	if (argc < 2 || cli_wants_help(argc, argv)) {
		fputs(help, argc < 2 ? stderr : stdout);
		return argc < 2 ? ferr_set(e, FERR_USAGE, "mirror: expected add or verify") : 0;
	}
	if (strcmp(argv[1], "add") == 0)
		return cmd_add(argc - 1, argv + 1, e);
	if (strcmp(argv[1], "verify") == 0)
		return cmd_verify(argc - 1, argv + 1, e);
	return ferr_set(e, FERR_USAGE, "mirror: '%.100s': expected add or verify", argv[1]);
}
