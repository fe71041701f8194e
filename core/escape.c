#include "escape.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* Drops control bytes and invalid UTF-8 lead bytes are kept as they are;
 * newlines are kept when `lines` is set, turned into blanks otherwise. */
static char *clean(const char *s, int lines)
{
	struct buf b = {0};
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p == '\r')
			continue;
		if (*p == '\n')
			buf_addc(&b, lines ? '\n' : ' ');
		else if (*p == '\t')
			buf_addc(&b, ' ');
		else if (*p < 0x20 || *p == 0x7f)
			continue;
		else
			buf_addc(&b, (char)*p);
	}
	return buf_steal(&b);
}

/* Collapses runs of blanks and trims. */
static char *squeeze(const char *s)
{
	struct buf b = {0};
	int blank = 0;
	for (; *s; s++) {
		if (*s == ' ') {
			blank = 1;
			continue;
		}
		if (blank && b.len)
			buf_addc(&b, ' ');
		blank = 0;
		buf_addc(&b, *s);
	}
	return buf_steal(&b);
}

static char *double_pct(const char *s)
{
	struct buf b = {0};
	for (; *s; s++) {
		buf_addc(&b, *s);
		if (*s == '%')
			buf_addc(&b, '%');
	}
	return buf_steal(&b);
}

char *esc_rpm_line(const char *s)
{
	char *c = clean(s, 0), *q = squeeze(c), *r = double_pct(q);
	free(c);
	free(q);
	return r;
}

/* Wraps paragraphs (separated by blank lines) at width; each output line is
 * passed through `line` and terminated by '\n' (the last one too). */
static char *wrap(const char *s, size_t width, void (*line)(struct buf *, const char *, size_t))
{
	char *c = clean(s, 1);
	struct buf out = {0};
	const char *p = c;
	int pending_blank = 0, any = 0;
	while (*p) {
		size_t n = strcspn(p, "\n");
		char *raw = xstrndup(p, n);
		char *l = squeeze(raw);
		free(raw);
		p += n + (p[n] == '\n');
		if (!*l) {
			pending_blank = any;
			free(l);
			continue;
		}
		if (pending_blank) {
			line(&out, "", 0);
			pending_blank = 0;
		}
		any = 1;
		/* greedy word wrap; a word longer than width stands alone */
		const char *w = l;
		while (*w) {
			size_t len = strlen(w);
			if (len <= width) {
				line(&out, w, len);
				break;
			}
			size_t cut = width;
			while (cut > 0 && w[cut] != ' ')
				cut--;
			if (cut == 0)
				cut = strcspn(w, " ");
			line(&out, w, cut);
			w += cut;
			while (*w == ' ')
				w++;
		}
		free(l);
	}
	free(c);
	return buf_steal(&out);
}

static void rpm_line(struct buf *b, const char *s, size_t n)
{
	/* rpm looks for section names after expansion: "%%install" at the
	 * start of a line would end %description; a blank before it does not */
	if (n && s[0] == '%')
		buf_addc(b, ' ');
	for (size_t i = 0; i < n; i++) {
		buf_addc(b, s[i]);
		if (s[i] == '%')
			buf_addc(b, '%');
	}
	buf_addc(b, '\n');
}

char *esc_rpm_text(const char *s, size_t width)
{
	return wrap(s, width, rpm_line);
}

static void deb_chars(struct buf *b, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		buf_addc(b, s[i]);
		if (s[i] == '$' && i + 1 < n && s[i + 1] == '{')
			buf_addc(b, ' ');
	}
}

char *esc_deb_line(const char *s)
{
	char *c = clean(s, 0), *q = squeeze(c);
	struct buf b = {0};
	deb_chars(&b, q, strlen(q));
	free(c);
	free(q);
	return buf_steal(&b);
}

static void deb_line(struct buf *b, const char *s, size_t n)
{
	if (n == 0) {
		buf_adds(b, " .\n");
		return;
	}
	buf_addc(b, ' ');
	deb_chars(b, s, n);
	buf_addc(b, '\n');
}

char *esc_deb_text(const char *s, size_t width)
{
	return wrap(s, width, deb_line);
}

char *summary_of(const char *desc, size_t max, const char *fallback)
{
	char *c = clean(desc, 0), *s = squeeze(c);
	free(c);
	/* the first sentence: up to ". " */
	char *dot = strstr(s, ". ");
	if (dot)
		*dot = 0;
	size_t n = strlen(s);
	while (n && (s[n - 1] == '.' || s[n - 1] == ' '))
		s[--n] = 0;
	if (n > max) {
		size_t cut = max;
		while (cut > 0 && s[cut] != ' ')
			cut--;
		if (cut == 0)
			cut = max;
		/* never split a UTF-8 sequence */
		while (cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80)
			cut--;
		s[cut] = 0;
		n = cut;
		while (n && (s[n - 1] == ',' || s[n - 1] == ' ' || s[n - 1] == '.'))
			s[--n] = 0;
	}
	if (!n) {
		free(s);
		return xstrdup(fallback);
	}
	s[0] = (char)toupper((unsigned char)s[0]);
	return s;
}

static void plain_line(struct buf *b, const char *s, size_t n)
{
	buf_add(b, s, n);
	buf_addc(b, '\n');
}

/* one escaped line wrapped at width, every line after the first behind
 * indent, no final newline */
static char *item(char *one, size_t width, const char *indent)
{
	char *w = wrap(one, width, plain_line);
	struct buf b = {0};
	for (const char *p = w; *p; p++) {
		if (*p == '\n' && p[1])
			buf_printf(&b, "\n%s", indent);
		else if (*p != '\n')
			buf_addc(&b, *p);
	}
	free(w);
	free(one);
	return b.p ? buf_steal(&b) : xstrdup("");
}

char *esc_rpm_item(const char *s, size_t width, const char *indent)
{
	return item(esc_rpm_line(s), width, indent);
}

char *esc_deb_item(const char *s, size_t width, const char *indent)
{
	return item(esc_deb_line(s), width, indent);
}
