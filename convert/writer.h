/* writer.h: the one shape of a distribution writer.
 *
 * A writer turns a filled struct pkg into a tree of files in memory
 * (struct outtree, core/outtree.h); it does no I/O.  The caller writes the tree
 * atomically (outtree_commit in fetch/outdir.h).  Every registry string is
 * escaped for its destination (core/escape.h) before it enters a template.
 */
#ifndef FERRY_WRITER_H
#define FERRY_WRITER_H

#include <stddef.h>

#include "../core/err.h"
#include "../core/family.h"
#include "../core/model.h"
#include "../core/outtree.h"

/* An older major that a package carries inside it instead of a compat
 * package beside the distribution's newer one (docs/compat.md): its
 * metadata and verified artifact, both the caller's. */
struct write_component {
	const struct pkg *pkg;
	const void *artifact;
	size_t artifact_len;
	int root;               /* installed beside, not inside, the package and
				   provided by it: what the distribution's
				   package it updates provided (Debian's
				   debian/nodejs/root_modules) */
};

struct write_opts {
	const char *packager;   /* "Name <email>" */
	long long date;         /* seconds since 1970, for changelogs */
	const char *registry;   /* http(s) registry URL for watch files, or NULL */
	const void *artifact;   /* the verified upstream artifact, added to the tree */
	size_t artifact_len;
	int compat;             /* an older major beside the distribution's newer
				   one: the compat name (core/naming.h), the
				   same virtual provides */
	const struct write_component *components;   /* the compat packages
				   it needs, directly or through one another,
				   for a writer that embeds them (Debian npm);
				   a writer that embeds writes nothing for a
				   compat package itself */
	size_t ncomponents;
	const char *distro_pkg; /* an update: the distribution's package it moves
				   on and that package's version ("2.0.0-2"),
				   else NULL */
	const char *distro_version;
	const char *distro_changelog;   /* that package's own changelog, whole
				   (import --distro-source), or NULL: the new
				   entry goes on top of it */
	const char *bundle;     /* an update of a name the distribution ships
				   inside another package: that package and its
				   version, whose files it takes over; else NULL */
	const char *bundle_version;
	const char *prior_history;   /* ferry update: the tree's own changelog
				   entries (Debian: debian/changelog whole;
				   Fedora: what follows %changelog), the new
				   entry on top of them, or NULL */
	const char *prior_version;   /* ferry update: the upstream version the
				   tree moves on from */
	const char *reviewed;        /* ferry update: the review that vetted the
				   new version ("delta 1.0.0..1.1.0, audit
				   ab12cd34ef56 by N"), or NULL */
	const char *changelog_dist;  /* ferry update: Debian's changelog
				   distribution (NULL: UNRELEASED) */
	const struct strv *lost_provides;   /* what the updated package provided
				   that this one cannot (not in the registry at
				   that version), "NAME\tVERSION", or NULL */
};

/* One writer per (distribution family x ecosystem) pair, in one table
 * (writers.c); a pair not in it is an error, never another pair's writer. */
struct writer {
	const char *family;     /* "fedora", "debian" (core/family.h) */
	const char *eco;        /* "npm", "crate", "pypi" (core/eco.h) */
	int (*write)(const struct pkg *p, const struct write_opts *o, struct outtree *t,
		     struct ferr *e);
};

/* The writer for family f and p's ecosystem, or NULL. */
const struct writer *writer_find(const struct family *f, const char *eco);
/* The i-th table entry, NULL past the last. */
const struct writer *writer_at(size_t i);
/* p written for family f through the table: 0, or -1 with e (FERR_USAGE
 * when the pair has no writer). */
int writer_write(const struct family *f, const struct pkg *p, const struct write_opts *o, struct outtree *t,
		 struct ferr *e);

struct tvars;
/* the table's writers */
int fedora_npm_write(const struct pkg *p, const struct write_opts *o, struct outtree *t, struct ferr *e);
int debian_npm_write(const struct pkg *p, const struct write_opts *o, struct outtree *t, struct ferr *e);
int fedora_crate_write(const struct pkg *p, const struct write_opts *o, struct outtree *t, struct ferr *e);
int debian_crate_write(const struct pkg *p, const struct write_opts *o, struct outtree *t, struct ferr *e);
int fedora_pypi_write(const struct pkg *p, const struct write_opts *o, struct outtree *t, struct ferr *e);
int debian_pypi_write(const struct pkg *p, const struct write_opts *o, struct outtree *t, struct ferr *e);
/* debian.c: upstream_name, registry_label, deb_license, license_paras,
 * copyright, year, deb_date and packager for the shared templates;
 * ids receives the license names. */
void debian_common(const struct pkg *p, const struct write_opts *o, struct tvars *v, struct strv *ids);
/* The orig tarball t->top_DEBVER.orig.tar.gz: the artifact as it is, or
 * with repack set, rewritten as a tarball without the members drop() names
 * (fetch/repack.h).  0, or -1 with e. */
