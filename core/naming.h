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

#endif
