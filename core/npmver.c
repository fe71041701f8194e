/* npmver.c: node-semver's versions and ranges, written from its documented
 * grammar and checked against node-semver itself by tests/semver. */
#include "npmver.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "naming.h"
#include "util.h"

#define MAX_SAFE 9007199254740991ULL   /* 2^53 - 1, JavaScript's limit */

static int is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* JavaScript's \s beyond ASCII (NBSP, U+1680, U+2000-200A, U+2028/9,
 * U+202F, U+205F, U+3000, U+FEFF): byte length at s, or 0 */
static size_t js_space(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	if (u[0] == 0xc2 && u[1] == 0xa0)
		return 2;
	if (u[0] == 0xe1 && u[1] == 0x9a && u[2] == 0x80)
		return 3;
	if (u[0] == 0xe2 && u[1] == 0x80 && ((u[2] >= 0x80 && u[2] <= 0x8a) || u[2] == 0xa8 || u[2] == 0xa9 || u[2] == 0xaf))
		return 3;
	if (u[0] == 0xe2 && u[1] == 0x81 && u[2] == 0x9f)
		return 3;
	if ((u[0] == 0xe3 && u[1] == 0x80 && u[2] == 0x80) || (u[0] == 0xef && u[1] == 0xbb && u[2] == 0xbf))
		return 3;
	return 0;
}

/* A copy with every non-ASCII JavaScript blank as ' ': node-semver treats
 * all of \s alike (trim, \s*, split(/\s+/)), so the grammar below need
 * only know ASCII ones. */
static char *js_blanks(const char *s)
{
	struct buf b = {0};
	while (*s) {
		size_t n = js_space(s);
		if (n) {
			buf_addc(&b, ' ');
			s += n;
		} else {
			buf_addc(&b, *s++);
		}
	}
	return buf_steal(&b);
}

static int is_idch(char c)
{
	return isalnum((unsigned char)c) || c == '-';
}

static int all_digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return n > 0;
}

/* A numeric identifier "0|[1-9][0-9]*" at s; returns its length or 0. */
static size_t num_id(const char *s)
{
	if (s[0] == '0')
		return isdigit((unsigned char)s[1]) ? 0 : 1;
	size_t n = 0;
	while (isdigit((unsigned char)s[n]))
		n++;
	return n;
}

static int to_u64(const char *s, size_t n, uint64_t *out)
{
	uint64_t v = 0;
	for (size_t i = 0; i < n; i++) {
		v = v * 10 + (uint64_t)(s[i] - '0');
		if (v > MAX_SAFE)
			return -1;
	}
	*out = v;
	return 0;
}

/* Dot-separated identifiers from s; pre-release ids are numeric without a
 * leading zero or contain a non-digit; build ids are any [0-9A-Za-z-]+.
 * Returns the length consumed or 0 if malformed. */
static size_t ids(const char *s, int pre)
{
	size_t i = 0;
	for (;;) {
		size_t n = 0;
		while (is_idch(s[i + n]))
			n++;
		if (n == 0)
			return 0;
		if (pre && all_digits(s + i, n) && n > 1 && s[i] == '0')
			return 0;
		i += n;
		if (s[i] != '.')
			return i;
		i++;
	}
}

/* "M.m.p[-pre][+build]" exactly filling [s, s+len). */
static int parse_plain(const char *s, size_t len, struct npmver *v, const char **why)
{
	const char *end = s + len;
	uint64_t part[3];
	const char *p = s;
	for (int k = 0; k < 3; k++) {
		size_t n = num_id(p);
		if (n == 0 || p + n > end) {
			*why = "not a valid semver version";
			return -1;
		}
		if (to_u64(p, n, &part[k]) < 0) {
			*why = "version number too large";
			return -1;
		}
		p += n;
		if (k < 2) {
			if (p >= end || *p != '.') {
				*why = "not a valid semver version";
				return -1;
			}
			p++;
		}
	}
	const char *pre = p, *pre_end = p, *build = p, *build_end = p;
	if (p < end && *p == '-') {
		size_t n = ids(p + 1, 1);
		if (n == 0) {
			*why = "bad pre-release identifier";
			return -1;
		}
		pre = p + 1;
		pre_end = pre + n;
		p = pre_end;
	}
	if (p < end && *p == '+') {
		size_t n = ids(p + 1, 0);
		if (n == 0) {
			*why = "bad build metadata";
			return -1;
		}
		build = p + 1;
		build_end = build + n;
		p = build_end;
	}
	if (p != end) {
		*why = "not a valid semver version";
		return -1;
	}
	v->major = part[0];
	v->minor = part[1];
	v->patch = part[2];
	v->pre = xstrndup(pre, (size_t)(pre_end - pre));
	v->build = xstrndup(build, (size_t)(build_end - build));
	return 0;
}

int npmver_parse(const char *s, struct npmver *v, const char **why)
{
	memset(v, 0, sizeof *v);
	size_t len = strlen(s);
	if (len > NPMVER_MAX_LEN) {
		*why = "version longer than 256 bytes";
		return -1;
	}
	char *copy = js_blanks(s);
	const char *t = copy;
	len = strlen(t);
	while (len && is_ws(*t))
		t++, len--;
	while (len && is_ws(t[len - 1]))
		len--;
	if (len && *t == 'v')
		t++, len--;
	int r = parse_plain(t, len, v, why);
	free(copy);
	return r;
}

