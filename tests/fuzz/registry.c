/* One registry reader end to end (registry.h). */
#include "registry.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "../../convert/writer.h"
#include "../../core/date.h"
#include "../../core/util.h"
#include "../../fetch/digest.h"

static int is_archive(const char *p, size_t n)
{
	return (n >= 2 && (unsigned char)p[0] == 0x1f && (unsigned char)p[1] == 0x8b) ||
	       (n >= 4 && memcmp(p, "PK\3\4", 4) == 0) || (n >= 262 && memcmp(p + 257, "ustar", 5) == 0);
}

/* One ustar member "package/PATH" into art, so that the writers (the
 * Debian orig tarball, its repacking) get an archive as they would. */
static void tar_member(struct buf *art, const char *path, const char *body, size_t n)
{
	char h[512] = {0};
	snprintf(h, 100, "package/%.90s", path);
	snprintf(h + 100, 8, "%07o", 0644);
	snprintf(h + 108, 8, "%07o", 0), snprintf(h + 116, 8, "%07o", 0);
	snprintf(h + 124, 12, "%011zo", n);
	snprintf(h + 136, 12, "%011o", 1700000000u);
	h[156] = '0';
	memcpy(h + 257, "ustar", 6), memcpy(h + 263, "00", 2);
	memset(h + 148, ' ', 8);
	unsigned sum = 0;
	for (size_t i = 0; i < sizeof h; i++)
		sum += (unsigned char)h[i];
	snprintf(h + 148, 8, "%06o", sum);
	buf_add(art, h, sizeof h);
	buf_add(art, body, n);
	static const char zero[512];
	buf_add(art, zero, (512 - n % 512) % 512);
}

/* the members written out as PARTs, into files; as a tar into art */
static void members(const char *p, const char *end, archive_want_fn want, struct pkgfiles *files, struct buf *art)
{
	files->root = xstrdup("package");
	while (p < end) {
		const char *next = fuzz_find(p, end, FUZZ_SEP);
		const char *stop = next ? next : end;
		const char *nl = memchr(p, '\n', (size_t)(stop - p));
		const char *body = nl ? nl + 1 : stop;
		files->v = xrealloc(files->v, (files->n + 1) * sizeof *files->v);
		struct pkgfile *f = &files->v[files->n++];
		memset(f, 0, sizeof *f);
		f->path = xstrndup(p, (size_t)((nl ? nl : stop) - p));
		f->size = (size_t)(stop - body);
		f->type = str_endswith(f->path, "/") ? 'd' : 'f';
		f->mode = 0644;
		if (f->type == 'f' && want(f->path, NULL)) {
			f->data = xstrndup(body, f->size);
			f->len = f->size;
		}
		if (f->type == 'f')
			tar_member(art, f->path, body, f->size);
		p = next ? next + strlen(FUZZ_SEP) : end;
	}
	static const char zero[1024];
	buf_add(art, zero, sizeof zero);
}

static void write_both(const struct pkg *p, int compat, const struct buf *art)
{
	int bad = 0;
	long long date = date_choose(NULL, p->publish_time, &bad);
	if (date < 0)
		date = 1700000000;
	struct write_opts o = {.packager = "Fuzz <fuzz@example.org>", .date = date, .artifact = art->p ? art->p : "",
			       .artifact_len = art->len, .compat = compat};
	const struct family *f;
	for (size_t i = 0; (f = family_at(i)) != NULL; i++) {
		struct outtree t = {0};
		struct ferr e = {0};
		/* a writer that embeds compat packages in their dependents
		 * (Debian npm, docs/compat.md) writes nothing for one */
		if (writer_write(f, p, &o, &t, &e) == 0 && !t.top && !(compat && t.n == 0))
			fuzz_fail("a writer succeeded without a top folder", p->name);
		if (*e.msg && getenv("FUZZ_VERBOSE"))
			fprintf(stderr, "fuzz: %s: %s\n", f->name, e.msg);
		outtree_free(&t);
		ferr_clear(&e);
		/* the package carrying itself as a component, as an older major
		 * or at the root: its name and version in component paths,
		 * watch lines and versions */
		if (compat)
			continue;
		struct write_component wc[2] = {{p, o.artifact, o.artifact_len, 0}, {p, o.artifact, o.artifact_len, 1}};
		for (int root = 0; root < 2; root++) {
			struct write_opts oc = o;
			oc.components = &wc[root], oc.ncomponents = 1;
			struct outtree tc = {0};
			if (writer_write(f, p, &oc, &tc, &e) == 0 && !tc.top)
				fuzz_fail("a writer with a component succeeded without a top folder", p->name);
			outtree_free(&tc);
			ferr_clear(&e);
		}
	}
}

