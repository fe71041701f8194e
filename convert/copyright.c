#include "copyright.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* the length of the valid UTF-8 sequence at p (at most n bytes), 0 if none */
static size_t utf8_len(const unsigned char *p, size_t n)
{
	size_t k = *p < 0x80 ? 1 : (*p & 0xE0) == 0xC0 ? 2 : (*p & 0xF0) == 0xE0 ? 3 : (*p & 0xF8) == 0xF0 ? 4 : 0;
	if (!k || k > n || (k == 2 && *p < 0xC2) || (k == 4 && *p > 0xF4))
		return 0;
	for (size_t i = 1; i < k; i++)
		if ((p[i] & 0xC0) != 0x80)
			return 0;
	return k;
}

/* One line [s, s+n) made safe for a control file: tabs as spaces, control
 * bytes dropped, invalid UTF-8 as '?', trailing blanks gone. */
static char *clean_line(const char *s, size_t n)
{
	struct buf b = {0};
	buf_adds(&b, "");
	const unsigned char *p = (const unsigned char *)s, *e = p + n;
	while (p < e) {
		size_t k = utf8_len(p, (size_t)(e - p));
		if (*p == '\t')
			buf_addc(&b, ' ');
		else if (k == 0)
			buf_addc(&b, '?');
		else if (k == 1 && (*p < 0x20 || *p == 0x7f))
			;
		else
			buf_add(&b, p, k);
		p += k ? k : 1;
	}
	while (b.len && b.p[b.len - 1] == ' ')
		b.p[--b.len] = 0;
	return buf_steal(&b);
}

/* "Copyright (c) 2014 X" -> "2014 X"; NULL when the line names no holder */
static char *holder_of(const char *line)
{
	const char *s = line;
	while (*s == ' ' || *s == '*' || *s == '#' || *s == '/')
		s++;
	int marked = 0;
	if (strncmp(s, "Copyright", 9) == 0 || strncmp(s, "COPYRIGHT", 9) == 0) {
		s += 9;
		if (*s == 's' || *s == 'S')
			return NULL;   /* "Copyrights", a heading */
		if (*s != ' ' && *s != ':' && *s != '(' && strncmp(s, "\xc2\xa9", 2) != 0)
			return NULL;
	} else if (strncmp(s, "\xc2\xa9", 2) == 0 || strncasecmp(s, "(c) ", 4) == 0) {
		/* "(c) 2014 X", not a list item "(c) You must retain" */
		const char *y = s + (*s == '(' ? 4 : 2);
		while (*y == ' ')
			y++;
		if (!isdigit((unsigned char)*y))
			return NULL;
	} else {
		return NULL;
	}
	for (;;) {
		while (*s == ' ' || *s == ':' || *s == ',')
			s++;
		if (strncasecmp(s, "(c)", 3) == 0)
			s += 3, marked = 1;
		else if (strncmp(s, "\xc2\xa9", 2) == 0)
			s += 2, marked = 1;
		else
			break;
	}
	if (!*s || strchr("[<{", *s))
		return NULL;   /* a template: "[yyyy] [name of copyright owner]" */
	/* prose that says the word: "Copyright notice", "Copyright License" */
	static const char *const prose[] = {"notice", "license", "licence", "holder", "owner", "and ", "law",
					    "statement", "the ", "to ", "of ", "for ", "is ", "protection", "yyyy"};
	for (size_t i = 0; i < sizeof prose / sizeof prose[0]; i++)
		if (strncasecmp(s, prose[i], strlen(prose[i])) == 0)
			return NULL;
	if (!marked && !isdigit((unsigned char)*s) && !isupper((unsigned char)*s))
		return NULL;
	size_t n = strlen(s);
	static const char *const tails[] = {"All rights reserved.", "All Rights Reserved.", "All rights reserved"};
	for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++) {
		size_t k = strlen(tails[i]);
		if (n >= k && strcmp(s + n - k, tails[i]) == 0)
			n -= k;
	}
	while (n && strchr(" ,.;", s[n - 1]))
		n--;
	if (!n)
		return NULL;
	if (n > 200)
		n = 200;
	while (n && ((unsigned char)s[n] & 0xC0) == 0x80)   /* never split a character */
		n--;
	return xstrndup(s, n);
}

/* the text after "PATH\t" */
static const char *text_of(const char *file)
{
	const char *t = strchr(file, '\t');
	return t ? t + 1 : "";
}

void copyright_holders(const struct strv *files, struct strv *out)
{
	for (size_t f = 0; f < files->n; f++) {
		const char *s = text_of(files->v[f]);
		/* a GPL-family text carries the FSF's notice for the license itself */
		int fsf_text = strstr(s, "Everyone is permitted to copy and distribute verbatim copies") != NULL;
		while (*s) {
			size_t n = strcspn(s, "\n");
			char *line = clean_line(s, n);
			char *h = holder_of(line);
			if (h && fsf_text && strstr(h, "Free Software Foundation")) {
				free(h);
				h = NULL;
			}
			if (h && !strv_has(out, h) && out->n < COPYRIGHT_MAX_HOLDERS)
				strv_push(out, h);
			else
				free(h);
			free(line);
			s += n;
			if (*s)
				s++;
		}
	}
}