void npmver_free(struct npmver *v)
{
	free(v->pre);
	free(v->build);
	v->pre = v->build = NULL;
}

static int cmp_u64(uint64_t a, uint64_t b)
{
	return a < b ? -1 : a > b;
}

static int cmp_ident(const char *a, size_t an, const char *b, size_t bn)
{
	int ad = all_digits(a, an), bd = all_digits(b, bn);
	if (ad && bd) {
		while (an > 1 && *a == '0')
			a++, an--;
		while (bn > 1 && *b == '0')
			b++, bn--;
		if (an != bn)
			return an < bn ? -1 : 1;
		int c = memcmp(a, b, an);
		return c < 0 ? -1 : c > 0;
	}
	if (ad)
		return -1;
	if (bd)
		return 1;
	size_t n = an < bn ? an : bn;
	int c = memcmp(a, b, n);
	if (c)
		return c < 0 ? -1 : 1;
	return an < bn ? -1 : an > bn;
}

int npmver_pre_cmp(const char *a, const char *b)
{
	if (!*a && !*b)
		return 0;
	if (!*a)
		return 1;
	if (!*b)
		return -1;
	for (;;) {
		size_t an = strcspn(a, "."), bn = strcspn(b, ".");
		int c = cmp_ident(a, an, b, bn);
		if (c)
			return c;
		a += an;
		b += bn;
		if (!*a && !*b)
			return 0;
		if (!*a)
			return -1;
		if (!*b)
			return 1;
		a++;
		b++;
	}
}

int npmver_cmp(const struct npmver *a, const struct npmver *b)
{
	int c = cmp_u64(a->major, b->major);
	if (!c)
		c = cmp_u64(a->minor, b->minor);
	if (!c)
		c = cmp_u64(a->patch, b->patch);
	if (!c)
		c = npmver_pre_cmp(a->pre, b->pre);
	return c;
}

char *npmver_str(const struct npmver *v)
{
	return xasprintf("%llu.%llu.%llu%s%s", (unsigned long long)v->major,
			 (unsigned long long)v->minor, (unsigned long long)v->patch,
			 *v->pre ? "-" : "", v->pre);
}

char *npmver_series(const struct npmver *v)
{
	if (v->major)
		return xasprintf("%llu", (unsigned long long)v->major);
	if (v->minor)
		return xasprintf("0.%llu", (unsigned long long)v->minor);
	return xasprintf("0.0.%llu", (unsigned long long)v->patch);
}

static char *to_distro(const struct npmver *v, char hyphen)
{
	struct buf b = {0};
	buf_printf(&b, "%llu.%llu.%llu", (unsigned long long)v->major,
		   (unsigned long long)v->minor, (unsigned long long)v->patch);
	if (*v->pre) {
		buf_addc(&b, '~');
		if (strcmp(v->pre, "0") != 0)
			for (const char *p = v->pre; *p; p++)
				buf_addc(&b, *p == '-' ? hyphen : *p);
	}
	return buf_steal(&b);
}

char *npmver_spell(const struct npmver *v, const struct verspell *sp)
{
	return to_distro(v, sp->pre_hyphen);
}

/* ---- ranges ---------------------------------------------------------- */

/* One X-range identifier "0|[1-9][0-9]*|x|X|*"; length or 0. */
static size_t xid(const char *s)
{
	if (*s == 'x' || *s == 'X' || *s == '*')
		return 1;
	return num_id(s);
}

static int is_x(const char *s, size_t n)
{
	return n == 0 || (n == 1 && (*s == 'x' || *s == 'X' || *s == '*'));
}

/* node-semver's XRANGEPLAIN, anchored at both ends of [s, s+len):
 * [v=\s]* X ( . X ( . X (-pre)? (+build)? )? )? */
struct xplain {
	const char *M, *m, *p, *pre;
	size_t Ml, ml, pl, prel;
};

static int match_xplain(const char *s, size_t len, struct xplain *x)
{
	const char *end = s + len;
	memset(x, 0, sizeof *x);
	while (s < end && (*s == 'v' || *s == '=' || is_ws(*s)))
		s++;
	const char **part[3] = {&x->M, &x->m, &x->p};
	size_t *plen[3] = {&x->Ml, &x->ml, &x->pl};
	for (int k = 0; k < 3; k++) {
		if (k > 0) {
			if (s == end)
				return 0;
			if (*s != '.')
				return -1;
			s++;
		}
		size_t n = s < end ? xid(s) : 0;
		if (n == 0 || s + n > end)
			return -1;
		*part[k] = s;
		*plen[k] = n;
		s += n;
	}
	if (s < end && *s == '-') {
		size_t n = ids(s + 1, 1);
		if (n == 0 || s + 1 + n > end)
			return -1;
		x->pre = s + 1;
		x->prel = n;
		s += 1 + n;
	}
	if (s < end && *s == '+') {
		size_t n = ids(s + 1, 0);
		if (n == 0 || s + 1 + n > end)
			return -1;
		s += 1 + n;
	}
	return s == end ? 0 : -1;
}

