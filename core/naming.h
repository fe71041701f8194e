/* naming.h: upstream names -> distribution names, and the checks that an
 * upstream name is safe to become a file or package name.  Pure functions;
 * returned strings are owned by the caller. */
#ifndef FERRY_NAMING_H
#define FERRY_NAMING_H

/* npm's rules for new package names (validate-npm-package-name): at most
 * 214 bytes, lowercase, URL-safe characters, no leading '.' or '_',
 * optionally "@scope/name".  Returns NULL if valid, else the reason. */
const char *naming_npm_invalid(const char *name);

char *naming_npm_rpm_cap(const char *name);  /* npm(NAME) */
char *naming_npm_fedora(const char *name);   /* nodejs-NAME (@s/n -> s-n) */
char *naming_npm_deb(const char *name);      /* node-NAME  (@s/n -> node-s-n) */

/* crates.io: 1-64 ASCII letters, digits, '-' and '_', starting with a
 * letter or digit; features: [A-Za-z0-9_][A-Za-z0-9_+.-]*. */
const char *naming_crate_invalid(const char *name);
const char *naming_crate_feature_invalid(const char *name);
char *naming_crate_deb(const char *name);    /* "foo_bar" -> "foo-bar" (debcargo) */

/* PyPI (PEP 508): ASCII letters, digits, ._- , starting and ending alnum. */
const char *naming_pypi_invalid(const char *name);
/* PEP 503's normal form of the name, its "[extras]" kept when asked:
 * "Foo_Bar[socks]" -> "foo-bar[socks]" */
char *naming_pypi_normal(const char *name, int keep_extras);

/* ---- compat packages (core/compat.c) -------------------------------------
 * An older semver-major packaged beside the distribution's newer one (plan
 * status "compat") takes the distribution's compat name: the normal name
 * with the version's compatibility level added.  One rule per target:
 *
 * Level: the ecosystem's series (eco.h), the one rule ferry plan slots
 * by: what a caret requirement holds fixed.  npm and crates: MAJOR unless
 * 0 ("4" for 4.3.0), else 0.MINOR ("0.13" for 0.13.1), else 0.0.PATCH.
 * PyPI has no semver: its first release number ("21" for 21.4.0), as
 * digits of any size.  NULL for an unknown ecosystem.
 *
 * Fedora, every ecosystem: the level appended, '_' between when the name
 * ends in a digit.  Fedora Packaging Guidelines, Naming, "Multiple
 * packages with the same base name" (python-sqlalchemy1.3 beside
 * python-sqlalchemy; '_' for base names ending in a digit); Fedora's Rust
 * compat packages follow it (rust-nom7, rust-version-compare0.1,
 * rust-base64_0.13: packages.fedoraproject.org, "compat package" in their
 * changelogs).  nodejs-ansi-styles4, rust-nom7, python-attrs21.
 *
 * Debian, crates: debcargo's semver suffix, '-' and the level: source
 * rust-nom-4, binary librust-nom-4-dev (bookworm: rust-clap-2,
 * rust-ahash-0.7, rust-semver-0.9).
 *
 * Debian, npm and PyPI: the level appended, as Debian names its few
 * second majors of a module (bookworm: node-babel7, node-popper2,
 * python3-consul2); '-' between when the name ends in a digit, Debian
 * names having no '_'.  node-ansi-styles4, python3-attrs21.
 *
 * The name given is the normal one (nodejs-NAME, rust-NAME, the dashed
 * crate name, python3-NAME, ...); NULL if the version does not parse.
 * naming_compat: the level after sep, always or when the name ends in a
 * digit; the family's pair (family.h) says which. */
char *naming_compat_level(const char *eco, const char *version);
char *naming_compat(const char *eco, const char *name, const char *version, const char *sep, int always);

#endif
