/* eco.h: the ecosystem descriptor: everything an ecosystem decides, one
 * table entry per ecosystem (core/eco_npm.c, eco_crate.c, eco_pypi.c), so
 * that nothing else branches on an ecosystem's name.  Its version algebra,
 * its one series rule (what the solver slots apart, what a compat package
 * is named for, what review calls a major jump), its name rules, and how a
 * package's features or extras are spelled.  No ecosystem is a default:
 * eco_find of an unknown name is NULL, and callers say so.
 *
 * Strings returned are owned by the caller.  On failure a function returns
 * -1 (or NULL) with *why pointing to a static reason. */
#ifndef FERRY_ECO_H
#define FERRY_ECO_H

#include "family.h"
#include "interval.h"

struct eco {
	const char *name;                        /* "npm": ECO in ECO:NAME, the ledger's folder */
	const char *label;                       /* "npm", "crates.io", "PyPI": the registry, for people */
	const char *doc_noun;                    /* "packument": the metadata document, in messages */
	const char *artifact_noun;               /* "tarball", ".crate", "sdist" */
	/* NULL if NAME may be a package name here, else why not (core/naming.h) */
	const char *(*invalid_name)(const char *name);
	/* the registry's identity of a name: two spellings of one package
	 * normalise alike (PEP 503 for PyPI; crates.io: case and '-'/'_') */
	char *(*normal)(const char *name);
	/* what a reader's select takes for VERSION alone: "=1.2.3" for Cargo,
	 * whose bare "1.2.3" means ^1.2.3; the bare version for npm and PyPI
	 * (PyPI's "==1.0" would admit 1.0+local too).  NULL if VERSION is
	 * not one */
	char *(*exact)(const char *version);
	/* The series of VERSION, the one slot rule: versions of one series are
	 * what the ecosystem's default requirement holds together (npm and
	 * Cargo's caret: "4" for 4.3.0, "0.13" for 0.13.1, "0.0.3" for 0.0.3;
	 * PyPI: the first release number, "21" for 21.4.0, any size).  The
	 * solver keeps one version per series, a compat package is named for
	 * it, review calls a change of series a major jump.  NULL if VERSION
	 * does not parse. */
	char *(*series)(const char *version);
	/* NAME with one of its features or extras, as requirements spell it
	 * ("serde/derive", "requests[socks]"); NULL when the ecosystem has none */
	char *(*feature_cap)(const char *name, const char *feature);
	const char *feature_noun;                /* "feature", "extra"; NULL: none */
	int default_feature;                     /* a "default" feature is on unless declined (Cargo) */
	int nests;                               /* a package may carry its own copies of a dependency
						    at other versions of one series (npm's node_modules) */
	int pep508;                              /* requirements are PEP 508 lines (markers, extras):
						    ferry version require reads one; how requirements
						    become needs is the reader's (convert/reader.h) */
	const char *hooks_key;                   /* where the manifest keeps install-time hooks
						    ("scripts": npm), for evidence; NULL: none */
	int author_publishes;                    /* the author field names who publishes (PyPI, whose
						    metadata lists no maintainers) */
	int semver_tags;                         /* versions carry semver pre-release and build tags
						    after '-' and '+' (npm, Cargo) */
	/* the range every release satisfies and no pre-release does ("*",
	 * ">=0"): what ferry update moves to when not told */
	const char *any_range;
	/* 1 satisfies, 0 does not, -1 error */
	int (*satisfies)(const char *range, const char *version, const char **why);
	/* -1/0/1 in *out; returns 0, or -1 on error */
	int (*compare)(const char *a, const char *b, int *out, const char **why);
	/* a version in a family's spelling (interval.h, family.h) */
	char *(*translate)(const char *version, const struct verspell *sp, const char **why);
	/* VERSION as a distribution package's version spells it in that
	 * spelling (npm, Cargo: translate's; PyPI keeps its release whole,
	 * "1.0" not "1"); NULL if it has none */
	char *(*pkgver)(const char *version, const struct verspell *sp);
	/* the range as intervals in a family's spelling; 0 or -1 */
	int (*intervals)(const char *range, const struct verspell *sp, struct ivlist *out, const char **why);
	/* NULL when a package with these platform fields (struct pkg's
	 * platform: "os linux", "cpu !arm", ...) installs on architecture a,
	 * else why not (static); NULL slot: the ecosystem has none */
	const char *(*unfit)(const struct strv *platform, const struct family_arch *a);
	/* distribution names for its packages: the (family x ecosystem) pairs
	 * in core/family_*.c (family.h) */
};

/* NULL when no ecosystem has that name */
const struct eco *eco_find(const char *name);
const char *eco_names(void);                 /* "npm, crate, pypi" for messages */
/* every ecosystem, for tests and loops: the i-th, NULL past the last */
const struct eco *eco_at(size_t i);

/* A dependency expression on package `name` for the family f, from a
 * range, through the (family x ecosystem) pair.  Returns NULL with *why set
 * when the range is invalid or matches nothing, or f does not package the
 * ecosystem; *note (caller frees, may be NULL) explains an inexact
 * rendering. */
char *eco_render_dep(const struct eco *e, const char *name, const char *range,
		     const struct family *f, char **note, const char **why);

#endif
