/* TOML 1.0 reader: one pass of recursive descent (recursion only through
 * arrays and inline tables, bounded by TOML_MAX_DEPTH) straight into the
 * tree.  The redefinition rules live in three node flags and one section
 * number:
 *   F_EXPLICIT  a [header] named this table, or it is an [[array]] element:
 *               no second header, no dotted key may open it again;
 *   F_FROZEN    an inline table or a static array: nothing extends it;
 *   F_AOT       an array made by [[headers]]: headers append to it and
 *               look into its last element;
 *   dsec        the section (header count) in which dotted keys last made
 *               or opened this table: later sections may reach below it
 *               with headers ([fruit.apple.texture]) but neither redefine
 *               it with a header nor add to it with dotted keys.
 * Keys are looked up through an open-addressing index, keyed with
 * SipHash-1-3 so that crafted keys cannot make lookups quadratic. */
#include "toml.h"

#include <errno.h>
#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

enum { F_EXPLICIT = 1, F_FROZEN = 2, F_AOT = 4 };

#define INDEX_FROM 8          /* entries before a table gets a hash index */

struct entry {
	char *key;                /* NUL-terminated, may hold NULs */
	size_t klen;
	struct toml *val;
};

struct toml {
	enum toml_type type;
	unsigned flags;
	unsigned depth;           /* root 0 */
	unsigned dsec;            /* 0: never touched by dotted keys */
	union {
		struct {
			struct entry *e;
			size_t n, cap;
			size_t *idx;      /* entry index + 1, 0 empty; icap a power of 2 */
			size_t icap;
			uint64_t hkey[2];
		} tab;
		struct {
			struct toml **v;
			size_t n, cap;
		} arr;
		struct {
			char *s;          /* strings and date/times, NUL-terminated */
			size_t len;
		} str;
		int64_t i;
		double f;
		int b;
	} u;
};

/* ---- hashing ---------------------------------------------------------- */

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))

static void sipround(uint64_t v[4])
{
	v[0] += v[1]; v[1] = ROTL(v[1], 13); v[1] ^= v[0]; v[0] = ROTL(v[0], 32);
	v[2] += v[3]; v[3] = ROTL(v[3], 16); v[3] ^= v[2];
	v[0] += v[3]; v[3] = ROTL(v[3], 21); v[3] ^= v[0];
	v[2] += v[1]; v[1] = ROTL(v[1], 17); v[1] ^= v[2]; v[2] = ROTL(v[2], 32);
}

static uint64_t siphash13(const uint64_t k[2], const char *data, size_t n)
{
	const unsigned char *m = (const unsigned char *)data;
	uint64_t v[4] = {k[0] ^ 0x736f6d6570736575ULL, k[1] ^ 0x646f72616e646f6dULL,
			 k[0] ^ 0x6c7967656e657261ULL, k[1] ^ 0x7465646279746573ULL};
	uint64_t w, last = (uint64_t)n << 56;
	size_t i = 0;
	for (; n - i >= 8; i += 8) {
		w = 0;
		for (int j = 0; j < 8; j++)
			w |= (uint64_t)m[i + j] << (8 * j);
		v[3] ^= w;
		sipround(v);
		v[0] ^= w;
	}
	for (int j = 0; i + (size_t)j < n; j++)
		last |= (uint64_t)m[i + (size_t)j] << (8 * j);
	v[3] ^= last;
	sipround(v);
	v[0] ^= last;
	v[2] ^= 0xff;
	sipround(v);
	sipround(v);
	sipround(v);
	return v[0] ^ v[1] ^ v[2] ^ v[3];
}

static uint64_t mix64(uint64_t x)
{
	x += 0x9e3779b97f4a7c15ULL;
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
	x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
	return x ^ (x >> 31);
}

/* ---- the tree --------------------------------------------------------- */

static struct toml *node(enum toml_type type, unsigned depth)
{
	struct toml *v = xcalloc(1, sizeof *v);
	v->type = type;
	v->depth = depth;
	return v;
}

void toml_free(struct toml *v)
{
	if (!v)
		return;
	switch (v->type) {
	case TOML_TABLE:
		for (size_t i = 0; i < v->u.tab.n; i++) {
			free(v->u.tab.e[i].key);
			toml_free(v->u.tab.e[i].val);
		}
		free(v->u.tab.e);
		free(v->u.tab.idx);
		break;
	case TOML_ARRAY:
		for (size_t i = 0; i < v->u.arr.n; i++)
			toml_free(v->u.arr.v[i]);
		free(v->u.arr.v);
		break;
	case TOML_STRING:
	case TOML_DATETIME:
	case TOML_DATETIME_LOCAL:
	case TOML_DATE_LOCAL:
	case TOML_TIME_LOCAL:
		free(v->u.str.s);
		break;
	default:
		break;
	}
	free(v);
}