/* Decimal string of (digits + 1), as JavaScript's `+M + 1` would print. */
static void add_inc(struct buf *b, const char *s, size_t n)
{
	char *tmp = xstrndup(s, n);
	size_t i = n;
	while (i > 0 && tmp[i - 1] == '9')
		tmp[--i] = '0';
	if (i == 0)
		buf_addc(b, '1');
	else
		tmp[i - 1]++;
	buf_adds(b, tmp);
	free(tmp);
}

#define PART(b, s, n) buf_add((b), (s), (n))

/* replaceCaret: "^X.Y.Z-pre" -> comparators (node-semver's table). */
static int caret(const char *t, size_t n, struct buf *o)
{
	struct xplain x;
	if (n < 1 || t[0] != '^' || match_xplain(t + 1, n - 1, &x) != 0)
		return 0;
	int M0 = x.Ml == 1 && x.M[0] == '0', m0 = x.ml == 1 && x.m[0] == '0';
	if (is_x(x.M, x.Ml)) {
		/* "^*": any version, no comparator */
	} else if (is_x(x.m, x.ml)) {
		buf_adds(o, ">="); PART(o, x.M, x.Ml); buf_adds(o, ".0.0 <");
		add_inc(o, x.M, x.Ml); buf_adds(o, ".0.0-0");
	} else if (is_x(x.p, x.pl)) {
		buf_adds(o, ">="); PART(o, x.M, x.Ml); buf_addc(o, '.'); PART(o, x.m, x.ml);
		buf_adds(o, ".0 <");
		if (M0) {
			PART(o, x.M, x.Ml); buf_addc(o, '.'); add_inc(o, x.m, x.ml); buf_adds(o, ".0-0");
		} else {
			add_inc(o, x.M, x.Ml); buf_adds(o, ".0.0-0");
		}
	} else {
		buf_adds(o, ">="); PART(o, x.M, x.Ml); buf_addc(o, '.'); PART(o, x.m, x.ml);
		buf_addc(o, '.'); PART(o, x.p, x.pl);
		if (x.pre) {
			buf_addc(o, '-'); PART(o, x.pre, x.prel);
		}
		buf_adds(o, " <");
		if (M0 && m0) {
			PART(o, x.M, x.Ml); buf_addc(o, '.'); PART(o, x.m, x.ml); buf_addc(o, '.');
			add_inc(o, x.p, x.pl); buf_adds(o, "-0");
		} else if (M0) {
			PART(o, x.M, x.Ml); buf_addc(o, '.'); add_inc(o, x.m, x.ml); buf_adds(o, ".0-0");
		} else {
			add_inc(o, x.M, x.Ml); buf_adds(o, ".0.0-0");
		}
	}
	return 1;
}

/* replaceTilde: "~X.Y.Z" or "~>X.Y.Z". */
static int tilde(const char *t, size_t n, struct buf *o)
{
	struct xplain x;
	if (n < 1 || t[0] != '~')
		return 0;
	/* an X-range never starts with '>', so "~>" is always the operator */
	size_t skip = n >= 2 && t[1] == '>' ? 2 : 1;
	if (match_xplain(t + skip, n - skip, &x) != 0)
		return 0;
	if (is_x(x.M, x.Ml)) {
		/* "~*": any version, no comparator */
	} else if (is_x(x.m, x.ml)) {
		buf_adds(o, ">="); PART(o, x.M, x.Ml); buf_adds(o, ".0.0 <");
		add_inc(o, x.M, x.Ml); buf_adds(o, ".0.0-0");
	} else {
		buf_adds(o, ">="); PART(o, x.M, x.Ml); buf_addc(o, '.'); PART(o, x.m, x.ml);
		buf_addc(o, '.');
		if (is_x(x.p, x.pl)) {
			buf_addc(o, '0');
		} else {
			PART(o, x.p, x.pl);
			if (x.pre) {
				buf_addc(o, '-'); PART(o, x.pre, x.prel);
			}
		}
		buf_adds(o, " <"); PART(o, x.M, x.Ml); buf_addc(o, '.');
		add_inc(o, x.m, x.ml); buf_adds(o, ".0-0");
	}
	return 1;
}

/* replaceXRange: "GTLT X-range" with wildcards -> comparators; otherwise the
 * token is kept as it is. */
