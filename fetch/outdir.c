#include "outdir.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "digest.h"
#include "files.h"
#include "outlock.h"
#include "outrecord.h"

char *mkdtemp(char *template);   /* POSIX 2008; glibc hides it under strict C11 */

#define NEW_PREFIX ".ferry-new-"
#define OLD_PREFIX ".ferry-old-"

static int write_file(const char *path, const char *data, size_t len, int mode)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, mode);
	if (fd < 0)
		return -1;
	size_t off = 0;
	while (off < len) {
		ssize_t n = write(fd, data + off, len - off);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			int err = errno;
			close(fd);
			errno = err;
			return -1;
		}
		off += (size_t)n;
	}
	/* on disk before the tree is renamed into place: the output counts */
	if (fchmod(fd, (mode_t)mode) != 0 || fsync(fd) != 0) {
		int err = errno;
		close(fd);
		errno = err;
		return -1;
	}
	return close(fd);
}

/* a file's bytes, at most max (then *len is max + 1 when there is more);
 * NULL with errno.  Links are not followed. */
static char *read_whole(const char *path, size_t max, size_t *len)
{
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	struct buf b = {0};
	char chunk[65536];
	for (;;) {
		ssize_t n = read(fd, chunk, sizeof chunk);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			int err = errno;
			close(fd);
			buf_free(&b);
			errno = err;
			return NULL;
		}
		if (n == 0 || b.len > max)
			break;
		buf_add(&b, chunk, (size_t)n);
	}
	close(fd);
	*len = b.len;
	if (!b.p)
		buf_add(&b, "", 0);
	return buf_steal(&b);
}

static int exists(const char *path)
{
	struct stat st;
	return lstat(path, &st) == 0;
}

/* mkdir -p of the folder path is in */
static int mkparent(const char *path)
{
	char *p = xstrdup(path);
	char *slash = strrchr(p, '/');
	*slash = 0;
	int rc = files_mkdirs(p, 0755);
	free(p);
	return rc;
}

/* the names in a folder, sorted; -1 with errno when it cannot be read */
static int list_dir(const char *path, struct strv *names)
{
	DIR *d = opendir(path);
	if (!d)
		return -1;
	struct dirent *de;
	while ((de = readdir(d)))
		if (strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0)
			strv_add(names, de->d_name);
	closedir(d);
	strv_sort(names);
	return 0;
}

/* ---- one top-level entry ------------------------------------------------- */

struct entry {
	char *name;
	int exists;            /* OUT/NAME was there */
	int had_record;        /* OUT/.ferry/NAME.files was there */
	struct outrecord old;  /* what it says */
	struct outrecord neu;  /* what this run writes */
	struct strv carry;     /* OUT-relative paths moved from the old entry into the new */
	size_t carried;        /* how many of them have moved */
	int stage;             /* how far placing got (place_one) */
};

static void entry_free(struct entry *en)
{
	free(en->name);
	outrecord_free(&en->old);
	outrecord_free(&en->neu);
	strv_free(&en->carry);
}

/* What the check looks at: the output folder, the new tree, one entry. */
struct check {
	const char *dir;
	const struct outtree *t;
	struct entry *en;
	unsigned flags;
	struct strv *problems;
};

/* the new tree writes at p, under it, or at a folder above it */
static int new_writes(const struct outtree *t, const char *p)
{
	size_t n = strlen(p);
	for (size_t i = 0; i < t->n; i++) {
		const char *q = t->v[i].path;
		size_t m = strlen(q);
		if (t->v[i].removed)
			continue;
		if ((m == n && memcmp(p, q, n) == 0) || (m > n && memcmp(q, p, n) == 0 && q[n] == '/') ||
		    (n > m && memcmp(p, q, m) == 0 && p[m] == '/'))
			return 1;
	}
	return 0;
}

