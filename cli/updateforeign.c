/* ferry update of a Debian tree ferry did not write (updateforeign.h). */
#include "updateforeign.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/date.h"
#include "../core/escape.h"
#include "../fetch/archive.h"
#include "../fetch/localfile.h"

#define MAX_FILE (64u << 20)

static char *read_file(const char *path, size_t *len)
{
	char *s = localfile_read(path, MAX_FILE, len);
	if (s && strlen(s) != *len) {   /* control files are text */
		free(s);
		s = NULL;
	}
	return s;
}

/* the binary packages' names of a control file ("Package: X" lines) */
static void binaries(const char *control, struct strv *out)
{
	for (const char *l = control; *l; l += strcspn(l, "\n") + (l[strcspn(l, "\n")] == '\n'))
		if (strncmp(l, "Package:", 8) == 0) {
			const char *v = l + 8 + strspn(l + 8, " \t");
			size_t n = strcspn(v, " \t\n");
			if (n)
				strv_push(out, xstrndup(v, n));
		}
}

/* the ecosystem and name the pairs' rules give a binary package */
static int upstream_of(struct foreign *f, const char *control)
{
	struct strv bins = {0};
	binaries(control, &bins);
	for (size_t i = 0; i < bins.n && !f->name; i++)
		for (size_t k = 0; k < f->fam->necos && !f->name; k++) {
			const char *rule;
			char *name = f->fam->ecos[k].upstream(bins.v[i], 0, NULL, &rule);
			const struct eco *x = name ? eco_find(f->fam->ecos[k].eco) : NULL;
			if (x && !x->invalid_name(name))
				f->eco = x, f->name = name;
			else
				free(name);
		}
	strv_free(&bins);
	return f->name ? 0 : -1;
}

int foreign_read(const char *out, const char *top, struct foreign *f, struct ferr *e)
{
	memset(f, 0, sizeof *f);
	for (size_t i = 0; family_at(i) && !f->changelog; i++) {
		const struct family *fam = family_at(i);
		if (!fam->tree_dir || !fam->changelog_file || fam->changelog_mark)
			continue;   /* a source tree with a changelog file of its own */
		char *rel = xasprintf(fam->changelog_file, top), *path = xasprintf("%s/%s", out, rel);
		size_t len;
		f->changelog = read_file(path, &len);
		if (f->changelog)
			f->fam = fam;
		free(rel), free(path);
	}
	if (!f->changelog)
		return 1;
	char *cpath = xasprintf("%s/%s/%s/control", out, top, f->fam->tree_dir), *where = xasprintf("%s/%s", out, top);
	size_t len;
	f->control = read_file(cpath, &len);
	int rc = f->control ? foreign_parse(f, where, e) : ferr_set(e, FERR_INPUT, "%s: not there, or not text", cpath);
	free(cpath), free(where);
	return rc;
}

