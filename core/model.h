/* model.h: one package version, as every reader fills it and every writer
 * reads it (DESIGN.md, "The model").  No I/O, no format.
 *
 * Ownership: a struct pkg owns every string and array in it; pkg_free
 * releases them all.  Strings are the registry's bytes, unescaped: writers
 * escape for their destination. */
#ifndef FERRY_MODEL_H
#define FERRY_MODEL_H

#include <stddef.h>

#include "util.h"

enum dep_kind { DEP_RUNTIME, DEP_OPTIONAL, DEP_PEER, DEP_DEV, DEP_BUILD };

struct dep {
	char *name;           /* the real package name */
	char *range;          /* upstream syntax */
	enum dep_kind kind;
	/* crates */
	char *alias;          /* the name the manifest uses when renamed, or NULL */
	int optional;         /* enabled only through a feature */
	int no_default;       /* default-features = false */
	struct strv features; /* features asked of it, sorted */
	char *target;         /* "cfg(unix)" or a triple; NULL: every target */
	/* PyPI */
	char *extra;          /* the extra that switches it on, or NULL */
	char *line;           /* the PEP 508 line (markers and all), or NULL */
};

/* A crate feature with what it enables ("std", "dep:x", "x/feat", "x?/f"),
 * or a PyPI extra (items empty: its dependencies carry dep.extra). */
struct feature {
	char *name;
	struct strv items;    /* as written */
};

struct pkg {
	const char *eco;      /* "npm" (static) */
	char *name;           /* upstream spelling */
	char *version;
	char *description;    /* may be "" */
	char *license;        /* SPDX expression as given, "" if none */
	char *homepage, *repository, *author;   /* "" if none */
	char *publish_time;   /* ISO 8601 from the registry, "" if none */
	char *publisher;      /* "" if unknown */
	struct strv maintainers;

	char *source_url;     /* where the artifact came from */
	char *source_file;    /* its file name, e.g. "left-pad-1.3.0.tgz" */
	char *source_root;    /* top folder inside it, e.g. "package" */
	char *integrity;      /* what the registry says the digest is (SRI) */
	char *shasum;         /* legacy sha1 hex, used only without integrity */
	char *sha512;         /* hex digest of the artifact as downloaded */
	char *cksum;          /* crates, PyPI: the registry's sha256 (hex) */
	size_t source_size;

	struct feature *features;   /* crates: [features]; PyPI: extras; sorted */
	size_t nfeatures;
	char *links;          /* crates: the native library it links, "" if none */
	char *rust_version;   /* crates: minimum Rust, "" if none */
	char *documentation;  /* "" if none */
	char *requires_python;/* PyPI: "" if none */
	char *build_backend;  /* PyPI: pyproject's build-backend, "" if none */
	struct strv build_requires;   /* PyPI: [build-system] requires, as written */
	struct strv modules;  /* PyPI: top-level import names, sorted */
	int yanked;
	int partial;          /* PyPI: the document does not describe this
				 version (its dependencies are not known from
				 it: the per-version document does) */

	struct dep *deps;     /* sorted by kind, then name */
	size_t ndeps;

	struct strv hooks;    /* "postinstall: node-gyp-build", sorted */
	struct strv bins;     /* "NAME\tPATH", sorted */
	struct strv mans;     /* paths, sorted */
	struct strv licenses; /* license files, sorted */
	struct strv docs;     /* documentation files, sorted */
	struct strv files;    /* top-level entries of the package, sorted */
	struct strv native;   /* evidence of native code ("binding.gyp"), sorted */
	struct strv prebuilt; /* prebuilt binaries in the artifact (paths), sorted:
				 distributions rebuild them, never ship them */
	char *license_text;   /* first license file's text, "" if none */
	struct strv notes;    /* things the reviewer must look at, sorted */
	char *manifest;       /* the registry's copy of the manifest (JSON text),
				 compared with the artifact's own */
};

void pkg_free(struct pkg *p);
/* Returns the new dependency, for the ecosystem's further fields. */
struct dep *pkg_add_dep(struct pkg *p, const char *name, const char *range, enum dep_kind kind);
struct feature *pkg_add_feature(struct pkg *p, const char *name);
/* Drops each feature whose name an earlier one has (the first kept, the
 * order kept): one sort, for readers that add names as they come. */
void pkg_uniq_features(struct pkg *p);
const struct feature *pkg_feature(const struct pkg *p, const char *name);
void pkg_sort(struct pkg *p);   /* sorts deps and lists: deterministic output */
const char *dep_kind_str(enum dep_kind k);

#endif