static void xrange(const char *t, size_t n, struct buf *o)
{
	size_t g = 0;
	if (g < n && (t[g] == '<' || t[g] == '>'))
		g++;
	if (g < n && t[g] == '=')
		g++;
	struct xplain x;
	if (match_xplain(t + g, n - g, &x) != 0) {
		buf_add(o, t, n);
		return;
	}
	char op[3] = {0};
	memcpy(op, t, g);
	int xM = is_x(x.M, x.Ml), xm = xM || is_x(x.m, x.ml), xp = xm || is_x(x.p, x.pl);
	if (strcmp(op, "=") == 0 && xp)
		op[0] = 0;
	if (xM) {
		buf_adds(o, (strcmp(op, ">") == 0 || strcmp(op, "<") == 0) ? "<0.0.0-0" : "*");
	} else if (op[0] && xp) {
		struct buf M = {0}, m = {0}, p = {0};
		buf_add(&M, x.M, x.Ml);
		if (xm)
			buf_adds(&m, "0");
		else
			buf_add(&m, x.m, x.ml);
		buf_adds(&p, "0");
		if (strcmp(op, ">") == 0) {
			strcpy(op, ">=");
			struct buf nb = {0};
			if (xm) {
				add_inc(&nb, M.p, M.len);
				buf_free(&M);
				M = nb;
				buf_free(&m);
				buf_adds(&m, "0");
			} else {
				add_inc(&nb, m.p, m.len);
				buf_free(&m);
				m = nb;
			}
		} else if (strcmp(op, "<=") == 0) {
			strcpy(op, "<");
			struct buf nb = {0};
			if (xm) {
				add_inc(&nb, M.p, M.len);
				buf_free(&M);
				M = nb;
			} else {
				add_inc(&nb, m.p, m.len);
				buf_free(&m);
				m = nb;
			}
		}
		buf_printf(o, "%s%s.%s.%s%s", op, M.p, m.p, p.p, strcmp(op, "<") == 0 ? "-0" : "");
		buf_free(&M);
		buf_free(&m);
		buf_free(&p);
	} else if (xm) {
		buf_adds(o, ">="); PART(o, x.M, x.Ml); buf_adds(o, ".0.0 <");
		add_inc(o, x.M, x.Ml); buf_adds(o, ".0.0-0");
	} else if (xp) {
		buf_adds(o, ">="); PART(o, x.M, x.Ml); buf_addc(o, '.'); PART(o, x.m, x.ml);
		buf_adds(o, ".0 <"); PART(o, x.M, x.Ml); buf_addc(o, '.');
		add_inc(o, x.m, x.ml); buf_adds(o, ".0-0");
	} else {
		buf_add(o, t, n);
	}
}

/* Splits s on blanks and runs fn on every word, joining outputs with ' '. */
static void each_word(const char *s, void (*fn)(const char *, size_t, struct buf *), struct buf *o)
{
	int first = 1;
	while (*s) {
		while (is_ws(*s))
			s++;
		if (!*s)
			break;
		size_t n = 0;
		while (s[n] && !is_ws(s[n]))
			n++;
		if (!first)
			buf_addc(o, ' ');
		first = 0;
		fn(s, n, o);
		s += n;
	}
}

static void w_caret(const char *t, size_t n, struct buf *o)
{
	if (!caret(t, n, o))
		buf_add(o, t, n);
}

static void w_tilde(const char *t, size_t n, struct buf *o)
{
	if (!tilde(t, n, o))
		buf_add(o, t, n);
}

/* replaceStars: drop the first "(<|>)?=?*". */
static void w_star(const char *t, size_t n, struct buf *o)
{
	const char *star = memchr(t, '*', n);
	if (!star) {
		buf_add(o, t, n);
		return;
	}
	size_t i = (size_t)(star - t), from = i;
	if (from > 0 && t[from - 1] == '=')
		from--;
	if (from > 0 && (t[from - 1] == '<' || t[from - 1] == '>'))
		from--;
	buf_add(o, t, from);
	buf_add(o, star + 1, n - i - 1);
}

/* one UTF-8 character's length (JavaScript's '.' takes one) */
static size_t utf8_len(const char *s)
{
	unsigned char c = (unsigned char)*s;
	size_t n = c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
	for (size_t i = 1; i < n; i++)
		if (!s[i])
			return i;
	return n;
}

/* GTE0: node-semver writes it ^\s*>=\s*0\.0\.0\s*$ in a string, where
 * "\." is ".": any character stands between the zeros. */
static void w_gte0(const char *t, size_t n, struct buf *o)
{
	size_t i = 0;
	int match = n >= 3 && memcmp(t, ">=0", 3) == 0;
	i = 3;
	for (int k = 0; k < 2 && match; k++) {
		if (i >= n) {
			match = 0;
			break;
		}
		i += utf8_len(t + i);
		match = i < n && t[i] == '0';
		i++;
	}
	if (!(match && i == n))
		buf_add(o, t, n);
}

static char *pipe_words(const char *in, void (*fn)(const char *, size_t, struct buf *))
{
	struct buf o = {0};
	each_word(in, fn, &o);
	return buf_steal(&o);
}

/* The length of a match of [0-9]+ at s. */
static size_t digit_run(const char *s)
{
	size_t n = 0;
	while (isdigit((unsigned char)s[n]))
		n++;
	return n;
}

/* A pre-release identifier as node-semver's regex alternation takes it
 * (first alternative that matches, nothing after it to backtrack for):
 * loose "[0-9]+|\d*[a-zA-Z-][a-zA-Z0-9-]*", strict "0|[1-9]\d*|...". */