static void index_put(struct toml *t, size_t i)
{
	size_t mask = t->u.tab.icap - 1;
	const struct entry *e = &t->u.tab.e[i];
	size_t h = (size_t)siphash13(t->u.tab.hkey, e->key, e->klen) & mask;
	while (t->u.tab.idx[h])
		h = (h + 1) & mask;
	t->u.tab.idx[h] = i + 1;
}

static void index_grow(struct toml *t)
{
	size_t icap = t->u.tab.icap ? t->u.tab.icap * 2 : 32;
	free(t->u.tab.idx);
	t->u.tab.idx = xcalloc(icap, sizeof *t->u.tab.idx);
	t->u.tab.icap = icap;
	for (size_t i = 0; i < t->u.tab.n; i++)
		index_put(t, i);
}

static struct toml *table_find(const struct toml *t, const char *k, size_t n)
{
	const struct entry *e = t->u.tab.e;
	if (!t->u.tab.idx) {
		for (size_t i = 0; i < t->u.tab.n; i++)
			if (e[i].klen == n && memcmp(e[i].key, k, n) == 0)
				return e[i].val;
		return NULL;
	}
	size_t mask = t->u.tab.icap - 1;
	size_t h = (size_t)siphash13(t->u.tab.hkey, k, n) & mask;
	for (size_t j; (j = t->u.tab.idx[h]) != 0; h = (h + 1) & mask)
		if (e[j - 1].klen == n && memcmp(e[j - 1].key, k, n) == 0)
			return e[j - 1].val;
	return NULL;
}

/* Adds key -> v (v becomes the table's); the caller checked the key is new. */
static void table_add(struct toml *t, const char *k, size_t n, struct toml *v)
{
	if (t->u.tab.n == t->u.tab.cap) {
		t->u.tab.cap = t->u.tab.cap ? t->u.tab.cap * 2 : 4;
		t->u.tab.e = xrealloc(t->u.tab.e, t->u.tab.cap * sizeof *t->u.tab.e);
	}
	struct entry *e = &t->u.tab.e[t->u.tab.n++];
	e->key = xstrndup(k, n);
	e->klen = n;
	e->val = v;
	if (t->u.tab.n < INDEX_FROM)
		return;
	if (t->u.tab.n * 2 > t->u.tab.icap)
		index_grow(t);
	else
		index_put(t, t->u.tab.n - 1);
}

static void array_push(struct toml *a, struct toml *v)
{
	if (a->u.arr.n == a->u.arr.cap) {
		a->u.arr.cap = a->u.arr.cap ? a->u.arr.cap * 2 : 4;
		a->u.arr.v = xrealloc(a->u.arr.v, a->u.arr.cap * sizeof *a->u.arr.v);
	}
	a->u.arr.v[a->u.arr.n++] = v;
}

/* ---- the parser ------------------------------------------------------- */

struct parser {
	const char *s, *p, *e;    /* text, cursor, end */
	struct toml *root, *cur;  /* cur: the table key/values go to */
	unsigned sec;             /* headers seen + 1 */
	uint64_t hkey[2];
	char *err;
	size_t errlen;
	int failed;
};

/* Records "line N: reason" (the first error only); returns -1. */
static int fail(struct parser *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int fail(struct parser *p, const char *fmt, ...)
{
	if (p->failed++ || !p->err || !p->errlen)
		return -1;
	size_t line = 1;
	for (const char *q = p->s; q < p->p; q++)
		line += *q == '\n';
	int n = snprintf(p->err, p->errlen, "line %zu: ", line);
	if (n >= 0 && (size_t)n < p->errlen) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(p->err + n, p->errlen - (size_t)n, fmt, ap);
		va_end(ap);
	}
	return -1;
}

static struct toml *table_new(struct parser *p, unsigned depth)
{
	struct toml *t = node(TOML_TABLE, depth);
	t->u.tab.hkey[0] = p->hkey[0];
	t->u.tab.hkey[1] = p->hkey[1];
	return t;
}

static int too_deep(struct parser *p, unsigned depth)
{
	if (depth <= TOML_MAX_DEPTH)
		return 0;
	return fail(p, "nested deeper than %d levels", TOML_MAX_DEPTH);
}

static int peek(const struct parser *p)
{
	return p->p < p->e ? (unsigned char)*p->p : -1;
}

static int peek_at(const struct parser *p, size_t k)
{
	return (size_t)(p->e - p->p) > k ? (unsigned char)p->p[k] : -1;
}

static int looking_at(const struct parser *p, const char *lit)
{
	size_t n = strlen(lit);
	return (size_t)(p->e - p->p) >= n && memcmp(p->p, lit, n) == 0;
}