/* the new tree writes under the folder p */
static int new_under(const struct outtree *t, const char *p)
{
	size_t n = strlen(p);
	for (size_t i = 0; i < t->n; i++)
		if (!t->v[i].removed && strncmp(t->v[i].path, p, n) == 0 && t->v[i].path[n] == '/')
			return 1;
	return 0;
}

static int new_has(const struct outtree *t, const char *p)
{
	for (size_t i = 0; i < t->n; i++)
		if (!t->v[i].removed && strcmp(t->v[i].path, p) == 0)
			return 1;
	return 0;
}

/* something ferry did not write (what says how it knows): kept with
 * --force, unless the new tree writes there */
static void foreign(struct check *c, const char *rel, const char *what)
{
	if (!(c->flags & OUTTREE_FORCE))
		strv_push(c->problems, xasprintf("%s/%s: %s (--force keeps it)", c->dir, rel, what));
	else if (new_writes(c->t, rel))
		strv_push(c->problems, xasprintf("%s/%s: %s, and ferry writes there: move it away (ferry never "
						 "overwrites it, not even with --force)", c->dir, rel, what));
	else
		strv_add(&c->en->carry, rel);
}

/* a file ferry wrote, edited since: replaced with --force, or kept when the
 * new tree no longer has it */
static void edited(struct check *c, const char *rel)
{
	if (!(c->flags & OUTTREE_FORCE))
		strv_push(c->problems, xasprintf("%s/%s: changed since ferry wrote it (--force replaces it)", c->dir, rel));
	else if (!new_has(c->t, rel))
		foreign(c, rel, "changed since ferry wrote it, and ferry no longer writes it");
}

static int classify(struct check *c, const char *rel, struct ferr *e)
{
	char *path = xasprintf("%s/%s", c->dir, rel);
	struct stat st;
	int rc = 0;
	const struct outrecord_file *f = outrecord_find(&c->en->old, rel);
	if (lstat(path, &st) != 0) {
		;   /* gone: the record's own check says so */
	} else if (S_ISDIR(st.st_mode) && !f &&
		   (outrecord_has_under(&c->en->old, rel) || ((c->flags & OUTTREE_FORCE) && new_under(c->t, rel)))) {
		/* a folder with ferry's files in it, or (--force) one the new
		 * tree writes into: what is inside is judged file by file */
		struct strv names = {0};
		if (list_dir(path, &names) != 0)
			rc = ferr_set(e, FERR_IO, "%s: cannot read: %s", path, strerror(errno));
		for (size_t i = 0; i < names.n && rc == 0; i++) {
			char *sub = xasprintf("%s/%s", rel, names.v[i]);
			rc = classify(c, sub, e);
			free(sub);
		}
		strv_free(&names);
	} else if (S_ISREG(st.st_mode) && f) {
		size_t len = 0;
		char *data = read_whole(path, (size_t)-1 / 2, &len);
		if (!data) {
			rc = ferr_set(e, FERR_IO, "%s: cannot read: %s", path, strerror(errno));
		} else {
			char *sha = digest_hex(DIGEST_SHA256, data, len);
			if ((int)(st.st_mode & 0777) != f->mode || strcmp(sha, f->sha256) != 0)
				edited(c, rel);
			free(sha);
			free(data);
		}
	} else {
		foreign(c, rel, f ? "not the file ferry wrote" : "not written by ferry");
	}
	free(path);
	return rc;
}

/* OUT/.ferry/NAME.files into en->old, when there is one */
static int load_record(const char *dir, struct entry *en, struct ferr *e)
{
	char *path = xasprintf("%s/.ferry/%s.files", dir, en->name);
	size_t len = 0;
	char *text = read_whole(path, OUTRECORD_MAX_BYTES, &len);
	int rc = 0;
	if (!text) {
		if (errno != ENOENT)
			rc = ferr_set(e, FERR_IO, "%s: cannot read: %s", path, strerror(errno));
		free(path);
		return rc;
	}
	en->had_record = 1;
	const char *why;
	size_t line;
	if (outrecord_parse(text, len, en->name, &en->old, &why, &line) != 0)
		rc = ferr_set(e, FERR_INPUT, "%s: line %zu: %s: not a record ferry wrote, so nothing is written (move "
			      "it away, and what it describes, to import anew)", path, line, why);
	free(text);
	free(path);
	return rc;
}