int foreign_parse(struct foreign *f, const char *where, struct ferr *e)
{
	/* "SOURCE (VERSION) DIST; ...", SOURCE and VERSION plain words */
	const char *cl = f->changelog, *open = strstr(cl, " (");
	size_t close = open ? strcspn(open + 2, ")\n") : 0;
	static const char word[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.+-~:";
	if (!open || open > cl + strcspn(cl, "\n") || open[2 + close] != ')' || !close || open == cl ||
	    strspn(cl, word) != (size_t)(open - cl) || strspn(open + 2, word) != close)
		return ferr_set(e, FERR_INPUT, "%s: its changelog's first line is not 'SOURCE (VERSION) ...'", where);
	f->source = xstrndup(cl, (size_t)(open - cl));
	f->version = xstrndup(open + 2, close);
	f->upstream = f->fam->upstream_version(f->version);
	if (!f->upstream || upstream_of(f, f->control) != 0)
		return ferr_set(e, FERR_INPUT, "%s: no binary package names an npm, crate or PyPI package by %s's rules",
				where, f->fam->name);
	return 0;
}

/* ---- the files ----------------------------------------------------------- */

static int add_disk(struct outtree *t, const char *disk, const char *rel, struct strv *changes, struct ferr *e)
{
	struct stat st;
	if (lstat(disk, &st) != 0)
		return ferr_set(e, FERR_IO, "%s: cannot read: %s", disk, strerror(errno));
	if (S_ISDIR(st.st_mode)) {
		DIR *d = opendir(disk);
		if (!d)
			return ferr_set(e, FERR_IO, "%s: cannot read: %s", disk, strerror(errno));
		struct strv names = {0};
		for (struct dirent *de; (de = readdir(d));)
			if (strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0)
				strv_add(&names, de->d_name);
		closedir(d);
		strv_sort(&names);
		int rc = 0;
		for (size_t i = 0; i < names.n && rc == 0; i++) {
			char *sd = xasprintf("%s/%s", disk, names.v[i]), *sr = xasprintf("%s/%s", rel, names.v[i]);
			rc = add_disk(t, sd, sr, changes, e);
			free(sd), free(sr);
		}
		strv_free(&names);
		return rc;
	}
	if (!S_ISREG(st.st_mode)) {
		strv_push(changes, xasprintf("%s: not a regular file, not carried into the new tree", rel));
		return 0;
	}
	size_t len;
	char *data = localfile_read(disk, MAX_FILE, &len);
	if (!data)
		return ferr_set(e, FERR_IO, "%s: cannot read: %s", disk, strerror(errno));
	outtree_add_bytes(t, rel, data, len, st.st_mode & 0111 ? 0755 : 0644);
	free(data);
	return 0;
}

/* the new artifact's files under TOP, but for any in the packaging's folder */
static int add_upstream(struct outtree *t, const char *newtop, const char *dir, const struct foreign_opts *o,
			struct ferr *e)
{
	size_t dl = strlen(dir);
	struct pkgfiles files = {0};
	char *what = xasprintf("%s %s: %s", o->p->name, o->p->version, "artifact");
	int rc = archive_read(o->artifact, o->len, &archive_default_limits, archive_keep_all, NULL, what, &files, e);
	for (size_t i = 0; rc == 0 && i < files.n; i++) {
		const struct pkgfile *pf = &files.v[i];
		char *canon = pf->type == 'f' ? archive_path_canon(pf->path) : NULL;
		if (canon && !pf->data)
			rc = ferr_set(e, FERR_INPUT, "%s: %s: over the archive limits, so not unpacked", what, canon);
		else if (canon && !(strncmp(canon, dir, dl) == 0 && (!canon[dl] || canon[dl] == '/'))) {
			char *rel = xasprintf("%s/%s", newtop, canon);
			outtree_add_bytes(t, rel, pf->data, pf->len, pf->mode & 0111 ? 0755 : 0644);
			free(rel);
		}
		free(canon);
	}
	pkgfiles_free(&files);
	free(what);
	return rc;
}

/* ---- debian/control's Depends ------------------------------------------ */

/* the clauses of the field starting at f (its value, continuation lines
 * and comment lines in it), and where it ends */
static const char *field_end(const char *f)
{
	const char *p = f;
	for (;;) {
		p += strcspn(p, "\n");
		if (!*p)
			return p;
		if (p[1] != ' ' && p[1] != '\t' && p[1] != '#')
			return p + 1;
		p++;
	}
}

/* the clause gathered in cur, trimmed, into out */
static void flush_clause(struct buf *cur, struct strv *out)
{
	const char *c = cur->p ? cur->p : "";
	size_t a = strspn(c, " \t\n"), b = strlen(c);
	while (b > a && strchr(" \t\n", c[b - 1]))
		b--;
	if (b > a)
		strv_push(out, xstrndup(c + a, b - a));
	buf_free(cur);
}

static void split_clauses(const char *v, size_t n, struct strv *out)
{
	struct buf cur = {0};
	for (size_t i = 0; i < n; i++) {
		if (v[i] == ',')
			flush_clause(&cur, out);
		else if (v[i] == '#' && (i == 0 || v[i - 1] == '\n'))
			i += strcspn(v + i, "\n");   /* a comment line */
		else if (v[i])
			buf_addc(&cur, v[i]);
	}
	flush_clause(&cur, out);
}

static char *clause_pkg(const char *c)
{
	return xstrndup(c, strcspn(c, " \t(|[<:"));
}

/* where a clause's restrictions start ("PKG <!nocheck>", "PKG [amd64]"):
 * the first '<' or '[' outside parentheses, or its end */
static size_t relation_len(const char *c)
{
	int depth = 0;
	size_t i = 0;
	for (; c[i]; i++) {
		if (c[i] == '(')
			depth++;
		else if (c[i] == ')')
			depth--;
		else if (depth == 0 && (c[i] == '<' || c[i] == '['))
			break;
	}
	while (i > 0 && (c[i - 1] == ' ' || c[i - 1] == '\t'))
		i--;
	return i;
}

/* the relation of the new dependency, kept in the packager's form: a bare
 * name stays bare, a lower bound alone moves to the new lower bound,
 * anything else becomes what the pair renders; restrictions kept */
static char *moved(const char *clause, const char *pkg, const char *rendered)
{
	size_t rl = relation_len(clause);
	char *old = xstrndup(clause, rl);
	const char *rest = clause + rl;
	const char *ge = strstr(rendered, "(>= ");
	int only_lower = strstr(old, "(>=") && !strchr(old, ',') && !strstr(old, "<<") && !strchr(old, '|');
	char *now;
	if (strcmp(old, pkg) == 0)
		now = xstrdup(clause);
	else if (only_lower && ge && !strchr(rendered, '|'))
		now = xasprintf("%s %.*s%s", pkg, (int)(strcspn(ge, ")") + 1), ge, rest);
	else if (*rest)   /* "A (>= 1), A (<< 2) <!nocheck>" is no clause: each part gets the restriction */
		now = strchr(rendered, ',') ? xstrdup(clause) : xasprintf("%s%s", rendered, rest);
	else
		now = xstrdup(rendered);
	free(old);
	return now;
}

struct relmove {
	const struct foreign *f;
	const struct family_eco *fe;
	const char *field;   /* "Depends", "Build-Depends" */
	int add;             /* a new dependency is added (else only moved and dropped) */
	char *suffix;        /* what an added clause carries ("<!nocheck>"), or NULL */
	struct strv *clauses, *changes;
	int moved;           /* a clause replaced, added or dropped */
};

static size_t find_clause(const struct relmove *m, const char *pkg)
{
	size_t k = 0;
	for (; k < m->clauses->n; k++) {
		char *first = clause_pkg(m->clauses->v[k]);
		int same = strcmp(first, pkg) == 0;
		free(first);
		if (same)
			break;
	}
	return k;
}

/* one dependency of the new version against the clauses */
static void move_dep(struct relmove *m, const struct dep *d)
{
	char *note = NULL, *pkg = m->fe->bare(d->name, NULL);
	const char *why;
	char *rendered = eco_render_dep(m->f->eco, d->name, d->range, m->f->fam, &note, &why);
	size_t k = find_clause(m, pkg);
	if (!rendered) {
		strv_push(m->changes, xasprintf("%s %s: not translated (%s): check its relation by hand", d->name, d->range,
						why ? why : "no relation"));
	} else if (k < m->clauses->n) {
		char *now = moved(m->clauses->v[k], pkg, rendered);
		if (strcmp(now, m->clauses->v[k]) != 0) {
			strv_push(m->changes, xasprintf("%s: %s (was %s), for %s %s", m->field, now, m->clauses->v[k],
							d->name, d->range));
			free(m->clauses->v[k]);
			m->clauses->v[k] = now;
			m->moved = 1;
		} else {
			free(now);
		}
	} else if (m->add) {
		char *c = m->suffix ? xasprintf("%s %s", pkg, m->suffix) : xstrdup(rendered);
		strv_push(m->changes, xasprintf("%s: %s added, for %s %s", m->field, c, d->name, d->range));
		strv_push(m->clauses, c);
		m->moved = 1;
	}
	if (note && (k < m->clauses->n || m->add))
		strv_push(m->changes, xasprintf("%s %s: %s", d->name, d->range, note));
	free(pkg), free(rendered), free(note);
}

static int in_depends(const struct dep *d)
{
	return (d->kind == DEP_RUNTIME || d->kind == DEP_PEER) && !d->optional && !d->extra && !d->target;
}

/* the dependencies the old version had and the new one has not */
static void drop_gone(struct relmove *m, const struct pkg *old, const struct pkg *p)
{
	for (size_t i = 0; old && i < old->ndeps; i++) {
		const struct dep *d = &old->deps[i];
		int kept = 0;
		for (size_t j = 0; j < p->ndeps && !kept; j++)
			kept = in_depends(&p->deps[j]) && strcmp(p->deps[j].name, d->name) == 0;
		if (!in_depends(d) || kept)
			continue;
		char *pkg = m->fe->bare(d->name, NULL);
		size_t k = find_clause(m, pkg);
		if (k < m->clauses->n) {
			strv_push(m->changes, xasprintf("%s: %s dropped: %s %s no longer depends on %s", m->field,
							m->clauses->v[k], p->name, p->version, d->name));
			free(m->clauses->v[k]);
			memmove(&m->clauses->v[k], &m->clauses->v[k + 1], (m->clauses->n - k - 1) * sizeof *m->clauses->v);
			m->clauses->n--;
			m->moved = 1;
		}
		free(pkg);
	}
}

/* Build-Depends lists the old version's runtime dependencies (for the
 * tests, which load the module): new ones join them, with the
 * restriction the first such clause has */
static void test_evidence(struct relmove *m, const struct pkg *old)
{
	for (size_t i = 0; old && i < old->ndeps && !m->add; i++) {
		if (!in_depends(&old->deps[i]))
			continue;
		char *pkg = m->fe->bare(old->deps[i].name, NULL);
		size_t k = find_clause(m, pkg);
		if (k < m->clauses->n) {
			const char *c = m->clauses->v[k], *rest = c + relation_len(c);
			m->add = 1;
			m->suffix = *rest ? xstrdup(rest + strspn(rest, " \t")) : NULL;
		}
		free(pkg);
	}
}

/* text with the field starting at field (its "Name:" at a line's start)
 * moved; NULL when nothing moved */
static char *move_field(const char *text, const char *field, struct relmove *m, const struct foreign_opts *o,
			int tests)
{
	size_t nl = strlen(m->field) + 1;
	const char *end = field_end(field);
	struct strv clauses = {0};
	split_clauses(field + nl, (size_t)(end - field - nl), &clauses);
	m->clauses = &clauses;
	if (tests)
		test_evidence(m, o->old);
	for (size_t i = 0; i < o->p->ndeps; i++)
		if (in_depends(&o->p->deps[i]))
			move_dep(m, &o->p->deps[i]);
	drop_gone(m, o->old, o->p);
	char *out = NULL;
	if (m->moved) {
		struct buf b = {0};
		buf_add(&b, text, (size_t)(field - text));
		buf_printf(&b, "%s:", m->field);
		for (size_t i = 0; i < clauses.n; i++)
			buf_printf(&b, "%s%s\n", i ? " , " : " ", clauses.v[i]);
		if (!clauses.n)
			buf_addc(&b, '\n');
		buf_adds(&b, end);
		out = buf_steal(&b);
	}
	strv_free(&clauses);
	free(m->suffix);
	m->suffix = NULL;
	return out;
}

/* "\nNAME:" in text between from and to (to NULL: the end), as its
 * line's start, or NULL */
static const char *field_in(const char *text, const char *from, const char *to, const char *name)
{
	char *needle = xasprintf("\n%s:", name);
	const char *at = strstr(from, needle);
	free(needle);
	if (!at && from == text && strncmp(text, name, strlen(name)) == 0 && text[strlen(name)] == ':')
		return text;
	return at && (!to || at < to) ? at + 1 : NULL;
}

char *foreign_depends(const struct foreign *f, const struct foreign_opts *o, struct strv *changes)
{
	const struct family_eco *fe = family_eco(f->fam, f->eco->name);
	if (!fe || fe->dep) {
		strv_push(changes, xasprintf("control: relations of %s's packages are written in %s's own forms, "
					     "not translated: check them by hand", f->eco->label, f->fam->name));
		return xstrdup(f->control);
	}
	char *text = xstrdup(f->control);
	/* the first binary package's Depends: what the package needs */
	const char *pkgpara = strstr(text, "\nPackage:");
	const char *next = pkgpara ? strstr(pkgpara + 1, "\n\n") : NULL;
	const char *dep = pkgpara ? field_in(text, pkgpara, next, "Depends") : NULL;
	struct relmove m = {f, fe, "Depends", 1, NULL, NULL, changes, 0};
	char *moved_text = dep ? move_field(text, dep, &m, o, 0) : NULL;
	if (!dep)
		strv_push(changes, xstrdup("control: the first binary package has no Depends: relations not translated"));
	if (moved_text)
		free(text), text = moved_text;
	/* the source's Build-Depends, where it lists them for the tests */
	const char *first_para_end = strstr(text, "\n\n");
	const char *bd = field_in(text, text, first_para_end, "Build-Depends");
	struct relmove t = {f, fe, "Build-Depends", 0, NULL, NULL, changes, 0};
	moved_text = bd ? move_field(text, bd, &t, o, 1) : NULL;
	if (moved_text)
		free(text), text = moved_text;
	return text;
}

/* ---- the changelog ------------------------------------------------------- */

static char *changelog_entry(const struct foreign *f, const struct foreign_opts *o, const char *newver,
			     const struct strv *changes)
{
	struct buf b = {0};
	char date[64], *line;
	date_deb(o->date, date, sizeof date);
	buf_printf(&b, "%s (%s-1) %s; urgency=medium\n\n", f->source, newver, o->dist ? o->dist : "UNRELEASED");
	line = xasprintf("New upstream version %s (from %s), by ferry update from %s %s; the packaging is the "
			 "packager's, changed only where the new metadata says.", o->p->version, f->upstream,
			 f->eco->label, f->name);
	char *item = esc_deb_item(line, 72, "    ");
	buf_printf(&b, "  * %s\n", item);
	free(item), free(line);
	if (o->reviewed) {
		line = xasprintf("Reviewed: %s.", o->reviewed);
		item = esc_deb_item(line, 72, "    ");
		buf_printf(&b, "  * %s\n", item);
		free(item), free(line);
	}
	for (size_t i = 0; i < changes->n; i++) {
		item = esc_deb_item(changes->v[i], 72, "    ");
		buf_printf(&b, "  * %s\n", item);
		free(item);
	}
	char *pk = esc_deb_line(o->packager);
	buf_printf(&b, "\n -- %s  %s\n\n%s", pk, date, f->changelog);
	free(pk);
	return buf_steal(&b);
}

/* "1:" and "+~cs1.2" of the old Debian version, around the new upstream */
static char *new_version(const struct foreign *f, const struct foreign_opts *o)
{
	const char *why, *v = f->version;
	char *up = f->eco->translate(o->p->version, f->fam->spell, &why);
	size_t ep = strspn(v, "0123456789");
	const char *plus = strstr(v, "+~"), *dash = strrchr(v, '-');
	int suffix = plus && (!dash || plus < dash);
	char *out = xasprintf("%.*s%s%.*s", v[ep] == ':' ? (int)ep + 1 : 0, v, up ? up : o->p->version,
			      suffix ? (int)(dash ? (size_t)(dash - plus) : strlen(plus)) : 0, suffix ? plus : "");
	free(up);
	return out;
}

/* each orig tarball of the old version beside the tree, under the new
 * version's name: the main one from the artifact, the components copied */
static int origs(const struct foreign *f, const char *out, const char *oldup, const char *newup,
		 const struct foreign_opts *o, struct outtree *t, struct strv *changes, struct ferr *e)
{
	const char *a = o->artifact;
	const char *ext = o->len > 2 && (unsigned char)a[0] == 0x1f && (unsigned char)a[1] == 0x8b ? "gz" : NULL;
	if (!ext)
		return ferr_set(e, FERR_INPUT, "%s %s: the artifact is not a gzip tarball, which an orig tarball must be here",
				o->p->name, o->p->version);
	char *main = xasprintf("%s_%s.orig.tar.%s", f->source, newup, ext);
	outtree_add_bytes(t, main, o->artifact, o->len, 0644);
	free(main);
	DIR *d = opendir(out);
	if (!d)
		return ferr_set(e, FERR_IO, "%s: cannot read: %s", out, strerror(errno));
	char *prefix = xasprintf("%s_%s.orig-", f->source, oldup);
	int rc = 0;
	for (struct dirent *de; rc == 0 && (de = readdir(d));) {
		if (strncmp(de->d_name, prefix, strlen(prefix)) != 0)
			continue;
		char *path = xasprintf("%s/%s", out, de->d_name), *to = xasprintf("%s_%s.orig-%s", f->source, newup,
										     de->d_name + strlen(prefix));
		size_t len;
		char *data = localfile_read(path, 256u << 20, &len);
		if (!data)
			rc = ferr_set(e, FERR_IO, "%s: cannot read: %s", path, strerror(errno));
		else {
			outtree_add_bytes(t, to, data, len, 0644);
			strv_push(changes, xasprintf("component tarball %s kept as it was, as %s", de->d_name, to));
		}
		free(data), free(path), free(to);
	}
	closedir(d);
	free(prefix);
	return rc;
}

int foreign_tree(const struct foreign *f, const char *out, const char *top, const struct foreign_opts *o,
		 struct outtree *t, struct strv *changes, struct ferr *e)
{
	char *newver = new_version(f, o);
	const char *colon = strchr(newver, ':');
	const char *newup = colon ? colon + 1 : newver;
	const char *oldcolon = strchr(f->version, ':'), *olddash = strrchr(f->version, '-');
	char *oldup = xstrndup(oldcolon ? oldcolon + 1 : f->version,
			       olddash ? (size_t)(olddash - (oldcolon ? oldcolon + 1 : f->version)) : strlen(f->version));
	t->top = xasprintf("%s-%s", f->source, newup);
	char *control = foreign_depends(f, o, changes);
	int rc = add_upstream(t, t->top, f->fam->tree_dir, o, e);
	/* the old tree's packaging folder but for the two files that move */
	char *deb = xasprintf("%s/%s/%s", out, top, f->fam->tree_dir), *newdeb = xasprintf("%s/%s", t->top, f->fam->tree_dir);
	struct outtree dt = {0};
	if (rc == 0)
		rc = add_disk(&dt, deb, newdeb, changes, e);
	char *clrel = xasprintf("%s/changelog", newdeb), *ctrel = xasprintf("%s/control", newdeb);
	for (size_t i = 0; rc == 0 && i < dt.n; i++)
		if (strcmp(dt.v[i].path, clrel) != 0 && strcmp(dt.v[i].path, ctrel) != 0)
			outtree_add_bytes(t, dt.v[i].path, dt.v[i].data, dt.v[i].len, dt.v[i].mode);
	if (rc == 0)
		rc = origs(f, out, oldup, newup, o, t, changes, e);
	/* components: a folder of the old tree named by an orig-COMPONENT tarball */
	for (size_t i = 0; rc == 0 && i < t->n; i++) {
		const char *orig = strstr(t->v[i].path, ".orig-");
		if (strchr(t->v[i].path, '/') || !orig)
			continue;
		char *comp = xstrndup(orig + 6, strcspn(orig + 6, "."));
		char *disk = xasprintf("%s/%s/%s", out, top, comp), *rel = xasprintf("%s/%s", t->top, comp);
		struct stat st;
		if (lstat(disk, &st) == 0)
			rc = add_disk(t, disk, rel, changes, e);
		free(comp), free(disk), free(rel);
	}
	if (rc == 0) {
		outtree_add(t, ctrel, control, 0644);
		control = NULL;
		outtree_add(t, clrel, changelog_entry(f, o, newver, changes), 0644);
	}
	outtree_free(&dt);
	free(control), free(deb), free(newdeb), free(clrel), free(ctrel), free(newver), free(oldup);
	return rc;
}

void foreign_free(struct foreign *f)
{
	free(f->source), free(f->version), free(f->upstream), free(f->name), free(f->changelog), free(f->control);
	memset(f, 0, sizeof *f);
}
