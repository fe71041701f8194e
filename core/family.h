/* family.h: the distribution family descriptor.  Everything a family of
 * distributions (Fedora, Debian) decides lives in one table entry, in one
 * file per family (family_fedora.c, family_debian.c): its name, libsolv's
 * disttype, how it spells versions (interval.h: struct verspell), how it
 * writes relations, how it names packages and compat packages, how its
 * files escape registry text, its Python for PEP 508 markers, and which
 * distribution indexes it loads.  What a family does with one ecosystem's
 * packages (capability naming, its own relation forms) is a (family x
 * ecosystem) pair, listed in the family's file; an ecosystem file knows
 * no family.  No family is anybody's default: a name that is not in the
 * table is an error for the caller to report.
 *
 * Adding a family: a core/family_NAME.c defining a struct family, its
 * entry in family.c's table, its writers (convert/writer.c's table) and,
 * when its indexes are a new format, a loader in solver/distro.c.
 *
 * Ownership: descriptors are static and const, never freed.  Functions
 * behind them return strings owned by the caller. */
#ifndef FERRY_FAMILY_H
#define FERRY_FAMILY_H

#include <stddef.h>

#include "interval.h"
#include "pep508.h"

/* A (family x ecosystem) pair. */
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
};

#define FAMILY_MAX 8                  /* families in the table, at most */

struct family {
	const char *name;                 /* "fedora": --target */
	const char *alias;                /* "rpm": what ferry version --to also accepts */
	const char *disttype;             /* libsolv's disttype name: "rpm", "deb" */
	const char *arch;                 /* the pool's architecture: "x86_64" */
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
/* The pair of f and the ecosystem named eco, or NULL when f does not
 * package that ecosystem. */
const struct family_eco *family_eco(const struct family *f, const char *eco);
/* The compat name of `name` (the family's normal name for the package)
 * at version, by the pair's rule (naming.h); NULL when f does not package
 * eco or the version has no compatibility level.  Caller frees. */
char *family_compat(const struct family *f, const char *eco, const char *name, const char *version);

#endif