/* every entry against its record; problems appended */
static int check_entry(const char *dir, const struct outtree *t, struct entry *en, unsigned flags,
		       struct strv *problems, struct ferr *e)
{
	char *path = xasprintf("%s/%s", dir, en->name);
	en->exists = exists(path);
	free(path);
	if (load_record(dir, en, e) != 0)
		return -1;
	if (!en->exists)
		return 0;
	if (!en->had_record && !(flags & OUTTREE_FORCE)) {
		strv_push(problems, xasprintf("%s/%s: not written by ferry (no record %s/.ferry/%s.files; --force keeps "
					      "what in it ferry does not write over)", dir, en->name, dir, en->name));
		return 0;
	}
	struct check c = {dir, t, en, flags, problems};
	if (classify(&c, en->name, e) != 0)
		return -1;
	for (size_t i = 0; i < en->old.n; i++) {
		char *p = xasprintf("%s/%s", dir, en->old.v[i].path);
		if (!exists(p) && !(flags & OUTTREE_FORCE) && new_has(t, en->old.v[i].path))
			strv_push(problems, xasprintf("%s: written by ferry, since removed (--force writes it again)", p));
		free(p);
	}
	return 0;
}

/* ---- writing and placing ------------------------------------------------- */

/* the temporaries of one run: NEW/tree/NAME, NEW/rec/NAME.files (what
 * this run writes), OLD/tree/NAME, OLD/rec/NAME.files (what it moved aside) */
struct temps {
	const char *dir;
	char *new, *old;
};

static char *tpath(const char *base, const char *sub, const char *rel, const char *ext)
{
	return xasprintf("%s/%s/%s%s", base, sub, rel, ext);
}

/* The generation of each text file (no NUL, at most OUTDIR_MAX_BASE bytes)
 * staged as NEW/base/SHA256, for ferry update's merge; one already in
 * OUT/.ferry/base is the same bytes, so it is not staged again. */
static int write_bases(const struct outtree *t, const struct temps *tp, struct ferr *e)
{
	for (size_t i = 0; i < t->n; i++) {
		const struct outfile *f = &t->v[i];
		const char *g = f->gen ? f->gen : f->data;
		size_t len = f->gen ? f->gen_len : f->len;
		if (len > OUTDIR_MAX_BASE || memchr(g, 0, len))
			continue;
		char *sha = digest_hex(DIGEST_SHA256, g, len);
		char *have = xasprintf("%s/.ferry/base/%s", tp->dir, sha), *path = tpath(tp->new, "base", sha, "");
		int ok = exists(have) || exists(path) || write_file(path, g, len, 0644) == 0;
		free(sha), free(have);
		if (!ok) {
			ferr_set(e, FERR_IO, "%s: cannot write: %s", path, strerror(errno));
			free(path);
			return -1;
		}
		free(path);
	}
	return 0;
}

/* The staged bases into OUT/.ferry/base before any entry is placed: the
 * ones moved listed in *moved and the folder in *made when this run made
 * it, for unplace_bases. */
static int place_bases(const struct temps *tp, struct strv *moved, char **made, struct ferr *e)
{
	char *from = xasprintf("%s/base", tp->new), *to = xasprintf("%s/.ferry/base", tp->dir);
	struct strv names = {0};
	int rc = list_dir(from, &names) == 0 && files_mkdirs_made(to, 0755, made) == 0 ? 0 : -1;
	if (rc != 0)
		ferr_set(e, FERR_IO, "%s: cannot create: %s", to, strerror(errno));
	for (size_t i = 0; rc == 0 && i < names.n; i++) {
		char *src = xasprintf("%s/%s", from, names.v[i]), *dst = xasprintf("%s/%s", to, names.v[i]);
		if (rename(src, dst) == 0)
			strv_push(moved, dst);
		else {
			rc = ferr_set(e, FERR_IO, "%s: cannot rename into place: %s", dst, strerror(errno));
			free(dst);
		}
		free(src);
	}
	strv_free(&names);
	free(from), free(to);
	return rc;
}