/* Length of the newline at the cursor: 1 (LF), 2 (CRLF) or 0. */
static size_t newline(const struct parser *p)
{
	if (peek(p) == '\n')
		return 1;
	return peek(p) == '\r' && peek_at(p, 1) == '\n' ? 2 : 0;
}

static int is_ctrl(int c)
{
	return (c >= 0 && c < 0x20 && c != '\t') || c == 0x7f;
}

static int is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int is_bare(int c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || is_digit(c) || c == '_' || c == '-';
}

static int unexpected(struct parser *p, const char *what)
{
	int c = peek(p);
	if (c < 0)
		return fail(p, "expected %s, found end of input", what);
	if (newline(p))
		return fail(p, "expected %s, found end of line", what);
	if (c == '\r')
		return fail(p, "carriage return without line feed");
	if (is_ctrl(c))
		return fail(p, "control character U+%04X", (unsigned)c);
	if (c >= 0x80)
		return fail(p, "expected %s, found a non-ASCII character", what);
	return fail(p, "expected %s, found '%c'", what, c);
}

static void skip_ws(struct parser *p)
{
	while (peek(p) == ' ' || peek(p) == '\t')
		p->p++;
}

static int skip_comment(struct parser *p)
{
	if (peek(p) != '#')
		return 0;
	for (p->p++; p->p < p->e && !newline(p); p->p++)
		if (is_ctrl((unsigned char)*p->p))
			return unexpected(p, "comment text");
	return 0;
}

/* Blanks, comments and newlines, as between array elements. */
static int skip_blank(struct parser *p)
{
	for (;;) {
		skip_ws(p);
		if (skip_comment(p))
			return -1;
		size_t n = newline(p);
		if (!n)
			return 0;
		p->p += n;
	}
}

/* Blanks, an optional comment, then a newline or the end. */
static int end_of_line(struct parser *p)
{
	skip_ws(p);
	if (skip_comment(p))
		return -1;
	size_t n = newline(p);
	if (n) {
		p->p += n;
		return 0;
	}
	return p->p < p->e ? unexpected(p, "end of line") : 0;
}

/* The offset of the first byte that is not well-formed UTF-8, or n. */
static size_t utf8_check(const unsigned char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		unsigned c = s[i], lo = 0x80, hi = 0xbf;
		size_t k;
		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf) {
			k = 1;
		} else if (c >= 0xe0 && c <= 0xef) {
			k = 2;
			lo = c == 0xe0 ? 0xa0 : 0x80;        /* overlong */
			hi = c == 0xed ? 0x9f : 0xbf;        /* surrogates */
		} else if (c >= 0xf0 && c <= 0xf4) {
			k = 3;
			lo = c == 0xf0 ? 0x90 : 0x80;        /* overlong */
			hi = c == 0xf4 ? 0x8f : 0xbf;        /* beyond U+10FFFF */
		} else {
			return i;
		}
		if (n - i <= k || s[i + 1] < lo || s[i + 1] > hi)
			return i;
		for (size_t j = 2; j <= k; j++)
			if ((s[i + j] & 0xc0) != 0x80)
				return i;
		i += k + 1;
	}
	return n;
}

/* ---- strings ---------------------------------------------------------- */

static void put_utf8(struct buf *b, uint32_t u)
{
	char o[4];
	if (u < 0x80) {
		buf_addc(b, (char)u);
		return;
	}
	if (u < 0x800) {
		o[0] = (char)(0xc0 | u >> 6);
		o[1] = (char)(0x80 | (u & 0x3f));
		buf_add(b, o, 2);
	} else if (u < 0x10000) {
		o[0] = (char)(0xe0 | u >> 12);
		o[1] = (char)(0x80 | ((u >> 6) & 0x3f));
		o[2] = (char)(0x80 | (u & 0x3f));
		buf_add(b, o, 3);
	} else {
		o[0] = (char)(0xf0 | u >> 18);
		o[1] = (char)(0x80 | ((u >> 12) & 0x3f));
		o[2] = (char)(0x80 | ((u >> 6) & 0x3f));
		o[3] = (char)(0x80 | (u & 0x3f));
		buf_add(b, o, 4);
	}
}

