/* family.h: the distribution family descriptor.  Everything a family of
 * distributions (Fedora, Debian) decides lives in one table entry, in one
 * file per family (family_fedora.c, family_debian.c): its name, libsolv's
 * disttype, how it spells versions (interval.h: struct verspell), how it
 * writes relations, how it names packages and compat packages, how its
 * files escape registry text, its Python for PEP 508 markers, and which
 * distribution indexes it loads, how its relations read back, how its
 * package versions give the upstream version.  What a family does with
 * one ecosystem's packages (capability naming, its own relation forms,
 * what a unit provides, the name its index is asked for, how its packages
 * give the upstream name back) is a (family x ecosystem) pair, listed in
 * the family's file; an ecosystem file knows no family.  No family is anybody's default: a name that is not in the
 * table is an error for the caller to report.
 *
 * Adding a family: a core/family_NAME.c defining a struct family, its
 * entry in family.c's table, its writers (convert/writers.c's table) and,
 * when its indexes are a new format, a row in solver/distpool.c's
 * disttype table and a loader beside the others in solver/distro.c.
 *
 * Ownership: descriptors are static and const, never freed.  Functions
 * behind them return strings owned by the caller. */
#ifndef FERRY_FAMILY_H
#define FERRY_FAMILY_H

#include <stddef.h>

#include "interval.h"
#include "pep508.h"
#include "util.h"

/* A table of names a family keeps for one ecosystem's packages, outside
 * any rule (dh-python's mapping data: PyPI's attrs is Debian's
 * python3-attr).  Such a table is data in a file, so core/ never loads
 * it: its owner outside core/ (convert/pydist.c: pydist_table) reads it
 * and the caller hands it to the pair's slots below, which only look
 * names up through it; a slot given NULL applies its rules alone.  The
 * table and the strings it returns live as long as the process. */
struct nametable {
	const char *id;                   /* "dh-python": what a pair's .table names */
	const char *label;                /* "dh-python's mapping data": the rule, in messages */
	/* the package the table gives the upstream NAME, or NULL */
	const char *(*pkg)(const struct nametable *t, const char *name);
	/* the upstream name the table gives the package PKG, or NULL */
	const char *(*name)(const struct nametable *t, const char *pkg);
};

/* One unit of a registry version (solver/needs.h): the package itself or
 * one of its features or extras, as a pair's provides slot sees it. */
struct unitname {
	const char *name;                 /* the registry name */
	const char *feature;              /* the feature or extra, NULL for the base */
	const char *cap;                  /* name with feature as the ecosystem spells it
					     ("serde/derive", "requests[socks]"), else name */
	const char *version;              /* the upstream version */
};

/* A (family x ecosystem) pair.  Every slot but dep and table is set in
 * every pair (tests/unit/test_family.c fails otherwise). */
struct family_eco {
	const char *eco;                  /* the ecosystem's name, "npm" */
	/* What a dependency names and a package provides: "npm(NAME)",
	 * "node-NAME", "librust-serde+derive-dev".  The name may carry a
	 * crate feature ("serde/derive") or PyPI extras ("requests[socks]"). */
	char *(*cap)(const char *name);
	/* Relations the pair writes itself (debcargo's form for crates on
	 * Debian), or NULL to render the intervals on cap(name); NULL with
	 * *why (may stay NULL: the range matches no version). */
	char *(*dep)(const char *name, const char *range, const char **why);
	/* Compat naming (naming.h): the level after sep, always or only when
	 * the name ends in a digit */
	const char *compat_sep;
	int compat_always;
	/* The name the family's index is asked for to learn whether it ships
	 * the upstream NAME at any version ("npm(NAME)" where relations name
	 * capabilities; "node-NAME", "librust-NAME-dev", dh-python's
	 * "python3-attr" for attrs where they name packages), which is also
	 * what a relation on NAME names when the pair writes none of its own
	 * (dep NULL): there, features have no packages of their own.
	 * tbl: the pair's table (below) or NULL.  Caller frees. */
	char *(*bare)(const char *name, const struct nametable *tbl);
	/* What unit u provides on the family, appended to out (each to be
	 * provided at the unit's version): Fedora's capability ("crate(x/f)"),
	 * Debian's package for the base only, debcargo's librust-X[+F]-dev
	 * with its semver-suffixed librust-X-M[.m[.p]][+F]-dev. */
	void (*provides)(const struct unitname *u, const struct nametable *tbl, struct strv *out);
	/* Names recovery (solver/names.c): the upstream name of this
	 * ecosystem that a package named pkg (provide 0), or a package
	 * providing pkg at one version (provide 1), ships, with *rule (static,
	 * or tbl's label) naming the rule that found it ("node-NAME",
	 * "npm(NAME)"); NULL when no rule of the pair applies.  Caller frees. */
	char *(*upstream)(const char *pkg, int provide, const struct nametable *tbl, const char **rule);
	/* the nametable its slots read (struct nametable: id), or NULL */
	const char *table;
	/* Optional (NULL: none): the other upstream names that a name
	 * upstream recovered may stand for, most likely first, appended to out
	 * (Debian npm drops a scope's '@' and '/': node-babel-core is
	 * babel-core or @babel/core), for a caller whose registry does not
	 * know the first (ferry outdated) */
	void (*alternatives)(const char *name, struct strv *out);
};