static void unplace_bases(const struct temps *tp, const struct strv *moved, const char *made)
{
	for (size_t i = 0; i < moved->n; i++)
		unlink(moved->v[i]);
	char *to = xasprintf("%s/.ferry/base", tp->dir);
	files_unmake(to, made);
	free(to);
}

static int write_new(const struct outtree *t, const struct temps *tp, struct entry *v, size_t n, struct ferr *e)
{
	if (write_bases(t, tp, e) != 0)
		return -1;
	for (size_t i = 0; i < t->n; i++) {
		const struct outfile *f = &t->v[i];
		if (f->removed)
			continue;
		char *path = tpath(tp->new, "tree", f->path, "");
		int ok = mkparent(path) == 0 && write_file(path, f->data, f->len, f->mode) == 0;
		free(path);
		if (!ok)
			return ferr_set(e, FERR_IO, "%s/%s: cannot write: %s", tp->dir, f->path, strerror(errno));
	}
	for (size_t k = 0; k < n; k++) {
		size_t len;
		char *text = outrecord_format(&v[k].neu, &len);
		char *path = tpath(tp->new, "rec", v[k].name, ".files");
		int ok = write_file(path, text, len, 0644) == 0;
		free(path);
		free(text);
		if (!ok)
			return ferr_set(e, FERR_IO, "%s/.ferry/%s.files: cannot write: %s", tp->dir, v[k].name,
					strerror(errno));
	}
	return 0;
}

/* Stages: 1 the old entry aside, 2 what is kept carried into the new one,
 * 3 the new one in place, 4 the old record aside, 5 the new record in
 * place.  On failure en->stage says how far it got, for unplace_one. */
static int place_one(const struct temps *tp, struct entry *en, struct ferr *e)
{
	const char *name = en->name;
	char *to = xasprintf("%s/%s", tp->dir, name), *aside = tpath(tp->old, "tree", name, "");
	char *from = tpath(tp->new, "tree", name, ""), *rec = xasprintf("%s/.ferry/%s.files", tp->dir, name);
	char *rec_aside = tpath(tp->old, "rec", name, ".files"), *rec_new = tpath(tp->new, "rec", name, ".files");
	const char *failed = to;
	int ok = !en->exists || rename(to, aside) == 0;
	if (ok)
		en->stage = 1;
	for (; ok && en->carried < en->carry.n; en->carried++) {
		const char *p = en->carry.v[en->carried];
		char *src = tpath(tp->old, "tree", p, ""), *dst = tpath(tp->new, "tree", p, "");
		ok = mkparent(dst) == 0 && rename(src, dst) == 0;
		free(src), free(dst);
	}
	if (ok && (en->stage = 2) && rename(from, to) == 0)
		en->stage = 3;
	if (en->stage == 3 && (!en->had_record || rename(rec, rec_aside) == 0))
		en->stage = 4;
	if (en->stage == 4 && rename(rec_new, rec) == 0)
		en->stage = 5;
	int err = errno;
	if (en->stage >= 3)
		failed = rec;
	if (en->stage < 5)
		ferr_set(e, FERR_IO, "%s: cannot rename into place: %s", failed, strerror(err));
	free(to), free(aside), free(from), free(rec), free(rec_aside), free(rec_new);
	return en->stage == 5 ? 0 : -1;
}

