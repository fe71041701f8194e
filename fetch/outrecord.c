/* The record of what ferry wrote into an output entry (outrecord.h). */
#include "outrecord.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/util.h"

#define HEADER "ferry-files 1\n"
#define ORIGIN "origin "

int outrecord_path_ok(const char *path, const char *name)
{
	size_t n = strlen(name);
	if (!n || strncmp(path, name, n) != 0 || strlen(path) > OUTRECORD_MAX_PATH)
		return 0;
	/* NAME itself is one component, checked like the rest */
	for (const char *c = path; *c;) {
		size_t len = strcspn(c, "/");
		if (len == 0 || (len == 1 && c[0] == '.') || (len == 2 && c[0] == '.' && c[1] == '.'))
			return 0;
		for (size_t i = 0; i < len; i++)
			if ((unsigned char)c[i] < 0x20 || c[i] == 0x7f || c[i] == '\\')
				return 0;
		c += len;
		if (*c == '/' && !*++c)
			return 0;   /* a trailing slash */
	}
	return path[n] == 0 || path[n] == '/';
}

void outrecord_add(struct outrecord *r, const char *path, const char *sha256, int mode)
{
	if (r->n == r->cap) {
		r->cap = r->cap ? 2 * r->cap : 16;
		r->v = xrealloc(r->v, r->cap * sizeof *r->v);
	}
	struct outrecord_file *f = &r->v[r->n++];
	f->path = xstrdup(path);
	snprintf(f->sha256, sizeof f->sha256, "%.64s", sha256);
	f->mode = mode;
}

static int by_path(const void *a, const void *b)
{
	return strcmp(((const struct outrecord_file *)a)->path, ((const struct outrecord_file *)b)->path);
}

void outrecord_sort(struct outrecord *r)
{
	if (r->n)
		qsort(r->v, r->n, sizeof *r->v, by_path);
}

const struct outrecord_file *outrecord_find(const struct outrecord *r, const char *path)
{
	size_t lo = 0, hi = r->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(r->v[mid].path, path);
		if (c == 0)
			return &r->v[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

int outrecord_has_under(const struct outrecord *r, const char *dir)
{
	size_t n = strlen(dir);
	for (size_t i = 0; i < r->n; i++)
		if (strncmp(r->v[i].path, dir, n) == 0 && r->v[i].path[n] == '/')
			return 1;
	return 0;
}

/* "MODE SHA256 PATH" (no newline, NUL-terminated at len) into f */
static const char *parse_line(char *s, size_t len, const char *name, struct outrecord *r)
{
	if (len < 4 + 1 + 64 + 2 || s[4] != ' ' || s[69] != ' ')
		return "not 'MODE SHA256 PATH'";
	int mode = 0;
	for (int i = 0; i < 4; i++) {
		if (s[i] < '0' || s[i] > '7')
			return "the mode is not four octal digits";
		mode = mode * 8 + (s[i] - '0');
	}
	if (mode > 0777)
		return "the mode has more than permission bits";
	for (int i = 5; i < 69; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return "the sha256 is not 64 lowercase hex digits";
	const char *path = s + 70;
	if (strlen(path) != len - 70)
		return "a NUL byte";
	if (!outrecord_path_ok(path, name))
		return "the path is not a clean path inside its entry";
	if (r->n && strcmp(r->v[r->n - 1].path, path) >= 0)
		return "the paths are not sorted, or one is repeated";
	s[69] = 0;
	outrecord_add(r, path, s + 5, mode);
	return NULL;
}

/* what the entry was made from: printable ASCII words, one space apart */
static const char *parse_origin(const char *s, struct outrecord *r)
{
	size_t n = strlen(s);
	if (!n || n > OUTRECORD_MAX_ORIGIN)
		return "the origin is empty or over 1024 bytes";
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] < 0x20 || (unsigned char)s[i] > 0x7e ||
		    (s[i] == ' ' && (i == 0 || i + 1 == n || s[i + 1] == ' ')))
			return "the origin is not printable words one space apart";
	r->origin = xstrdup(s);
	return NULL;
}

int outrecord_parse(const char *text, size_t len, const char *name, struct outrecord *r, const char **why,
		    size_t *line)
{
	*why = NULL, *line = 0;
	memset(r, 0, sizeof *r);
	if (len > OUTRECORD_MAX_BYTES) {
		*why = "the record is over 16 MiB";
		return -1;
	}
	size_t hl = strlen(HEADER);
	*line = 1;
	if (len < hl || memcmp(text, HEADER, hl) != 0) {
		*why = "not a ferry record (its first line is not 'ferry-files 1')";
		return -1;
	}
	char *copy = xstrndup(text, len);   /* xstrndup stops at a NUL: checked per line */
	size_t have = strlen(copy);
	for (size_t off = hl; off < len;) {
		++*line;
		const char *nl = memchr(text + off, '\n', len - off);
		if (!nl) {
			*why = "the last line has no newline";
			break;
		}
		size_t n = (size_t)(nl - (text + off));
		if (off + n > have) {
			*why = "a NUL byte";
			break;
		}
		if (r->n >= OUTRECORD_MAX_FILES) {
			*why = "more than 100000 files";
			break;
		}
		copy[off + n] = 0;
		if (*line == 2 && strncmp(copy + off, ORIGIN, strlen(ORIGIN)) == 0)
			*why = parse_origin(copy + off + strlen(ORIGIN), r);
		else
			*why = parse_line(copy + off, n, name, r);
		if (*why)
			break;
		off += n + 1;
	}
	free(copy);
	if (*why) {
		outrecord_free(r);
		return -1;
	}
	*line = 0;
	return 0;
}

char *outrecord_format(const struct outrecord *r, size_t *len)
{
	struct buf b = {0};
	buf_adds(&b, HEADER);
	if (r->origin)
		buf_printf(&b, "%s%s\n", ORIGIN, r->origin);
	for (size_t i = 0; i < r->n; i++)
		buf_printf(&b, "%04o %s %s\n", (unsigned)r->v[i].mode, r->v[i].sha256, r->v[i].path);
	*len = b.len;
	return buf_steal(&b);
}

void outrecord_free(struct outrecord *r)
{
	for (size_t i = 0; i < r->n; i++)
		free(r->v[i].path);
	free(r->v);
	free(r->origin);
	memset(r, 0, sizeof *r);
}