static size_t pre_id(const char *s, int loose)
{
	if (isdigit((unsigned char)s[0])) {
		if (loose)
			return digit_run(s);
		if (s[0] == '0')
			return 1;
		return digit_run(s);
	}
	size_t n = 0;
	if (!(isalpha((unsigned char)s[0]) || s[0] == '-'))
		return 0;
	while (is_idch(s[n]))
		n++;
	return n;
}

/* "(-)?ID(.ID)*" (the '-' optional when loose), "+B(.B)*"; lengths or 0 */
static size_t pre_part(const char *s, int loose)
{
	size_t i = 0;
	if (s[0] == '-')
		i = 1;
	else if (!loose)
		return 0;
	size_t n = pre_id(s + i, loose);
	if (!n)
		return 0;
	i += n;
	while (s[i] == '.' && (n = pre_id(s + i + 1, loose)) > 0)
		i += 1 + n;
	return i;
}

static size_t build_part(const char *s)
{
	if (s[0] != '+' || !is_idch(s[1]))
		return 0;
	size_t i = 1;
	for (;;) {
		while (is_idch(s[i]))
			i++;
		if (s[i] == '.' && is_idch(s[i + 1]))
			i++;
		else
			return i;
	}
}

/* LOOSEPLAIN without its leading [v=\s]*: \d+.\d+.\d+ pre? build? */
static size_t loose_plain(const char *s)
{
	size_t i = 0, n;
	for (int k = 0; k < 3; k++) {
		if (k && s[i++] != '.')
			return 0;
		if (!(n = digit_run(s + i)))
			return 0;
		i += n;
	}
	i += pre_part(s + i, 1);
	return i + build_part(s + i);
}

/* XRANGEPLAIN without its leading [v=\s]*: X(.X(.X pre? build?)?)? */
static size_t xrange_plain(const char *s)
{
	size_t i = xid(s), n;
	if (!i)
		return 0;
	if (s[i] != '.' || !(n = xid(s + i + 1)))
		return i;
	i += 1 + n;
	if (s[i] != '.' || !(n = xid(s + i + 1)))
		return i;
	i += 1 + n;
	i += pre_part(s + i, 0);
	return i + build_part(s + i);
}

/* COMPARATORTRIM, global: (\s*)GTLT\s*(LOOSEPLAIN|XRANGEPLAIN) -> $1$2$3,
 * i.e. the blanks between an operator and its version go. */
static char *comparator_trim(const char *s)
{
	struct buf o = {0};
	size_t i = 0, n = strlen(s);
	while (i < n) {
		size_t p = i;
		while (is_ws(s[p]))
			p++;
		size_t q = p;
		if (s[q] == '<' || s[q] == '>')
			q++;
		if (s[q] == '=')
			q++;
		size_t r = q;
		while (is_ws(s[r]))
			r++;
		size_t v = r;
		while (s[v] == 'v' || s[v] == '=' || is_ws(s[v]))
			v++;
		size_t len = loose_plain(s + v);
		if (!len)
			len = xrange_plain(s + v);
		if (!len) {
			buf_addc(&o, s[i++]);
			continue;
		}
		buf_add(&o, s + i, q - i);
		buf_add(&o, s + r, v + len - r);
		i = v + len;
	}
	return buf_steal(&o);
}

/* TILDETRIM (\s*)~>?\s+ -> $1~ and CARETTRIM (\s*)\^\s+ -> $1^, global */
static char *lone_trim(const char *s, char op)
{
	struct buf o = {0};
	size_t i = 0, n = strlen(s);
	while (i < n) {
		size_t p = i;
		while (is_ws(s[p]))
			p++;
		size_t q = p, r;
		if (s[q] == op) {
			q++;
			/* "~>" only when blanks follow it; else "~" alone must be followed */
			if (op == '~' && s[q] == '>' && is_ws(s[q + 1]))
				q++;
			r = q;
			while (is_ws(s[r]))
				r++;
			if (r > q) {
				buf_add(&o, s + i, p - i);
				buf_addc(&o, op);
				i = r;
				continue;
			}
		}
		buf_addc(&o, s[i++]);
	}
	return buf_steal(&o);
}

/* HYPHENRANGE ^\s*(XRANGEPLAIN)\s+-\s+(XRANGEPLAIN)\s*$ -> ">=A <=B" as
 * node-semver's hyphenReplace writes it; NULL when the part is no hyphen
 * range. */
