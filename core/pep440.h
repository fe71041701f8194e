/* pep440.h: PyPI versions and specifiers (PEP 440) with the semantics of
 * the `packaging` library (23.x) that pip uses.
 *
 * Versions: epoch, release of any length, pre (a/b/rc and their spellings),
 * post (also "-N"), dev, local; case-insensitive, leading "v", blanks
 * around, numbers of any size.
 * Specifiers: comma lists of ~= == != < <= > >= ===, == and != with ".*",
 * PEP 440's exclusive-comparison rules and pre-release admission (a
 * pre-release matches only when some specifier names one).
 *
 * Distribution spellings follow Fedora's Python RPM generators: trailing
 * zeros dropped (1.0 -> 1), 1.0rc1 -> 1~rc1, 1.0.dev1 -> 1~~dev1,
 * 1.0.post1 -> 1^post1 (Debian: 1+post1), epochs as "E:"; local versions,
 * which PyPI does not host, become ^local.X (Debian +local.X).
 *
 * Ownership: parse functions fill caller structs that own their memory;
 * release with pepver_free / pepset_free (safe on zeroed structs). */
#ifndef FERRY_PEP440_H
#define FERRY_PEP440_H

#include <stddef.h>
#include <stdint.h>

#include "interval.h"

#define PEPVER_MAX_LEN 1024

/* Numbers are decimal strings without leading zeros ("0" for zero), as
 * long as written: packaging compares Python integers of any size. */
struct pepver {
	char *epoch;
	char **rel;
	size_t nrel;          /* as written: 1.0 has two */
	char *pre_l;          /* NULL, "a", "b", "rc" (or, as packaging keeps
	                       * them, Unicode look-alike spellings) */
	char *pre_n;          /* NULL unless pre_l */
	char *post, *dev;     /* NULL when absent */
	char *post_l;         /* "post" (or a look-alike) when post is set */
	char *local;          /* normalised "abc.1", NULL if none */
};

int pepver_parse(const char *s, struct pepver *v, const char **why);
void pepver_free(struct pepver *v);
int pepver_cmp(const struct pepver *a, const struct pepver *b);
int pepver_is_pre(const struct pepver *v);     /* pre or dev */
char *pepver_str(const struct pepver *v);      /* packaging's str(Version) */
/* NULL for versions spelled with Unicode look-alike letters ("1.0.poſt1":
 * packaging accepts them, no distribution version may carry them) and for
 * epochs above 2^31-1 (RPM and dpkg cannot hold them).  sp: the
 * family's spelling (interval.h): "1.0^post1" RPM, "1.0+post1" Debian. */
char *pepver_spell(const struct pepver *v, const struct verspell *sp);
/* A package's own Version: the same spellings, the release as written
 * (22.2.0, 1.0~rc1): what the distributions name their packages by. */
char *pepver_pkgver(const struct pepver *v, const struct verspell *sp);

enum pepop { PEP_COMPAT, PEP_EQ, PEP_NE, PEP_LT, PEP_LE, PEP_GT, PEP_GE, PEP_ARB };

struct pepspec {
	enum pepop op;
	char *text;           /* the version as written, blanks trimmed */
	int wild;             /* == / != with ".*" */
	int parsed;           /* v holds text (without ".*"); not for === junk */
	struct pepver v;
};

struct pepset {           /* AND; n == 0 admits every final release */
	struct pepspec *s;
	size_t n;
};

/* At most PEPSET_MAX_SPECS specifiers (real requirements have a handful;
 * the longest lists of "!=" some dozens): more is refused. */
#define PEPSET_MAX_SPECS 4096
#define PEP440_STR_(x) #x
#define PEP440_STR(x) PEP440_STR_(x)
int pepset_parse(const char *s, struct pepset *set, const char **why);
void pepset_free(struct pepset *set);
/* 1, 0, or -1 with *why (packaging raises for "===" on a non-PEP 440
 * string when it decides pre-release admission) */
int pepset_test(const struct pepset *set, const struct pepver *v, const char **why);

/* The set as sorted, disjoint intervals in the target's spelling.  Exact
 * for versions without a local part, except that pre-release admission
 * cannot be stated; where a specifier's set has holes (">1.0a1" skips
 * 1.0's post-releases) the rendering keeps a subset, never a superset. */
/* One specifier against a version with pre-releases admitted, as markers
 * evaluate them: 1, 0; -1 when spec is no specifier, -2 when version is no
 * version (*why says why). */
int pep440_spec_contains(const char *spec, const char *version, const char **why);
/* The same in two steps, for testing many versions against one specifier:
 * pep440_spec_parse 0, or -1 when spec is no specifier (sp then needs no
 * freeing); pep440_spec_test 1 or 0; pep440_spec_free releases sp. */
int pep440_spec_parse(const char *spec, struct pepspec *sp, const char **why);
int pep440_spec_test(const struct pepspec *sp, const struct pepver *v);
void pep440_spec_free(struct pepspec *sp);

/* packaging's canonicalize_version (text unchanged when not a version) */
char *pep440_canonical(const char *text, int strip_trailing_zero);
const char *pep440_op(enum pepop op);      /* "~=", "==", ... */

/* Per specifier a binary search and one copy of the running list's
 * pointers (no version is copied until the end): PEPSET_MAX_SPECS "!="
 * take about 0.1 s. */
int pepset_intervals(const struct pepset *set, const struct verspell *t, struct ivlist *out, const char **why);

#endif