/* letters and digits of t, lower case, one space between words */
static char *words(const char *t)
{
	struct buf b = {0};
	buf_adds(&b, "");
	int gap = 0;
	for (; *t; t++) {
		if (isalnum((unsigned char)*t) || *t == '/' || *t == '.') {
			if (gap && b.len)
				buf_addc(&b, ' ');
			gap = 0;
			buf_addc(&b, (char)tolower((unsigned char)*t));
		} else {
			gap = 1;
		}
	}
	return buf_steal(&b);
}

const char *copyright_classify(const char *text)
{
	static const struct {
		const char *id, *has, *also, *lacks;
	} rules[] = {
		{"Expat", "permission is hereby granted free of charge to any person obtaining a copy",
		 "the above copyright notice and this permission notice shall be included", NULL},
		{"MIT-0", "permission is hereby granted free of charge to any person obtaining a copy", NULL,
		 "shall be included"},
		{"ISC", "with or without fee is hereby granted provided that the above copyright notice", NULL, NULL},
		{"0BSD", "with or without fee is hereby granted", NULL, "provided that"},
		{"BSD-3-clause", "redistribution and use in source and binary forms", "neither the name",
		 "all advertising materials"},
		{"BSD-2-clause", "redistribution and use in source and binary forms", NULL, "neither the name"},
		{"Apache-2.0", "apache license", "version 2.0", NULL},
		{"MPL-2.0", "mozilla public license", "2.0", NULL},
		{"LGPL-2.1", "gnu lesser general public license", "version 2.1", NULL},
		{"LGPL-3", "gnu lesser general public license", "version 3", NULL},
		{"GPL-3", "gnu general public license", "version 3", "lesser"},
		{"GPL-2", "gnu general public license", "version 2", "lesser"},
		{"Zlib", "this software is provided as is without any express or implied",
		 "altered source versions must be plainly marked", NULL},
		{"Unlicense", "this is free and unencumbered software released into the public domain", NULL, NULL},
	};
	char *w = words(text);
	const char *id = NULL;
	for (size_t i = 0; i < sizeof rules / sizeof rules[0] && !id; i++)
		if (strstr(w, rules[i].has) && (!rules[i].also || strstr(w, rules[i].also)) &&
		    (!rules[i].lacks || !strstr(w, rules[i].lacks)))
			id = rules[i].id;
	free(w);
	return id;
}

/* a line the paragraph drops at the top: empty, a title, a holder */
static int heading(const char *line)
{
	if (!*line)
		return 1;
	char *h = holder_of(line);
	if (h) {
		free(h);
		return 1;
	}
	const char *s = line;
	while (*s == ' ' || *s == '(')
		s++;
	if (strncasecmp(s, "All rights reserved", 19) == 0)
		return 1;
	static const char *const titles[] = {"The MIT License", "MIT License", "The ISC License", "ISC License",
					     "The BSD", "BSD ", "The Zlib", "zlib License", "MIT No Attribution",
					     "MIT-0", "(The MIT License)", "Zero-Clause BSD", "BSD Zero Clause"};
	for (size_t i = 0; i < sizeof titles / sizeof titles[0]; i++)
		if (strncasecmp(s, titles[i], strlen(titles[i])) == 0 && strlen(s) < 60)
			return 1;
	return 0;
}

char *copyright_para(const char *text)
{
	struct buf b = {0};
	buf_adds(&b, "");
	int top = 1, blanks = 0;
	const char *s = text;
	while (*s) {
		size_t n = strcspn(s, "\n");
		if (n && s[n - 1] == '\r')
			n--;
		char *line = clean_line(s, n);
		s += strcspn(s, "\n");
		if (*s)
			s++;
		if (top && heading(line)) {
			free(line);
			continue;
		}
		top = 0;
		if (!*line || strcmp(line, " ") == 0) {
			blanks++;
		} else {
			if (blanks && b.len)
				buf_adds(&b, " .\n");
			blanks = 0;
			/* a line that is only "." would read as an empty one */
			buf_printf(&b, " %s%s\n", line, strcmp(line, ".") == 0 ? "." : "");
		}
		free(line);
	}
	return buf_steal(&b);
}

const char *copyright_file_for(const struct strv *fs, const char *deb_id, size_t nids)
{
	const char *unknown = NULL;
	size_t nunknown = 0;
	for (size_t i = 0; i < fs->n; i++) {
		const char *id = copyright_classify(text_of(fs->v[i]));
		if (id && strcmp(id, deb_id) == 0)
			return text_of(fs->v[i]);
		if (!id) {
			unknown = text_of(fs->v[i]);
			nunknown++;
		}
	}
	return nids == 1 && nunknown == 1 ? unknown : NULL;
}