static char *hyphen(const char *s)
{
	size_t n = strlen(s), a = 0;
	while (is_ws(s[a]))
		a++;
	size_t av = a;
	while (s[av] == 'v' || s[av] == '=' || is_ws(s[av]))
		av++;
	/* anchored, the regex backtracks into longer identifiers: A is the
	 * whole word up to the blank */
	size_t al = 0;
	while (s[av + al] && !is_ws(s[av + al]))
		al++;
	if (!al)
		return NULL;
	size_t a_end = av + al, i = a_end;
	while (is_ws(s[i]))
		i++;
	if (i == a_end || s[i] != '-')
		return NULL;
	size_t j = i + 1;
	if (!is_ws(s[j]))
		return NULL;
	while (is_ws(s[j]))
		j++;
	/* \s+ took the blanks; B's own [v=\s]* takes v and = */
	size_t bv = j;
	while (s[bv] == 'v' || s[bv] == '=' || is_ws(s[bv]))
		bv++;
	size_t bl = 0;
	while (s[bv + bl] && !is_ws(s[bv + bl]))
		bl++;
	if (!bl)
		return NULL;
	size_t b_end = bv + bl, k = b_end;
	while (is_ws(s[k]))
		k++;
	if (k != n)
		return NULL;
	struct xplain fa, fb;
	if (match_xplain(s + av, al, &fa) != 0 || match_xplain(s + bv, bl, &fb) != 0)
		return NULL;
	struct buf o = {0};
	if (is_x(fa.M, fa.Ml)) {
		/* "* - B": no lower bound */
	} else if (is_x(fa.m, fa.ml)) {
		buf_adds(&o, ">="); PART(&o, fa.M, fa.Ml); buf_adds(&o, ".0.0");
	} else if (is_x(fa.p, fa.pl)) {
		buf_adds(&o, ">="); PART(&o, fa.M, fa.Ml); buf_addc(&o, '.'); PART(&o, fa.m, fa.ml);
		buf_adds(&o, ".0");
	} else {
		buf_adds(&o, ">="); buf_add(&o, s + a, a_end - a);   /* "from", [v=\s]* and all */
	}
	buf_addc(&o, ' ');
	if (is_x(fb.M, fb.Ml)) {
		/* "A - *": no upper bound */
	} else if (is_x(fb.m, fb.ml)) {
		buf_addc(&o, '<'); add_inc(&o, fb.M, fb.Ml); buf_adds(&o, ".0.0-0");
	} else if (is_x(fb.p, fb.pl)) {
		buf_addc(&o, '<'); PART(&o, fb.M, fb.Ml); buf_addc(&o, '.'); add_inc(&o, fb.m, fb.ml);
		buf_adds(&o, ".0-0");
	} else if (fb.pre) {
		buf_adds(&o, "<="); PART(&o, fb.M, fb.Ml); buf_addc(&o, '.'); PART(&o, fb.m, fb.ml);
		buf_addc(&o, '.'); PART(&o, fb.p, fb.pl); buf_addc(&o, '-'); PART(&o, fb.pre, fb.prel);
	} else {
		buf_adds(&o, "<="); buf_add(&o, s + j, b_end - j);
	}
	/* (`${from} ${to}`).trim() */
	char *r = buf_steal(&o);
	size_t len = strlen(r), st = 0;
	while (len && r[len - 1] == ' ')
		r[--len] = 0;
	while (r[st] == ' ')
		st++;
	memmove(r, r + st, len - st + 1);
	return r;
}

/* One final comparator "GTLT v?M.m.p[-pre][+build]" or "" (any). */
static int parse_cmp(const char *t, size_t n, struct npmcmp *c, const char **why)
{
	memset(c, 0, sizeof *c);
	if (n == 0) {
		c->op = NPMOP_ANY;
		return 0;
	}
	size_t g = 0;
	if (g < n && (t[g] == '<' || t[g] == '>'))
		g++;
	if (g < n && t[g] == '=')
		g++;
	if (g == 0 || (g == 1 && t[0] == '='))
		c->op = NPMOP_EQ;
	else if (t[0] == '<')
		c->op = g == 2 ? NPMOP_LE : NPMOP_LT;
	else
		c->op = g == 2 ? NPMOP_GE : NPMOP_GT;
	const char *v = t + g;
	size_t vl = n - g;
	if (vl > NPMVER_MAX_LEN) {
		*why = "version in range longer than 256 bytes";
		return -1;
	}
	if (vl && *v == 'v')
		v++, vl--;
	if (parse_plain(v, vl, &c->v, why) != 0) {
		*why = "invalid comparator";
		return -1;
	}
	return 0;
}

static void set_free(struct npmset *s)
{
	for (size_t i = 0; i < s->n; i++)
		npmver_free(&s->c[i].v);
	free(s->c);
	s->c = NULL;
	s->n = 0;
}

static int is_null_cmp(const struct npmcmp *c)
{
	return c->op == NPMOP_LT && c->v.major == 0 && c->v.minor == 0 && c->v.patch == 0 &&
	       strcmp(c->v.pre, "0") == 0;
}

static int same_cmp(const struct npmcmp *a, const struct npmcmp *b)
{
	return a->op == b->op && (a->op == NPMOP_ANY || npmver_cmp(&a->v, &b->v) == 0);
}

