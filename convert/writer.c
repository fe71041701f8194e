#include "writer.h"

#include <stdlib.h>
#include <string.h>

#include "template.h"
#include "../core/eco.h"
#include "../core/naming.h"
#include "../core/util.h"

void writer_npm_bins(const struct pkg *p, struct tvars *v)
{
	tvars_list(v, "bins");
	for (size_t i = 0; i < p->bins.n; i++) {
		struct tvars *it = tvars_add_item(v, "bins");
		const char *tab = strchr(p->bins.v[i], '\t');
		char *bin = xstrndup(p->bins.v[i], (size_t)(tab - p->bins.v[i]));
		tvars_set(it, "bin", bin);       /* plain names and paths only (npm.c) */
		tvars_set(it, "path", tab + 1);
		free(bin);
	}
}

void writer_comment_list(struct tvars *v, const char *name, const struct strv *s, char *(*esc)(const char *))
{
	tvars_list(v, name);
	for (size_t i = 0; i < s->n; i++) {
		char *t = esc(s->v[i]);
		tvars_set(tvars_add_item(v, name), "text", t);
		free(t);
	}
}

/* Runtime and peer dependencies become requirements, optional ones
 * (optional peers too) recommendations; dev dependencies stay with
 * upstream's tests. */
int writer_add_deps(const struct pkg *p, const struct family *f, const char *rec_join, struct tvars *v,
		    struct ferr *e)
{
	const struct eco *eco = eco_find(p->eco);
	tvars_list(v, "requires");
	tvars_list(v, "recommends");
	tvars_list(v, "dep_notes");
	struct buf rec = {0};
	for (size_t i = 0; i < p->ndeps; i++) {
		const struct dep *d = &p->deps[i];
		if (d->kind == DEP_DEV)
			continue;
		const char *why = NULL;
		char *note = NULL;
		char *s = eco_render_dep(eco, d->name, d->range, f, &note, &why);
		if (!s) {
			buf_free(&rec);   /* the Recommends gathered so far */
			return ferr_set(e, FERR_INPUT, "%s@%s: %s dependency %s '%.200s': %s", p->name, p->version,
					dep_kind_str(d->kind), d->name, d->range, why);
		}
		if (note) {
			char *range = f->esc_line(d->range);
			tvars_setf(tvars_add_item(v, "dep_notes"), "text", "%s '%s': %s", d->name, range, note);
			free(range);
			free(note);
		}
		if (dep_kind_optional(d->kind) && rec_join) {
			if (rec.len)
				buf_adds(&rec, rec_join);
			buf_adds(&rec, s);
		} else {
			tvars_set(tvars_add_item(v, dep_kind_optional(d->kind) ? "recommends" : "requires"), "dep", s);
		}
		free(s);
	}
	if (rec_join)
		tvars_set(v, "recommends", rec.p ? rec.p : "");
	buf_free(&rec);
	return 0;
}

char *writer_compat(const struct pkg *p, const struct write_opts *o, const struct family *f, const char *name,
		    struct tvars *v, struct ferr *e)
{
	if (!o->compat) {
		if (v) {
			tvars_set(v, "compat", "");
			tvars_set(v, "compat_level", "");
		}
		return xstrdup(name);
	}
	char *s = family_compat(f, p->eco, name, p->version);
	char *level = naming_compat_level(p->eco, p->version);
	if (!s || !level) {
		free(s);
		free(level);
		ferr_set(e, FERR_INPUT, "%s@%s: version: no compatibility level for a compat package", p->name, p->version);
		return NULL;
	}
	if (v) {
		tvars_set(v, "compat", name);
		tvars_set(v, "compat_level", level);
	}
	free(level);
	return s;
}

int writer_is_url(const char *s)
{
	if (!str_startswith(s, "https://") && !str_startswith(s, "http://"))
		return 0;
	for (; *s; s++)
		if ((unsigned char)*s <= ' ' || *s == '"' || *s == '\'' || *s == '<' || *s == '>' || *s == '\\')
			return 0;
	return 1;
}

/* A browsable URL from npm's repository field ("git+https://...git"). */
char *writer_repo_url(const char *repo)
{
	const char *r = repo;
	if (str_startswith(r, "git+"))
		r += 4;
	char *s;
	if (str_startswith(r, "github:"))
		s = xasprintf("https://github.com/%s", r + 7);
	else if (str_startswith(r, "git@github.com:"))
		s = xasprintf("https://github.com/%s", r + 15);
	else if (str_startswith(r, "gitlab:"))
		s = xasprintf("https://gitlab.com/%s", r + 7);
	else if (str_startswith(r, "bitbucket:"))
		s = xasprintf("https://bitbucket.org/%s", r + 10);
	else if (str_startswith(r, "git://"))
		s = xasprintf("https://%s", r + 6);
	else if (*r && !strchr(r, ':') && strchr(r, '/') && strchr(r, '/') == strrchr(r, '/'))
		s = xasprintf("https://github.com/%s", r);   /* npm's "owner/repo" shorthand */
	else
		s = xstrdup(r);
	if (str_endswith(s, ".git"))
		s[strlen(s) - 4] = 0;
	if (!writer_is_url(s)) {
		free(s);
		return NULL;
	}
	return s;
}

char *writer_pkg_url(const struct pkg *p)
{
	if (writer_is_url(p->homepage))
		return xstrdup(p->homepage);
	return writer_repo_url(p->repository);
}


void writer_set_esc(struct tvars *v, const char *name, const char *text, char *(*esc)(const char *))
{
	char *s = esc(text ? text : "");
	tvars_set(v, name, s);
	free(s);
}

void writer_set_history(struct tvars *v, const char *name, const char *text)
{
	size_t n = strlen(text);
	while (n && (text[n - 1] == '\n' || text[n - 1] == ' '))
		n--;
	char *h = xstrndup(text, n);
	tvars_set(v, name, h);
	free(h);
}

void writer_update_vars(const struct write_opts *o, struct tvars *v, char *(*line)(const char *),
			char *(*item)(const char *, size_t, const char *), const char *indent)
{
	tvars_set(v, "prior_version", "");
	tvars_set(v, "prior_history", "");
	tvars_set(v, "reviewed", "");
	if (!o->prior_version)
		return;
	writer_set_esc(v, "prior_version", o->prior_version, line);
	if (o->reviewed) {
		char *r = item(o->reviewed, 64, indent);
		tvars_set(v, "reviewed", r);
		free(r);
	}
	if (o->prior_history)
		writer_set_history(v, "prior_history", o->prior_history);
}

int writer_render_files(const struct tfile *files, size_t n, const struct tvars *v, struct outtree *t,
			struct ferr *e)
{
	for (size_t i = 0; i < n; i++) {
		char *out;
		if (template_render(files[i].tmpl, v, &out, e) != 0)
			return -1;
		char *path = xasprintf("%s/%s", t->top, files[i].path);
		outtree_add(t, path, out, files[i].mode);
		free(path);
	}
	return 0;
}