/* debian/watch's parts for a registry artifact (uscan version 4, its
 * searchmode=plain over the registry document that names the versions):
 * "watch_page" (the document's URL: the configured registry, never a
 * host ferry knows), "watch_re" (the regex that captures a version in
 * it) and "watch_dl" (the artifact URL with the version as $1, for
 * downloadurlmangle), each "" with "watch_why" saying why when there is
 * no http(s) registry or a URL holds a byte uscan's options cannot take. */
void debian_watch_vars(const struct pkg *p, const char *page, const char *re, struct tvars *v);
int debian_orig(const struct write_opts *o, const char *debver, int repack, int (*drop)(const char *path, void *ctx),
		void *ctx, struct outtree *t, struct ferr *e);

/* Shared by the writers: registry dependencies rendered for the family f,
 * into the list "requires", and "recommends": a list too when rec_join is
 * NULL, else one string, the relations joined by rec_join. */
struct tvars;
int writer_add_deps(const struct pkg *p, const struct family *f, const char *rec_join, struct tvars *v,
		    struct ferr *e);
/* A list "bins" of items {bin, path}: npm's commands ("NAME\tPATH" in
 * p->bins), for either family's npm writer. */
void writer_npm_bins(const struct pkg *p, struct tvars *v);
/* A list `name` of items {text}, each string passed through esc. */
void writer_comment_list(struct tvars *v, const char *name, const struct strv *s, char *(*esc)(const char *));

/* v's name: text through esc ("" for NULL). */
void writer_set_esc(struct tvars *v, const char *name, const char *text, char *(*esc)(const char *));
/* v's name: a changelog's entries as they are (the packaging's own text,
 * already in the file's syntax), trailing blank lines and blanks cut. */
void writer_set_history(struct tvars *v, const char *name, const char *text);
/* ferry update's variables for a changelog template (write_opts'
 * prior_version, prior_history, reviewed; "" when not an update), in a
 * family's escaping: line for one line, item for a wrapped changelog
 * item whose next lines start with indent. */
void writer_update_vars(const struct write_opts *o, struct tvars *v, char *(*line)(const char *),
			char *(*item)(const char *, size_t, const char *), const char *indent);

/* fedora.c, for the Fedora writers: summary, description, license, url,
 * source0, source_file, source_root, hooks, notes, licenses, docs,
 * rpm_date and packager, every registry string escaped; fallback is the
 * summary when upstream has none. */
void writer_rpm_vars(const struct pkg *p, const struct write_opts *o, struct tvars *v, const char *fallback);
/* upstream_version (escaped) and var (the version in Fedora's spelling,
 * what the spec's Version: and the provides carry).  0, or -1 with e
 * naming the version. */
int writer_rpm_version(const struct pkg *p, struct tvars *v, const char *var, struct ferr *e);
/* TOP/TOP.spec (takes spec), TOP/sources with the artifact's sha512, and
 * the artifact itself. */
void writer_rpm_out(const struct pkg *p, const struct write_opts *o, struct outtree *t, char *spec);
/* debian.c, for the Debian writers: control's synopsis (width),
 * description with a closing paragraph, homepage, source, hooks and notes. */
void writer_deb_vars(const struct pkg *p, struct tvars *v, const char *fallback, size_t width, const char *closing);
/* Whether the artifact holds a file is_test() names (the writer's own
 * idea of a test file): 1, 0, or -1 with e. */
int debian_ships_tests(const struct write_opts *o, int (*is_test)(const char *path), struct ferr *e);
/* Debian relations ("a (>= 1), b | c") for Build-Depends with every
 * alternative marked <!nocheck>: needed by the tests only.  Caller frees. */
char *writer_deb_nocheck(const char *rels);

/* Templates rendered to files under TOP/ (debian/control, ...). */
struct tfile {
	const char *tmpl, *path;
	int mode;
};
int writer_render_files(const struct tfile *files, size_t n, const struct tvars *v, struct outtree *t,
			struct ferr *e);

/* name, or its compat name for the family f (core/naming.h, the pair's
 * rule in family.h) when o->compat; with v, sets
 * {{compat}} to name when o->compat (else "") and {{compat_level}}.  NULL
 * with e when the version has no compatibility level.  Caller frees. */
char *writer_compat(const struct pkg *p, const struct write_opts *o, const struct family *f, const char *name,
		    struct tvars *v, struct ferr *e);

/* An http(s) URL with no blanks or quotes. */
int writer_is_url(const char *s);
/* A browsable URL from npm's repository field ("git+https://...git"). */
char *writer_repo_url(const char *repo);
/* The homepage, or else the repository's URL; NULL if neither. */
char *writer_pkg_url(const struct pkg *p);

#endif