/* undoes place_one's stages: 0, or -1 when something could not be put back */
static int unplace_one(const struct temps *tp, struct entry *en)
{
	const char *name = en->name;
	char *to = xasprintf("%s/%s", tp->dir, name), *aside = tpath(tp->old, "tree", name, "");
	char *from = tpath(tp->new, "tree", name, ""), *rec = xasprintf("%s/.ferry/%s.files", tp->dir, name);
	char *rec_aside = tpath(tp->old, "rec", name, ".files"), *rec_new = tpath(tp->new, "rec", name, ".files");
	int bad = 0;
	if (en->stage >= 5)
		bad |= rename(rec, rec_new) != 0;
	if (en->stage >= 4 && en->had_record)
		bad |= rename(rec_aside, rec) != 0;
	if (en->stage >= 3)
		bad |= rename(to, from) != 0;
	while (en->carried > 0) {
		const char *p = en->carry.v[--en->carried];
		char *src = tpath(tp->new, "tree", p, ""), *dst = tpath(tp->old, "tree", p, "");
		bad |= exists(src) && rename(src, dst) != 0;
		free(src), free(dst);
	}
	if (en->stage >= 1 && en->exists)
		bad |= rename(aside, to) != 0;
	en->stage = 0;
	free(to), free(aside), free(from), free(rec), free(rec_aside), free(rec_new);
	return bad ? -1 : 0;
}

/* ---- what a killed run left ---------------------------------------------- */

/* what was carried into NEW/tree/rel (not in the new record) back to OLD */
static void carry_back(const struct temps *tp, const struct outrecord *r, const char *rel)
{
	char *path = tpath(tp->new, "tree", rel, "");
	struct stat st;
	if (lstat(path, &st) != 0) {
		free(path);
		return;
	}
	if (S_ISDIR(st.st_mode) && outrecord_has_under(r, rel)) {
		struct strv names = {0};
		list_dir(path, &names);
		for (size_t i = 0; i < names.n; i++) {
			char *sub = xasprintf("%s/%s", rel, names.v[i]);
			carry_back(tp, r, sub);
			free(sub);
		}
		strv_free(&names);
	} else if (!(S_ISREG(st.st_mode) && outrecord_find(r, rel))) {
		char *dst = tpath(tp->old, "tree", rel, "");
		if (mkparent(dst) == 0)
			rename(path, dst);
		free(dst);
	}
	free(path);
}

/* Finishes or undoes one entry of a killed run: its new tree placed (not in
 * NEW/tree any more): the record follows; else the old one goes back with
 * what had been carried out of it.  -1 when its record cannot be read: then
 * the temporaries stay. */
static int recover_entry(const struct temps *tp, const char *name)
{
	char *rec_new = tpath(tp->new, "rec", name, ".files"), *from = tpath(tp->new, "tree", name, "");
	char *aside = tpath(tp->old, "tree", name, ""), *to = xasprintf("%s/%s", tp->dir, name);
	int rc = 0;
	if (!exists(from)) {
		char *rec = xasprintf("%s/.ferry/%s.files", tp->dir, name);
		rename(rec_new, rec);
		free(rec);
	} else if (exists(aside)) {
		size_t len = 0;
		char *text = read_whole(rec_new, OUTRECORD_MAX_BYTES, &len);
		struct outrecord r = {0};
		const char *why;
		size_t line;
		if (text && outrecord_parse(text, len, name, &r, &why, &line) == 0)
			carry_back(tp, &r, name);
		else
			rc = -1;
		outrecord_free(&r);
		free(text);
		if (rc == 0 && !exists(to))
			rename(aside, to);
	}
	free(rec_new), free(from), free(aside), free(to);
	return rc;
}

/* every .ferry-new-S (and its .ferry-old-S) in dir: finished or undone,
 * then removed; a .ferry-old-S alone (its run was removing them): removed */