static int hexval(int c)
{
	if (is_digit(c))
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* One escape at the backslash under the cursor. */
static int escape(struct parser *p, struct buf *b)
{
	static const char from[] = "btnfr\"\\", to[] = "\b\t\n\f\r\"\\";
	int c = peek_at(p, 1);
	const char *hit = c > 0 ? strchr(from, c) : NULL;
	if (hit) {
		buf_addc(b, to[hit - from]);
		p->p += 2;
		return 0;
	}
	if (c != 'u' && c != 'U')
		return fail(p, "invalid escape sequence in string");
	size_t n = c == 'u' ? 4 : 8;
	uint32_t u = 0;
	for (size_t i = 0; i < n; i++) {
		int h = hexval(peek_at(p, 2 + i));
		if (h < 0)
			return fail(p, "\\%c needs %zu hexadecimal digits", c, n);
		u = u << 4 | (uint32_t)h;
	}
	if (u > 0x10ffff || (u >= 0xd800 && u <= 0xdfff))
		return fail(p, "\\%c escape is not a Unicode scalar value", c);
	put_utf8(b, u);
	p->p += 2 + n;
	return 0;
}

/* A backslash ending a line of a multi-line basic string: skips it and all
 * blanks and newlines after it; 0 when the backslash is something else. */
static int line_end_backslash(struct parser *p)
{
	const char *q = p->p + 1;
	while (q < p->e && (*q == ' ' || *q == '\t'))
		q++;
	if (!(q < p->e && (*q == '\n' || (*q == '\r' && q + 1 < p->e && q[1] == '\n'))))
		return 0;
	p->p = q;
	for (size_t n; skip_ws(p), (n = newline(p)) != 0;)
		p->p += n;
	return 1;
}

/* The four string forms; the cursor is at the opening quote, ends after
 * the closing one. */
static int string(struct parser *p, struct buf *b)
{
	const char q = *p->p;
	const int basic = q == '"';
	const int multi = looking_at(p, basic ? "\"\"\"" : "'''");
	p->p += multi ? 3 : 1;
	if (multi)
		p->p += newline(p);
	for (;;) {
		int c = peek(p);
		size_t n;
		if (c < 0)
			return fail(p, "unterminated string");
		if (c == q) {
			if (!multi) {
				p->p++;
				return 0;
			}
			for (n = 1; n < 5 && peek_at(p, n) == q; n++)
				;
			if (n >= 3) {             /* up to two quotes end the content */
				buf_add(b, p->p, n - 3);
				p->p += n;
				return 0;
			}
			buf_add(b, p->p, n);
			p->p += n;
		} else if (basic && c == '\\') {
			if (!(multi && line_end_backslash(p)) && escape(p, b))
				return -1;
		} else if (multi && (n = newline(p)) != 0) {
			buf_addc(b, '\n');
			p->p += n;
		} else if (is_ctrl(c)) {
			return newline(p) ? fail(p, "newline in a single-line string") : unexpected(p, "string text");
		} else {
			buf_addc(b, (char)c);
			p->p++;
		}
	}
}

/* ---- keys ------------------------------------------------------------- */

struct key {
	struct buf *part;
	size_t n, cap;
};

static void key_free(struct key *k)
{
	for (size_t i = 0; i < k->n; i++)
		buf_free(&k->part[i]);
	free(k->part);
}

/* A key part for messages: at most 40 bytes, control bytes as '?'. */
static const char *shown(const struct buf *b, char out[48])
{
	size_t n = b->len;
	if (n > 40)
		for (n = 40; n > 0 && ((unsigned char)b->p[n] & 0xc0) == 0x80; n--)
			;
	for (size_t i = 0; i < n; i++)
		out[i] = is_ctrl((unsigned char)b->p[i]) ? '?' : b->p[i];
	strcpy(out + n, n < b->len ? "..." : "");
	return out;
}

/* A dotted key: parts with blanks around the dots; blanks after it are
 * skipped too. */
static int parse_key(struct parser *p, struct key *k)
{
	for (;;) {
		struct buf b = {0};
		int c, r = 0;
		skip_ws(p);
		c = peek(p);
		if (k->n == TOML_MAX_DEPTH)
			return fail(p, "key with more than %d parts", TOML_MAX_DEPTH);
		if (looking_at(p, "\"\"\"") || looking_at(p, "'''"))
			return fail(p, "a multi-line string cannot be a key");
		if (c == '"' || c == '\'') {
			r = string(p, &b);
		} else if (is_bare(c)) {
			const char *s = p->p;
			while (is_bare(peek(p)))
				p->p++;
			buf_add(&b, s, (size_t)(p->p - s));
		} else {
			return unexpected(p, "a key");
		}
		if (r) {
			buf_free(&b);
			return -1;
		}
		buf_add(&b, "", 0);                    /* "" keys too get bytes */
		if (k->n == k->cap) {
			k->cap = k->cap ? k->cap * 2 : 4;
			k->part = xrealloc(k->part, k->cap * sizeof *k->part);
		}
		k->part[k->n++] = b;
		skip_ws(p);
		if (peek(p) != '.')
			return 0;
		p->p++;
	}
}

/* ---- numbers and dates ------------------------------------------------ */

static int is_token(int c)
{
	return is_bare(c) || c == '+' || c == '.' || c == ':';
}

/* digit ('_'? digit)* in base at *s, advancing; -1 if malformed */
static int digits(const char **s, const char *e, int base)
{
	const char *q = *s;
	for (;;) {
		int h = q < e ? hexval((unsigned char)*q) : -1;
		if (h < 0 || h >= base)
			return -1;
		q++;
		if (q < e && *q == '_')
			q++;
		else if (q == e || hexval((unsigned char)*q) < 0 || hexval((unsigned char)*q) >= base)
			break;
	}
	*s = q;
	return 0;
}

static int integer(struct parser *p, const char *s, const char *e, int base, int neg, struct toml **out)
{
	uint64_t limit = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX, u = 0;
	for (; s < e; s++) {
		if (*s == '_')
			continue;
		uint64_t d = (uint64_t)hexval((unsigned char)*s);
		if (u > (limit - d) / (uint64_t)base)
			return fail(p, "integer out of range");
		u = u * (uint64_t)base + d;
	}
	*out = node(TOML_INTEGER, 0);
	(*out)->u.i = !neg ? (int64_t)u : u == limit ? INT64_MIN : -(int64_t)u;
	return 0;
}

/* strtod on the digits without underscores, whatever the locale's point */
static int decimal_float(struct parser *p, const char *s, const char *e, struct toml **out)
{
	const char *point = localeconv()->decimal_point;
	struct buf b = {0};
	for (; s < e; s++) {
		if (*s == '.')
			buf_adds(&b, point);
		else if (*s != '_')
			buf_addc(&b, *s);
	}
	char *end;
	errno = 0;
	double d = strtod(b.p, &end);
	int bad = end != b.p + b.len, range = errno == ERANGE && isinf(d);
	buf_free(&b);
	if (bad || range)
		return fail(p, bad ? "invalid float" : "float out of range");
	*out = node(TOML_FLOAT, 0);
	(*out)->u.f = d;
	return 0;
}

/* An integer or float spelt [s, e). */
static int number(struct parser *p, const char *s, const char *e, struct toml **out)
{
	const char *q = s, *ip;
	int neg = 0, isfloat = 0;
	if (*q == '+' || *q == '-')
		neg = *q++ == '-';
	if (e - q == 3 && (memcmp(q, "inf", 3) == 0 || memcmp(q, "nan", 3) == 0)) {
		*out = node(TOML_FLOAT, 0);
		(*out)->u.f = q[0] == 'i' ? (neg ? -INFINITY : INFINITY) : (neg ? -NAN : NAN);
		return 0;
	}
	if (q == s && e - q > 2 && q[0] == '0' && (q[1] == 'x' || q[1] == 'o' || q[1] == 'b')) {
		int base = q[1] == 'x' ? 16 : q[1] == 'o' ? 8 : 2;
		ip = q += 2;
		if (digits(&q, e, base) || q != e)
			return fail(p, "invalid %s integer '%.*s'", base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary",
				    (int)(e - s > 40 ? 40 : e - s), s);
		return integer(p, ip, e, base, 0, out);
	}
	ip = q;
	if (digits(&q, e, 10))
		goto bad;
	if (*ip == '0' && q - ip > 1)
		return fail(p, "leading zero in '%.*s'", (int)(e - s > 40 ? 40 : e - s), s);
	if (q < e && *q == '.') {
		q++;
		isfloat = 1;
		if (digits(&q, e, 10))
			goto bad;
	}
	if (q < e && (*q == 'e' || *q == 'E')) {
		q++;
		isfloat = 1;
		if (q < e && (*q == '+' || *q == '-'))
			q++;
		if (digits(&q, e, 10))
			goto bad;
	}
	if (q != e)
		goto bad;
	return isfloat ? decimal_float(p, s, e, out) : integer(p, ip, e, 10, neg, out);
bad:
	return fail(p, "invalid number '%.*s'", (int)(e - s > 40 ? 40 : e - s), s);
}

/* n digits at s as a number, or -1 */
static int num(const char *s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (!is_digit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

static int valid_date(const char *s)
{
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int y = num(s, 4), m = num(s + 5, 2), d = num(s + 8, 2);
	if (y < 0 || s[4] != '-' || m < 1 || m > 12 || s[7] != '-' || d < 1 || d > mdays[m - 1])
		return 0;
	return !(m == 2 && d == 29 && (y % 4 != 0 || (y % 100 == 0 && y % 400 != 0)));
}

/* HH:MM:SS(.digits)? at [s, e): its end, or NULL */
static const char *scan_time(const char *s, const char *e)
{
	if (e - s < 8 || s[2] != ':' || s[5] != ':')
		return NULL;
	int h = num(s, 2), m = num(s + 3, 2), sec = num(s + 6, 2);
	if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 60)
		return NULL;
	s += 8;
	if (s < e && *s == '.') {
		if (++s == e || !is_digit((unsigned char)*s))
			return NULL;
		while (s < e && is_digit((unsigned char)*s))
			s++;
	}
	return s;
}

/* Z or [+-]HH:MM filling [s, e) exactly */
static int valid_offset(const char *s, const char *e)
{
	if (e - s == 1)
		return *s == 'Z' || *s == 'z';
	if (e - s != 6 || (*s != '+' && *s != '-') || s[3] != ':')
		return 0;
	int h = num(s + 1, 2), m = num(s + 4, 2);
	return h >= 0 && h <= 23 && m >= 0 && m <= 59;
}

/* A date, time or date-time spelt [s, e), stored normalised. */
static int datetime(struct parser *p, const char *s, const char *e, struct toml **out)
{
	enum toml_type type;
	struct buf b = {0};
	const char *q;
	if (s[2] == ':') {
		type = TOML_TIME_LOCAL;
		if (scan_time(s, e) != e)
			goto bad;
		buf_add(&b, s, (size_t)(e - s));
	} else {
		type = TOML_DATE_LOCAL;
		if (e - s < 10 || !valid_date(s))
			goto bad;
		buf_add(&b, s, 10);
		if (e - s > 10) {
			type = TOML_DATETIME_LOCAL;
			if (s[10] != 'T' && s[10] != 't' && s[10] != ' ')
				goto bad;
			if (!(q = scan_time(s + 11, e)))
				goto bad;
			buf_addc(&b, 'T');
			buf_add(&b, s + 11, (size_t)(q - (s + 11)));
			if (q < e) {
				type = TOML_DATETIME;
				if (!valid_offset(q, e))
					goto bad;
				if (*q == 'z' || *q == 'Z')
					buf_addc(&b, 'Z');
				else
					buf_add(&b, q, (size_t)(e - q));
			}
		}
	}
	*out = node(type, 0);
	(*out)->u.str.len = b.len;
	(*out)->u.str.s = buf_steal(&b);
	return 0;
bad:
	buf_free(&b);
	return fail(p, "invalid date or time '%.*s'", (int)(e - s > 40 ? 40 : e - s), s);
}

/* A number, date or time: the run of characters that can spell one (with
 * the blank a date-time may have between date and time). */
static int bare_value(struct parser *p, struct toml **out)
{
	const char *s = p->p, *e = s;
	while (e < p->e && is_token((unsigned char)*e))
		e++;
	if (e - s == 10 && s[4] == '-' && p->e - e > 1 && *e == ' ' && is_digit((unsigned char)e[1]))
		for (e++; e < p->e && is_token((unsigned char)*e);)
			e++;
	if (e == s)
		return unexpected(p, "a value");
	int r;
	if ((e - s >= 5 && s[4] == '-' && num(s, 4) >= 0) || (e - s >= 3 && s[2] == ':' && num(s, 2) >= 0))
		r = datetime(p, s, e, out);
	else
		r = number(p, s, e, out);
	if (!r)
		p->p = e;
	return r;
}

/* ---- values and tables ------------------------------------------------ */

static int value(struct parser *p, unsigned depth, struct toml **out);

/* Is t closed to dotted keys and to [headers] naming it? */
static int closed(const struct parser *p, const struct toml *t)
{
	return (t->flags & (F_EXPLICIT | F_FROZEN)) || (t->dsec && t->dsec != p->sec);
}

/* key = value into table t (the document's current table, or an inline
 * table being read); dotted keys make or open tables on the way. */
static int keyval(struct parser *p, struct toml *t)
{
	struct key k = {0};
	struct toml *v;
	char name[48];
	int r = -1;
	if (parse_key(p, &k))
		goto out;
	if (peek(p) != '=') {
		unexpected(p, "'=' after a key");
		goto out;
	}
	p->p++;
	skip_ws(p);
	for (size_t i = 0; i + 1 < k.n; i++) {
		struct buf *b = &k.part[i];
		struct toml *c = table_find(t, b->p, b->len);
		if (!c) {
			if (too_deep(p, t->depth + 1))
				goto out;
			c = table_new(p, t->depth + 1);
			table_add(t, b->p, b->len, c);
		} else if (c->type != TOML_TABLE || closed(p, c)) {
			fail(p, "cannot add keys to \"%s\": it is already defined", shown(b, name));
			goto out;
		}
		c->dsec = p->sec;
		t = c;
	}
	struct buf *last = &k.part[k.n - 1];
	if (table_find(t, last->p, last->len)) {
		fail(p, "key \"%s\" is defined twice", shown(last, name));
		goto out;
	}
	if (value(p, t->depth + 1, &v))
		goto out;
	table_add(t, last->p, last->len, v);
	r = 0;
out:
	key_free(&k);
	return r;
}

static int array(struct parser *p, unsigned depth, struct toml **out)
{
	struct toml *a = node(TOML_ARRAY, depth), *v;
	a->flags = F_FROZEN;
	p->p++;
	for (;;) {
		if (skip_blank(p))
			goto bad;
		if (peek(p) == ']')
			break;
		if (value(p, depth + 1, &v))
			goto bad;
		array_push(a, v);
		if (skip_blank(p))
			goto bad;
		if (peek(p) == ']')
			break;
		if (peek(p) != ',') {
			unexpected(p, "',' or ']' in an array");
			goto bad;
		}
		p->p++;
	}
	p->p++;
	*out = a;
	return 0;
bad:
	toml_free(a);
	return -1;
}

static int inline_table(struct parser *p, unsigned depth, struct toml **out)
{
	struct toml *t = table_new(p, depth);
	p->p++;
	skip_ws(p);
	if (peek(p) != '}') {
		for (;;) {
			if (keyval(p, t))
				goto bad;
			skip_ws(p);
			if (peek(p) == '}')
				break;
			if (peek(p) != ',') {
				unexpected(p, "',' or '}' in an inline table");
				goto bad;
			}
			p->p++;
			skip_ws(p);
			if (peek(p) == '}') {
				fail(p, "trailing comma in an inline table");
				goto bad;
			}
		}
	}
	p->p++;
	t->flags = F_FROZEN;
	*out = t;
	return 0;
bad:
	toml_free(t);
	return -1;
}

static int value(struct parser *p, unsigned depth, struct toml **out)
{
	int c = peek(p);
	if (c == '"' || c == '\'') {
		struct buf b = {0};
		if (string(p, &b)) {
			buf_free(&b);
			return -1;
		}
		*out = node(TOML_STRING, depth);
		(*out)->u.str.len = b.len;
		(*out)->u.str.s = buf_steal(&b);
		return 0;
	}
	if (c == '[' || c == '{') {
		if (too_deep(p, depth))
			return -1;
		return c == '[' ? array(p, depth, out) : inline_table(p, depth, out);
	}
	if (looking_at(p, "true") || looking_at(p, "false")) {
		*out = node(TOML_BOOL, depth);
		(*out)->u.b = c == 't';
		p->p += c == 't' ? 4 : 5;
		return 0;
	}
	return bare_value(p, out);
}

/* [a.b.c] or [[a.b.c]]: finds or makes the table key/values go to. */
static int header(struct parser *p)
{
	const int aot = looking_at(p, "[[");
	struct key k = {0};
	struct toml *t = p->root, *c;
	char name[48];
	int r = -1;
	p->p += aot ? 2 : 1;
	if (parse_key(p, &k))
		goto out;
	if (aot ? !looking_at(p, "]]") : peek(p) != ']') {
		unexpected(p, aot ? "']]' after a table name" : "']' after a table name");
		goto out;
	}
	p->p += aot ? 2 : 1;
	p->sec++;
	for (size_t i = 0; i + 1 < k.n; i++) {
		struct buf *b = &k.part[i];
		if (!(c = table_find(t, b->p, b->len))) {
			if (too_deep(p, t->depth + 1))
				goto out;
			c = table_new(p, t->depth + 1);
			table_add(t, b->p, b->len, c);
		} else if (c->type == TOML_ARRAY && (c->flags & F_AOT)) {
			c = c->u.arr.v[c->u.arr.n - 1];
		} else if (c->type != TOML_TABLE || (c->flags & F_FROZEN)) {
			fail(p, "cannot define tables inside \"%s\"", shown(b, name));
			goto out;
		}
		t = c;
	}
	struct buf *last = &k.part[k.n - 1];
	c = table_find(t, last->p, last->len);
	if (too_deep(p, t->depth + 1 + (unsigned)aot))
		goto out;
	if (!aot) {
		if (!c) {
			c = table_new(p, t->depth + 1);
			table_add(t, last->p, last->len, c);
		} else if (c->type != TOML_TABLE || closed(p, c)) {
			fail(p, "table \"%s\" is defined twice", shown(last, name));
			goto out;
		}
		c->flags |= F_EXPLICIT;
		p->cur = c;
	} else {
		if (!c) {
			c = node(TOML_ARRAY, t->depth + 1);
			c->flags = F_AOT;
			table_add(t, last->p, last->len, c);
		} else if (c->type != TOML_ARRAY || !(c->flags & F_AOT)) {
			fail(p, "\"%s\" is not an array of tables", shown(last, name));
			goto out;
		}
		p->cur = table_new(p, c->depth + 1);
		p->cur->flags = F_EXPLICIT;
		array_push(c, p->cur);
	}
	r = end_of_line(p);
out:
	key_free(&k);
	return r;
}

static void seed(struct parser *p)
{
	static const char here = 0;
	uint64_t a = (uint64_t)(uintptr_t)p, b = (uint64_t)(uintptr_t)p->root, c = (uint64_t)(uintptr_t)&here;
	p->hkey[0] = mix64(a ^ mix64(b));
	p->hkey[1] = mix64(c ^ mix64(a + b));
}

struct toml *toml_parse(const char *text, size_t len, char *err, size_t errlen)
{
	struct parser p = {0};
	if (!text)
		text = "";
	p.s = p.p = p.e = text;
	p.err = err;
	p.errlen = errlen;
	p.sec = 1;
	if (err && errlen)
		err[0] = 0;
	if (len > TOML_MAX_INPUT) {
		fail(&p, "document larger than %zu bytes", TOML_MAX_INPUT);
		return NULL;
	}
	p.e = text + len;
	size_t bad = utf8_check((const unsigned char *)text, len);
	if (bad < len) {
		p.p = text + bad;
		fail(&p, "invalid UTF-8");
		return NULL;
	}
	if (looking_at(&p, "\xef\xbb\xbf"))
		p.p += 3;
	p.root = p.cur = node(TOML_TABLE, 0);
	seed(&p);
	p.root->u.tab.hkey[0] = p.hkey[0];
	p.root->u.tab.hkey[1] = p.hkey[1];
	while (p.p < p.e) {
		int r;
		skip_ws(&p);
		if (peek(&p) == '[')
			r = header(&p);
		else if (peek(&p) == '#' || peek(&p) < 0 || newline(&p))
			r = end_of_line(&p);
		else
			r = keyval(&p, p.cur) || end_of_line(&p) ? -1 : 0;
		if (r) {
			toml_free(p.root);
			return NULL;
		}
	}
	return p.root;
}

/* ---- accessors -------------------------------------------------------- */

enum toml_type toml_type(const struct toml *v)
{
	return v ? v->type : TOML_NONE;
}

const char *toml_type_name(enum toml_type t)
{
	static const char *const names[] = {
		[TOML_NONE] = "none", [TOML_TABLE] = "table", [TOML_ARRAY] = "array",
		[TOML_STRING] = "string", [TOML_INTEGER] = "integer", [TOML_FLOAT] = "float",
		[TOML_BOOL] = "bool", [TOML_DATETIME] = "datetime", [TOML_DATETIME_LOCAL] = "datetime-local",
		[TOML_DATE_LOCAL] = "date-local", [TOML_TIME_LOCAL] = "time-local",
	};
	return (unsigned)t < sizeof names / sizeof *names ? names[t] : "none";
}

size_t toml_len(const struct toml *v)
{
	if (!v)
		return 0;
	return v->type == TOML_TABLE ? v->u.tab.n : v->type == TOML_ARRAY ? v->u.arr.n : 0;
}

const struct toml *toml_getn(const struct toml *table, const char *key, size_t keylen)
{
	if (!table || table->type != TOML_TABLE || !key)
		return NULL;
	return table_find(table, key, keylen);
}

const struct toml *toml_get(const struct toml *table, const char *key)
{
	return key ? toml_getn(table, key, strlen(key)) : NULL;
}

const char *toml_key(const struct toml *table, size_t i, size_t *keylen)
{
	if (!table || table->type != TOML_TABLE || i >= table->u.tab.n)
		return NULL;
	if (keylen)
		*keylen = table->u.tab.e[i].klen;
	return table->u.tab.e[i].key;
}

const struct toml *toml_at(const struct toml *v, size_t i)
{
	if (i >= toml_len(v))
		return NULL;
	return v->type == TOML_TABLE ? v->u.tab.e[i].val : v->u.arr.v[i];
}

const char *toml_string(const struct toml *v, size_t *len)
{
	if (!v || v->type != TOML_STRING)
		return NULL;
	if (len)
		*len = v->u.str.len;
	return v->u.str.s;
}

int toml_int(const struct toml *v, int64_t *out)
{
	if (!v || v->type != TOML_INTEGER)
		return -1;
	*out = v->u.i;
	return 0;
}

int toml_float(const struct toml *v, double *out)
{
	if (!v || v->type != TOML_FLOAT)
		return -1;
	*out = v->u.f;
	return 0;
}

int toml_bool(const struct toml *v, int *out)
{
	if (!v || v->type != TOML_BOOL)
		return -1;
	*out = v->u.b;
	return 0;
}

const char *toml_datetime(const struct toml *v)
{
	if (!v || v->type < TOML_DATETIME || v->type > TOML_TIME_LOCAL)
		return NULL;
	return v->u.str.s;
}

const char *toml_str(const struct toml *table, const char *path)
{
	const struct toml *v = table;
	if (!path)
		return NULL;
	for (;;) {
		const char *dot = strchr(path, '.');
		size_t n = dot ? (size_t)(dot - path) : strlen(path);
		v = toml_getn(v, path, n);
		if (!dot)
			break;
		path = dot + 1;
	}
	size_t len;
	const char *s = toml_string(v, &len);
	return s && strlen(s) == len ? s : NULL;
}