static void count(void *ctx, const char *name, const char *feature, const char *range, enum dep_kind kind)
{
	(void)feature, (void)kind;
	if (!name || !range)
		fuzz_fail("a need without a name or a range", name ? name : "(null)");
	++*(size_t *)ctx;
}

/* what the solver asks of every unit, on every family */
static void units(const struct reader *rd, const struct pkg *p)
{
	struct strv feats = {0};
	if (rd->features)
		rd->features(p, &feats);
	const struct family *f;
	for (size_t i = 0; (f = family_at(i)) != NULL; i++) {
		for (int k = UNIT_BASE; k <= UNIT_TEST; k++) {
			for (size_t j = 0; j < (k == UNIT_FEATURE ? feats.n : 1); j++) {
				struct strv self = {0};
				struct ferr e = {0};
				size_t n = 0;
				rd->needs(p, (enum unit_kind)k, k == UNIT_FEATURE ? feats.v[j] : NULL, f, 1, count, &n, &self,
					  &e);
				strv_free(&self);
			}
		}
	}
	strv_free(&feats);
}

void fuzz_registry(const struct reader *rd, const char *ext, const uint8_t *data, size_t size)
{
	const char *s = (const char *)data, *end = s + size;
	const char *nl1 = memchr(s, '\n', size), *nl2 = nl1 ? memchr(nl1 + 1, '\n', (size_t)(end - nl1 - 1)) : NULL;
	if (!nl2)
		return;
	char *name = xstrndup(s, (size_t)(nl1 - s)), *want = xstrndup(nl1 + 1, (size_t)(nl2 - nl1 - 1));
	int compat = want[0] == '!';
	const char *doc = nl2 + 1, *sep = fuzz_find(doc, end, FUZZ_SEP);
	const char *rest = sep ? sep + strlen(FUZZ_SEP) : end;
	struct pkg p = {0};
	struct pkgfiles files = {0};
	struct buf art = {0};
	struct ferr e = {0};
	char *ref = NULL;
	/* the same document as review reads it: every version's history, and
	 * as the root document an artifact rule reads (crates' config.json) */
	size_t dlen = (size_t)((sep ? sep : end) - doc);
	struct history h = {0};
	if (rd->history(doc, dlen, name, &h, &e) == 0) {
		history_settle(&h);
		for (size_t i = 0; i < h.n; i++)
			if (history_find(&h, h.v[i].version) == NULL)
				fuzz_fail("a version of the history is not found in it", h.v[i].version);
	}
	history_free(&h);
	ferr_clear(&e);
	if (rd->root_conf) {
		char *conf = NULL;
		rd->root_conf(doc, dlen, name, &conf, &e);
		free(conf);
		ferr_clear(&e);
	}
	if (rd->select(doc, (size_t)((sep ? sep : end) - doc), name, *want && want[compat] ? want + compat : NULL, &p,
		       &ref, &e) != 0)
		goto out;
	if (is_archive(rest, (size_t)(end - rest)) && !fuzz_find(rest, end, FUZZ_SEP)) {
		buf_add(&art, rest, (size_t)(end - rest));
		if (archive_read(art.p, art.len, &archive_default_limits, rd->want, NULL, "fuzz", &files, &e) != 0)
			goto out;
	} else {
		members(rest, end, rd->want, &files, &art);
	}
	p.sha512 = digest_hex(DIGEST_SHA512, art.p ? art.p : "", art.len);
	p.source_size = art.len;
	free(p.source_file);   /* PyPI's select names it from the index */
	p.source_file = xasprintf("%s-%s%s", p.name, p.version, art.len >= 2 && art.p[0] == 'P' ? ".zip" : ext);
	p.source_url = xasprintf("file:///fuzz/%s", p.source_file);
	p.source_root = xstrdup(files.root ? files.root : "package");
	if (rd->read(&files, &p, &e) == 0) {
		units(rd, &p);
		write_both(&p, compat, &art);
	}
out:
	if (*e.msg && getenv("FUZZ_VERBOSE"))   /* why an input stops where it does */
		fprintf(stderr, "fuzz: %s\n", e.msg);
	ferr_clear(&e);
	pkgfiles_free(&files);
	buf_free(&art);
	pkg_free(&p);
	free(ref), free(name), free(want);
}