/* How the family's relations, as relation and the pairs' dep write them,
 * read back (solver/needs.c builds libsolv dependencies from them):
 * clauses separated by any character of `all` must all hold, each is
 * alternatives separated by a character of `any` ("" for either: no
 * separator), each alternative "NAME (OP EVR)" when paren, else
 * "NAME OP EVR", or NAME alone; when rich, a relation that starts with
 * '(' is an RPM rich dependency. */
struct relsyntax {
	const char *all, *any;
	int paren, rich;
};

/* One architecture of a family, under its own name and in the neutral
 * terms an ecosystem maps to its own (core/eco_npm.c: node's
 * process.arch): the GNU CPU name, the kernel and the C library. */
struct family_arch {
	const char *name;                 /* the family's: "amd64", "x86_64" */
	const char *gnu_cpu;              /* "x86_64", "aarch64", "i686", "arm", "powerpc64le" */
	const char *os;                   /* "linux" */
	const char *libc;                 /* "gnu" (glibc), "musl" */
};

#define FAMILY_MAX 8                  /* families in the table, at most */

struct family {
	const char *name;                 /* "fedora": --target */
	const char *alias;                /* "rpm": what ferry version --to also accepts */
	const char *disttype;             /* libsolv's disttype name: "rpm", "deb" */
	const char *arch;                 /* the pool's architecture: "x86_64", the default */
	const struct family_arch *arches; /* its architectures, arch's first */
	size_t narches;
	const char *noarch;               /* architecture-independent packages: "noarch" */
	const struct verspell *spell;
	/* a dependency on cap over the intervals: an RPM rich dependency, Debian
	 * clauses; *note (caller frees) says why an inexact rendering was
	 * chosen, else stays NULL; NULL when the list is empty */
	char *(*relation)(const char *cap, const struct ivlist *l, char **note);
	/* registry text for one line and for wrapped paragraphs (escape.h) */
	char *(*esc_line)(const char *s);
	char *(*esc_text)(const char *s, size_t width);
	/* dependencies name the ecosystem's capabilities ("npm(x)") that
	 * packages provide; else they name the packages themselves */
	int by_capability;
	/* PyPI extras ship as their own packages (python3-X+E providing
	 * python3dist(x[e])) */
	int extras_packages;
	const struct pyenv *pyenv;        /* its Python, for PEP 508 markers */
	/* Its indexes are those of its disttype (solver/distpool.c: "rpm":
	 * rpm-md primary.xml and rpmdb:ROOT; "deb": Packages files);
	 * index_a and index_label name them in messages ("an rpm-md",
	 * "rpm-md (Fedora)") */
	const char *index_a, *index_label;
	/* The upstream version a version of its packages carries: Debian's
	 * without epoch, revision and repack suffix ("1:2.28.1+dfsg-1" ->
	 * "2.28.1"), Fedora's without release ("1.2.3-1.fc41" -> "1.2.3").
	 * Caller frees. */
	char *(*upstream_version)(const char *evr);
	/* its packages' capability provides are at the package's own version
	 * (Fedora's npm(x) = V), so a plan reports the package's version;
	 * else a package's Provides name what it bundles, each at its own
	 * version (Debian's Provides: node-y (= V)) */
	int provides_own_version;
	struct relsyntax rel;
	/* ferry update (cli/update*.c): the file of a tree (TOP) holding its
	 * changelog, as a printf format taking TOP twice ("%s/debian/changelog"
	 * uses it once: "%1$s"); the line whose end starts the entries (NULL:
	 * the whole file is the changelog); the field a new upstream version
	 * sets back (Fedora's "Release:"), else NULL; where a packager's
	 * patches are named: a quilt series file under TOP, else NULL; a spec
	 * tag ("Patch": "Patch0: FILE", the file beside the spec), else NULL */
	const char *tree_dir;             /* a source tree's packaging folder ("debian"), else NULL */
	const char *changelog_file;
	const char *changelog_mark;
	/* the time of the newest entry of a changelog's entries (what follows
	 * the mark), -1 when none reads as one */
	long long (*changelog_time)(const char *entries);
	const char *reset_field;
	const char *patch_series;
	const char *patch_tag;
	const struct family_eco *ecos;    /* its pairs, necos of them */
	size_t necos;
};

/* The descriptors themselves, for their own writers (convert/fedora*.c,
 * convert/debian*.c); everyone else looks a family up by name. */
extern const struct family family_fedora, family_debian;

/* The family named `name` ("fedora", "debian"), or NULL. */
const struct family *family_find(const char *name);
/* By alias ("rpm", "deb": ferry version --to), or NULL. */
const struct family *family_by_alias(const char *alias);
/* The i-th family, NULL past the last: for (i = 0; (f = family_at(i)); i++) */
const struct family *family_at(size_t i);
/* f's architecture named name (NULL: f's default, arch), or NULL when f
 * has none of that name. */
const struct family_arch *family_arch(const struct family *f, const char *name);
/* "amd64, arm64, ..." for messages (static storage per family). */
const char *family_arch_names(const struct family *f);
/* The pair of f and the ecosystem named eco, or NULL when f does not
 * package that ecosystem. */
const struct family_eco *family_eco(const struct family *f, const char *eco);
/* The compat name of `name` (the family's normal name for the package)
 * at version, by the pair's rule (naming.h); NULL when f does not package
 * eco or the version has no compatibility level.  Caller frees. */
char *family_compat(const struct family *f, const char *eco, const char *name, const char *version);

#endif