static int parse_part(const char *part, struct npmset *set, const char **why)
{
	char *h = hyphen(part);
	char *ta = comparator_trim(h ? h : part);
	free(h);
	char *tb = lone_trim(ta, '~');
	char *t0 = lone_trim(tb, '^');
	free(ta), free(tb);
	char *t1 = pipe_words(t0, w_caret);
	char *t2 = pipe_words(t1, w_tilde);
	char *t3 = pipe_words(t2, xrange);
	char *t4 = pipe_words(t3, w_star);
	char *t5 = pipe_words(t4, w_gte0);
	free(t0), free(t1), free(t2), free(t3), free(t4);

	/* words of t5; an empty list is one "any" comparator */
	int rc = 0, null = 0;
	const char *s = t5;
	int words = 0;
	struct npmcmp nullc;
	memset(set, 0, sizeof *set);
	for (;;) {
		while (is_ws(*s))
			s++;
		size_t n = 0;
		while (s[n] && !is_ws(s[n]))
			n++;
		if (n == 0 && words > 0)
			break;
		words++;
		struct npmcmp c;
		if (parse_cmp(s, n, &c, why) != 0) {
			rc = -1;
			break;
		}
		if (is_null_cmp(&c)) {   /* the null set wins, once every word parsed */
			if (null)
				npmver_free(&c.v);
			else
				nullc = c;
			null = 1;
			s += n;
			if (!*s)
				break;
			continue;
		}
		size_t k;
		for (k = 0; k < set->n; k++)
			if (same_cmp(&set->c[k], &c))
				break;
		if (k < set->n) {
			npmver_free(&c.v);
		} else {
			set->c = xrealloc(set->c, (set->n + 1) * sizeof c);
			set->c[set->n++] = c;
		}
		s += n;
		if (!*s)
			break;
	}
	free(t5);
	if (rc != 0) {
		set_free(set);
		if (null)
			npmver_free(&nullc.v);
		return -1;
	}
	if (null) {
		set_free(set);
		set->c = xmalloc(sizeof nullc);
		set->c[0] = nullc;
		set->n = 1;
		return 0;
	}
	/* node-semver drops "any" when other comparators are present */
	if (set->n > 1) {
		size_t o = 0;
		for (size_t i = 0; i < set->n; i++)
			if (set->c[i].op != NPMOP_ANY)
				set->c[o++] = set->c[i];
		set->n = o;
	}
	return 0;
}

int npmrange_parse(const char *s, struct npmrange *r, const char **why)
{
	memset(r, 0, sizeof *r);
	if (strlen(s) > NPMRANGE_MAX_LEN) {
		*why = "range longer than 4096 bytes";
		return -1;
	}
	char *copy = js_blanks(s);
	const char *p = copy;
	for (;;) {
		/* split on "||" and the blanks around it */
		const char *bar = strstr(p, "||");
		size_t n = bar ? (size_t)(bar - p) : strlen(p);
		size_t a = 0, b = n;
		while (a < b && is_ws(p[a]))
			a++;
		while (b > a && is_ws(p[b - 1]))
			b--;
		char *part = xstrndup(p + a, b - a);
		struct npmset set;
		int rc = parse_part(part, &set, why);
		free(part);
		if (rc != 0) {
			npmrange_free(r);
			free(copy);
			return -1;
		}
		r->sets = xrealloc(r->sets, (r->n + 1) * sizeof set);
		r->sets[r->n++] = set;
		if (!bar)
			break;
		p = bar + 2;
	}
	if (r->n > 1) {
		/* drop null sets unless all are; a lone "any" set absorbs the rest */
		size_t o = 0;
		for (size_t i = 0; i < r->n; i++)
			if (!is_null_cmp(&r->sets[i].c[0]))
				o++;
		if (o > 0) {
			o = 0;
			for (size_t i = 0; i < r->n; i++) {
				if (is_null_cmp(&r->sets[i].c[0]))
					set_free(&r->sets[i]);
				else
					r->sets[o++] = r->sets[i];
			}
		} else {
			for (size_t i = 1; i < r->n; i++)
				set_free(&r->sets[i]);
			o = 1;
		}
		r->n = o;
		for (size_t i = 0; i < r->n && r->n > 1; i++) {
			if (r->sets[i].n == 1 && r->sets[i].c[0].op == NPMOP_ANY) {
				struct npmset keep = r->sets[i];
				for (size_t k = 0; k < r->n; k++)
					if (k != i)
						set_free(&r->sets[k]);
				r->sets[0] = keep;
				r->n = 1;
			}
		}
	}
	free(copy);
	return 0;
}

void npmrange_free(struct npmrange *r)
{
	for (size_t i = 0; i < r->n; i++)
		set_free(&r->sets[i]);
	free(r->sets);
	r->sets = NULL;
	r->n = 0;
}

static int cmp_test(const struct npmcmp *c, const struct npmver *v)
{
	if (c->op == NPMOP_ANY)
		return 1;
	int k = npmver_cmp(v, &c->v);
	switch (c->op) {
	case NPMOP_EQ: return k == 0;
	case NPMOP_LT: return k < 0;
	case NPMOP_LE: return k <= 0;
	case NPMOP_GT: return k > 0;
	case NPMOP_GE: return k >= 0;
	default: return 1;
	}
}

static int set_test(const struct npmset *s, const struct npmver *v)
{
	for (size_t i = 0; i < s->n; i++)
		if (!cmp_test(&s->c[i], v))
			return 0;
	if (!*v->pre)
		return 1;
	for (size_t i = 0; i < s->n; i++) {
		const struct npmcmp *c = &s->c[i];
		if (c->op != NPMOP_ANY && *c->v.pre && c->v.major == v->major &&
		    c->v.minor == v->minor && c->v.patch == v->patch)
			return 1;
	}
	return 0;
}