static void recover_stale(const char *dir)
{
	struct strv names = {0};
	if (list_dir(dir, &names) != 0)
		return;
	for (size_t i = 0; i < names.n; i++) {
		const char *n = names.v[i];
		int is_new = str_startswith(n, NEW_PREFIX), is_old = str_startswith(n, OLD_PREFIX);
		if (!is_new && !is_old)
			continue;
		const char *suffix = n + strlen(NEW_PREFIX);
		char *new = xasprintf("%s/%s%s", dir, NEW_PREFIX, suffix), *old = xasprintf("%s/%s%s", dir, OLD_PREFIX, suffix);
		struct temps tp = {dir, new, old};
		int ok = 1;
		if (is_new) {
			char *recdir = xasprintf("%s/rec", new);
			struct strv recs = {0};
			list_dir(recdir, &recs);
			for (size_t k = 0; k < recs.n; k++) {
				if (!str_endswith(recs.v[k], ".files"))
					continue;
				char *name = xstrndup(recs.v[k], strlen(recs.v[k]) - strlen(".files"));
				ok &= recover_entry(&tp, name) == 0;
				free(name);
			}
			strv_free(&recs);
			free(recdir);
		}
		if (ok && (is_new || !exists(new))) {
			files_remove_tree(new);
			files_remove_tree(old);
		}
		free(new), free(old);
	}
	strv_free(&names);
}

/* ---- the commit ---------------------------------------------------------- */

/* the tree's top-level entries, in order, with their new records */
static struct entry *entries_of(const struct outtree *t, size_t *n, struct ferr *e)
{
	struct entry *v = NULL;
	*n = 0;
	for (size_t i = 0; i < t->n; i++) {
		const char *rel = t->v[i].path;
		size_t len = strcspn(rel, "/"), k = 0;
		while (k < *n && !(strlen(v[k].name) == len && memcmp(v[k].name, rel, len) == 0))
			k++;
		if (k == *n) {
			v = xrealloc(v, (*n + 1) * sizeof *v);
			memset(&v[k], 0, sizeof v[k]);
			v[k].name = xstrndup(rel, len);
			++*n;
		}
		if (!outrecord_path_ok(rel, v[k].name) || str_startswith(rel, ".ferry")) {
			ferr_set(e, FERR_INPUT, "%s: not a path ferry writes into an output folder", rel);
			continue;
		}
		const struct outfile *f = &t->v[i];
		char *sha = f->gen ? digest_hex(DIGEST_SHA256, f->gen, f->gen_len) : digest_hex(DIGEST_SHA256, f->data, f->len);
		outrecord_add(&v[k].neu, rel, sha, f->removed ? 0 : f->mode & 0777);
		free(sha);
	}
	for (size_t k = 0; k < *n; k++) {
		outrecord_sort(&v[k].neu);
		const char *origin = outtree_origin(t, v[k].name);
		v[k].neu.origin = origin ? xstrdup(origin) : NULL;
	}
	return v;
}

static void entries_free(struct entry *v, size_t n)
{
	for (size_t k = 0; k < n; k++)
		entry_free(&v[k]);
	free(v);
}

/* the temporaries made, written and placed: 0, or -1 with everything put
 * back (*stuck when something could not be: the temporaries must stay) */
