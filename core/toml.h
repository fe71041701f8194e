/* toml.h: TOML 1.0 documents (https://toml.io/en/v1.0.0) as a read-only
 * tree, checked against the official toml-test suite (tests/tools/tomltest.c).
 *
 * Everything TOML 1.0 defines is accepted, everything it forbids rejected:
 * invalid UTF-8, control characters, bare CR, redefined keys and tables,
 * extended inline tables and static arrays, integers beyond int64, floats
 * beyond double.  A leading UTF-8 BOM is skipped.  Input is hostile-safe:
 * at most TOML_MAX_INPUT bytes, containers nested at most TOML_MAX_DEPTH
 * deep (tables, arrays and inline tables together), nothing read past
 * len, key lookup hashed, so parsing is linear in the input.
 *
 * Ownership: toml_parse returns a tree the caller releases with one
 * toml_free (NULL is fine); every pointer an accessor returns (nodes, keys,
 * strings) is borrowed from that tree and lives until toml_free.
 * Accessors accept NULL and answer "nothing" (NULL, 0, -1, TOML_NONE), so
 * lookups chain: toml_get(toml_get(doc, "package"), "name"). */
#ifndef FERRY_TOML_H
#define FERRY_TOML_H

#include <stddef.h>
#include <stdint.h>

#define TOML_MAX_INPUT ((size_t)16 << 20)
#define TOML_MAX_DEPTH 128

enum toml_type {
	TOML_NONE,            /* only for a NULL node */
	TOML_TABLE,
	TOML_ARRAY,
	TOML_STRING,
	TOML_INTEGER,
	TOML_FLOAT,
	TOML_BOOL,
	TOML_DATETIME,        /* 1979-05-27T07:32:00Z, ...-07:00 */
	TOML_DATETIME_LOCAL,  /* 1979-05-27T07:32:00 */
	TOML_DATE_LOCAL,      /* 1979-05-27 */
	TOML_TIME_LOCAL,      /* 07:32:00.999 */
};

struct toml;

/* The document's root table, or NULL with "line N: reason" in err (err may
 * be NULL when errlen is 0). */
struct toml *toml_parse(const char *text, size_t len, char *err, size_t errlen);
void toml_free(struct toml *doc);

enum toml_type toml_type(const struct toml *v);
/* toml-test's names: "table", "array", "string", "integer", "float",
 * "bool", "datetime", "datetime-local", "date-local", "time-local" */
const char *toml_type_name(enum toml_type t);

/* Entries of a table (in document order) or elements of an array; 0 for
 * anything else. */
size_t toml_len(const struct toml *v);
/* The value under key in a table (exact bytes), NULL if none. */
const struct toml *toml_get(const struct toml *table, const char *key);
const struct toml *toml_getn(const struct toml *table, const char *key, size_t keylen);
/* The i-th key of a table (NUL-terminated; *keylen, if asked, counts
 * NULs written as \u0000), and the i-th value of a table or array. */
const char *toml_key(const struct toml *table, size_t i, size_t *keylen);
const struct toml *toml_at(const struct toml *v, size_t i);

/* Scalars.  Strings are NUL-terminated; *len counts embedded NULs.  CRLF
 * in multi-line strings reads as LF. */
const char *toml_string(const struct toml *v, size_t *len);
int toml_int(const struct toml *v, int64_t *out);      /* 0, or -1 if no integer */
int toml_float(const struct toml *v, double *out);     /* 0, or -1 if no float */
int toml_bool(const struct toml *v, int *out);         /* 0, or -1 if no bool */
/* Any of the four date/time types as written, with 'T' between date and
 * time and 'Z' upper-cased: "1979-05-27T00:32:00.999-07:00". */
const char *toml_datetime(const struct toml *v);

/* The string at a dotted path of bare keys below table ("package.name"),
 * NULL if any step is missing, not a table, not a string, or the string
 * holds a NUL. */
const char *toml_str(const struct toml *table, const char *dotted_path);

#endif