int npmrange_test(const struct npmrange *r, const struct npmver *v)
{
	for (size_t i = 0; i < r->n; i++)
		if (set_test(&r->sets[i], v))
			return 1;
	return 0;
}

/* ---- intervals ------------------------------------------------------- */

/* The smallest version above v in npm's order: v-pre.0, or (patch+1)-0. */
static void successor(const struct npmver *v, struct npmver *s)
{
	s->major = v->major;
	s->minor = v->minor;
	s->build = xstrdup("");
	if (*v->pre) {
		s->patch = v->patch;
		s->pre = xasprintf("%s.0", v->pre);
	} else {
		s->patch = v->patch + 1;
		s->pre = xstrdup("0");
	}
}

static char *spell(const struct npmver *v, const struct verspell *t)
{
	return to_distro(v, t->pre_hyphen);
}

void npmrange_intervals(const struct npmrange *r, const struct verspell *t, struct ivlist *out)
{
	for (size_t i = 0; i < r->n; i++) {
		const struct npmset *s = &r->sets[i];
		const struct npmcmp *lo = NULL, *hi = NULL;
		int lo_incl = 0, hi_incl = 0;
		for (size_t k = 0; k < s->n; k++) {
			const struct npmcmp *c = &s->c[k];
			int li = c->op == NPMOP_GE || c->op == NPMOP_EQ;
			int hin = c->op == NPMOP_LE || c->op == NPMOP_EQ;
			if (c->op == NPMOP_GE || c->op == NPMOP_GT || c->op == NPMOP_EQ) {
				int d = lo ? npmver_cmp(&c->v, &lo->v) : 1;
				if (d > 0 || (d == 0 && !li))
					lo = c, lo_incl = li;
			}
			if (c->op == NPMOP_LE || c->op == NPMOP_LT || c->op == NPMOP_EQ) {
				int d = hi ? npmver_cmp(&c->v, &hi->v) : -1;
				if (d < 0 || (d == 0 && !hin))
					hi = c, hi_incl = hin;
			}
		}
		if (lo && hi) {
			int d = npmver_cmp(&lo->v, &hi->v);
			if (d > 0 || (d == 0 && !(lo_incl && hi_incl)))
				continue;   /* empty */
		}
		if (!lo && !hi) {
			out->any = 1;
			continue;
		}
		struct interval iv = {0};
		if (lo && hi && lo_incl && hi_incl && npmver_cmp(&lo->v, &hi->v) == 0 && !t->revisions_above) {
			iv.exact = 1;
			iv.lo = (struct bound){BOUND_INCL, spell(&lo->v, t)};
			iv.hi = (struct bound){BOUND_INCL, spell(&hi->v, t)};
			ivlist_push(out, iv);
			continue;
		}
		if (lo) {
			if (t->revisions_above && !lo_incl) {
				/* ">> X" would admit X's own revisions */
				struct npmver sv;
				successor(&lo->v, &sv);
				iv.lo = (struct bound){BOUND_INCL, spell(&sv, t)};
				npmver_free(&sv);
			} else {
				iv.lo = (struct bound){lo_incl ? BOUND_INCL : BOUND_EXCL, spell(&lo->v, t)};
			}
		}
		if (hi) {
			if (t->revisions_above && hi_incl) {
				/* "<= X" would refuse X's own revisions */
				struct npmver sv;
				successor(&hi->v, &sv);
				iv.hi = (struct bound){BOUND_EXCL, spell(&sv, t)};
				npmver_free(&sv);
			} else {
				iv.hi = (struct bound){hi_incl ? BOUND_INCL : BOUND_EXCL, spell(&hi->v, t)};
			}
		}
		ivlist_push(out, iv);
	}
}

/* ---- alias specs: "npm:NAME@RANGE" -------------------------------------- */

int npmalias_is(const char *s)
{
	return strncmp(s, "npm:", 4) == 0;
}

int npmalias_parse(const char *s, char **name, char **range, const char **why)
{
	*name = *range = NULL;
	if (!npmalias_is(s)) {
		*why = "not an alias (npm:NAME@RANGE)";
		return -1;
	}
	if (strlen(s) > NPMALIAS_MAX_LEN) {
		*why = "alias spec too long";
		return -1;
	}
	const char *n = s + 4;
	/* the version's '@' is the first after the name; a scoped name's own
	 * '@' comes first */
	const char *at = strchr(*n == '@' ? n + 1 : n, '@');
	char *nm = at ? xstrndup(n, (size_t)(at - n)) : xstrdup(n);
	const char *bad = naming_npm_invalid(nm);
	if (bad) {
		free(nm);
		*why = npmalias_is(n) ? "an alias of an alias" : bad;
		return -1;
	}
	const char *r = at ? at + 1 : "";
	struct npmrange pr;
	if (npmalias_is(r)) {
		free(nm);
		*why = "an alias of an alias";
		return -1;
	}
	if (npmrange_parse(r, &pr, why) != 0) {
		free(nm);
		return -1;
	}
	npmrange_free(&pr);
	*name = nm;
	*range = xstrdup(*r ? r : "*");
	return 0;
}