static int write_and_place(const struct outtree *t, struct temps *tp, struct entry *v, size_t n, int *stuck,
			   struct ferr *e)
{
	tp->new = xasprintf("%s/" NEW_PREFIX "XXXXXX", tp->dir);
	if (!mkdtemp(tp->new)) {
		free(tp->new);
		tp->new = NULL;
		return ferr_set(e, FERR_IO, "%s: cannot create a temporary folder: %s", tp->dir, strerror(errno));
	}
	tp->old = xasprintf("%s/" OLD_PREFIX "%s", tp->dir, tp->new + strlen(tp->dir) + 1 + strlen(NEW_PREFIX));
	char *sub[] = {xasprintf("%s/tree", tp->new), xasprintf("%s/rec", tp->new), xasprintf("%s/base", tp->new),
		       xstrdup(tp->old),
		       xasprintf("%s/tree", tp->old), xasprintf("%s/rec", tp->old)};
	int ok = 1;
	for (size_t i = 0; i < sizeof sub / sizeof sub[0]; i++) {
		ok = ok && mkdir(sub[i], 0700) == 0;
		free(sub[i]);
	}
	if (!ok)
		return ferr_set(e, FERR_IO, "%s: cannot create a temporary folder: %s", tp->dir, strerror(errno));
	struct strv moved = {0};
	char *made = NULL;
	if (write_new(t, tp, v, n, e) != 0)
		return -1;
	if (place_bases(tp, &moved, &made, e) != 0) {
		unplace_bases(tp, &moved, made);
		strv_free(&moved);
		free(made);
		return -1;
	}
	size_t placed = 0;
	while (placed < n && place_one(tp, &v[placed], e) == 0)
		placed++;
	if (placed == n) {
		/* the renames on disk too; best effort, since the new trees are in
		 * place either way and a crash before the folder reaches the disk
		 * leaves the previous ones */
		char *fdir = xasprintf("%s/.ferry", tp->dir), *bdir = xasprintf("%s/.ferry/base", tp->dir);
		files_sync_dir(bdir);
		files_sync_dir(tp->dir);
		files_sync_dir(fdir);
		free(fdir), free(bdir);
		strv_free(&moved);
		free(made);
		return 0;
	}
	for (size_t k = placed + 1; k-- > 0;)
		*stuck |= unplace_one(tp, &v[k]) != 0;
	unplace_bases(tp, &moved, made);
	strv_free(&moved);
	free(made);
	return -1;
}

static int check_all(const char *dir, const struct outtree *t, struct entry *v, size_t n, unsigned flags,
		     struct strv *problems, struct ferr *e)
{
	for (size_t k = 0; k < n; k++)
		if (check_entry(dir, t, &v[k], flags, problems, e) != 0)
			return -1;
	if (!problems->n)
		return 0;
	return ferr_set(e, FERR_FOUND, "%s: %zu %s not as ferry left %s; nothing written (--force: see ferry import "
			"--help)", dir, problems->n, problems->n == 1 ? "path" : "paths", problems->n == 1 ? "it" : "them");
}

int outtree_commit(const struct outtree *t, const char *dir, const struct outtree_opts *o, struct strv *problems,
		   struct ferr *e)
{
	size_t n = 0;
	struct entry *v = entries_of(t, &n, e);
	if (e->kind != FERR_NONE) {
		entries_free(v, n);
		return -1;
	}
	char *made = NULL;   /* the folders this run created: gone again on failure */
	if (files_mkdirs_made(dir, 0755, &made) != 0) {
		entries_free(v, n);
		return ferr_set(e, FERR_IO, "%s: cannot create: %s", dir, strerror(errno));
	}
	struct outlock lock;
	if (outlock_take(&lock, dir, o->lock_timeout, o->waiting, o->ctx, e) != 0) {
		entries_free(v, n);
		files_unmake(dir, made);
		free(made);
		return -1;
	}
	/* from here to the end a signal waits: the commit is whole or undone */
	sigset_t block, saved;
	sigemptyset(&block);
	sigaddset(&block, SIGINT), sigaddset(&block, SIGTERM), sigaddset(&block, SIGHUP);
	sigprocmask(SIG_BLOCK, &block, &saved);
	recover_stale(dir);
	struct temps tp = {dir, NULL, NULL};
	int stuck = 0, rc = check_all(dir, t, v, n, o->flags, problems, e);
	if (rc == 0)
		rc = write_and_place(t, &tp, v, n, &stuck, e);
	if (!stuck) {
		if (tp.new)
			files_remove_tree(tp.new);
		if (tp.old)
			files_remove_tree(tp.old);
	}
	free(tp.new), free(tp.old);
	if (rc == 0) {
		outlock_release(&lock);
	} else {
		outlock_release_remove(&lock);
		files_unmake(dir, made);
	}
	sigprocmask(SIG_SETMASK, &saved, NULL);
	entries_free(v, n);
	free(made);
	return rc;
}
