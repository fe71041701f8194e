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

/* Final kinds, as the reader decides them: the solver and the writers take
 * them as they are.  DEP_OPTIONAL: installed when it can be (npm
 * optionalDependencies, also when listed under dependencies); DEP_PEER:
 * the host provides it; DEP_PEER_OPTIONAL: a peer the package works
 * without (npm peerDependenciesMeta optional), no more required than an
 * optional one. */
enum dep_kind { DEP_RUNTIME, DEP_OPTIONAL, DEP_PEER, DEP_DEV, DEP_BUILD, DEP_PEER_OPTIONAL };

/* The parts a distribution splits a version into (solver/needs.h):
 * the package itself, one of its features or extras, its tests. */
enum unit_kind { UNIT_BASE, UNIT_FEATURE, UNIT_TEST };

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

/* What verified provenance proves of a version (review/sigstore.h): the
 * source and the build a transparency-logged signature vouches for, the
 * certificate's word first (Fulcio wrote it from the CI's identity token),
 * the attestation's own where the certificate is silent.  Every string is
 * owned, "" where nothing says. */
struct provenance {
	char *repository;     /* "https://github.com/OWNER/REPO" */
	char *commit;         /* the source commit it was built from (hex) */
	char *ref;            /* "refs/tags/v1.2.3" */
	char *workflow;       /* the signer: the certificate's SAN */
	char *builder;        /* the builder's id ("https://github.com/npm/cli@9.2.0") */
	char *issuer;         /* the OIDC issuer */
	char *publish_key;    /* npm: the registry key of its publish attestation */
	char *log_index;      /* the transparency log entry */
	long long time;       /* its integrated time */
};
void provenance_free(struct provenance *v);   /* v itself too; NULL is fine */
struct provenance *provenance_dup(const struct provenance *v);   /* NULL for NULL */

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
	struct strv signatures; /* the registry's signatures of the version as
				 published (npm dist.signatures: "KEYID\tSIG"),
				 sorted; empty: it gave none */
	char *signed_by;      /* set once they are checked (convert/pkgfetch.h):
				 the key ids that verified them, "" when the
				 version carries none; NULL: not checked */
	char *vcs_commit;     /* the source commit the package says it was made
				 from (npm gitHead, crates' .cargo_vcs_info.json),
				 unverified; NULL if none */
	char *vcs_path;       /* its folder in that repository (npm
				 repository.directory, crates' path_in_vcs); NULL */
	char *attestations;   /* npm: dist.attestations.url as published, "" none */
	struct provenance *provenance; /* verified (convert/pkgfetch.h); NULL: none */
	char *provenance_note;/* why there is none to show though the registry
				 names attestations ("no trusted root"), or NULL */
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
	struct strv dev_hooks;/* hooks a registry install does not run but a git
				 install or a pack does ("prepare: tsc"): review
				 looks at them, writers do not; sorted */
	struct strv hook_files; /* the package's own files its build runs
				 whatever the hooks say (PyPI's setup.py), sorted */
	struct strv bins;     /* "NAME\tPATH", sorted */
	struct strv mans;     /* paths, sorted */
	struct strv licenses; /* license files, sorted */
	struct strv docs;     /* documentation files, sorted */
	struct strv files;    /* top-level entries of the package, sorted */
	struct strv native;   /* evidence of native code ("binding.gyp"), sorted */
	struct strv platform; /* the platforms it installs on (npm os, cpu, libc):
				 "os linux", "cpu !arm", "libc glibc", as
				 written; empty: any (eco.h: unfit); sorted */
	struct strv prebuilt; /* prebuilt binaries in the artifact (paths), sorted:
				 distributions rebuild them, never ship them */
	struct strv nosource; /* npm: minified or generated files without their
				 source and not needed at run time (contents.h),
				 sorted: repacked out, as prebuilt */
	struct strv nosource_kept; /* the same, needed at run time: kept, said */
	char *license_text;   /* first license file's text, "" if none */
	struct strv license_texts; /* each license file as "PATH\tTEXT", sorted */
	struct strv notes;    /* things the reviewer must look at, sorted */
	char *manifest;       /* the registry's copy of the manifest (JSON text),
				 compared with the artifact's own */
};

void pkg_free(struct pkg *p);
/* Drops every dependency: for a reader whose artifact's manifest replaces
 * the registry's list. */
void pkg_clear_deps(struct pkg *p);
/* Drops the i-th dependency (the order of the others kept). */
void pkg_drop_dep(struct pkg *p, size_t i);
/* Returns the new dependency, for the ecosystem's further fields. */
struct dep *pkg_add_dep(struct pkg *p, const char *name, const char *range, enum dep_kind kind);
struct feature *pkg_add_feature(struct pkg *p, const char *name);
/* Drops each feature whose name an earlier one has (the first kept, the
 * order kept): one sort, for readers that add names as they come. */
void pkg_uniq_features(struct pkg *p);
const struct feature *pkg_feature(const struct pkg *p, const char *name);
void pkg_sort(struct pkg *p);   /* sorts deps and lists: deterministic output */
const char *dep_kind_str(enum dep_kind k);
/* DEP_OPTIONAL or DEP_PEER_OPTIONAL: wanted, never required */
int dep_kind_optional(enum dep_kind k);

/* ---- the registry's history of one package ------------------------------
 * Every version the metadata document lists, with its time and whether it
 * was yanked or deprecated, and the versions it says were unpublished: a
 * reader's history function fills it (reader.h).  A struct history, zeroed
 * to start, owns every string and array in it (history_add copies);
 * history_free releases them and zeroes it.  history_find's answer is
 * borrowed from h. */
struct hist_version {
	char *version;
	char *time;        /* ISO 8601, "" if the registry gives none */
	int yanked;
	char *deprecated;  /* the registry's message, NULL if not deprecated */
	unsigned trust;    /* HIST_* : what the registry's document says it carries */
};
enum hist_trust {
	HIST_SIGNED = 1,   /* the registry's signatures (npm dist.signatures) */
	HIST_ATTESTED = 2, /* provenance attestations (npm dist.attestations) */
};
struct history {
	struct hist_version *v;   /* in the document's order */
	size_t n;
	char *first;              /* the earliest publish time known, "" if none */
	struct strv unpublished;  /* versions the registry lists as removed, sorted */
};
/* Appends a version (time NULL: none given; deprecated NULL: not). */
void history_add(struct history *h, const char *version, const char *time, int yanked, const char *deprecated);
/* Once filled: the first time (the registry's own, else the earliest
 * version's), the unpublished list sorted and without repeats. */
void history_settle(struct history *h);
const struct hist_version *history_find(const struct history *h, const char *version);
void history_free(struct history *h);

#endif
