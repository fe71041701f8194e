/* The file classifiers review's delta, rules and cost share: text or
 * not, executable formats, code, build output (review.h).  They call
 * nothing else of review/, so the delta and the rules both call down. */
#include <stdlib.h>
#include <string.h>

#include "review.h"
#include "../core/util.h"

int file_is_text(const char *data, size_t len)
{
	size_t n = len < 8192 ? len : 8192;
	return memchr(data, 0, n) == NULL;
}

const char *file_basename(const char *path)
{
	const char *s = strrchr(path, '/');
	return s ? s + 1 : path;
}

int file_is_code(const struct pkgfile *f)
{
	static const char *const ext[] = {".js", ".mjs", ".cjs", ".ts", ".jsx", ".py", ".rs", ".sh", ".pl", ".rb",
					  ".php", ".ps1", ".bat", ".cmd", ".c", ".h", ".cc", ".cpp", ".go", ".vbs"};
	for (size_t i = 0; i < sizeof ext / sizeof ext[0]; i++)
		if (str_endswith(f->path, ext[i]))
			return 1;
	return f->data && f->len > 2 && f->data[0] == '#' && f->data[1] == '!';
}

/* build output: where long lines are expected.  A minified file counts as
 * one when it sits in a build folder, or beside the source it was built
 * from (a sibling without ".min" at least half its size): a package whose
 * only code is minified hides it. */
int file_is_build_output(const struct pkgfiles *files, const struct pkgfile *f)
{
	const char *path = f->path;
	static const char *const seg[] = {"dist/", "build/", "umd/", "bundle/", "bundles/", "min/", "out/", "browser/", "cjs/", "esm/"};
	for (size_t i = 0; i < sizeof seg / sizeof seg[0]; i++)
	{
		const char *hit = strstr(path, seg[i]);
		if (str_startswith(path, seg[i]) || (hit && hit > path && hit[-1] == '/'))
			return 1;
	}
	const char *b = file_basename(path);
	if (str_endswith(b, ".map"))
		return 1;
	static const char *const marks[] = {".min.", "-min.", ".bundle.", ".umd.", ".production."};
	for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
		const char *m = strstr(path, marks[i]);
		if (!m || m < b)
			continue;
		char *src = xasprintf("%.*s%s", (int)(m - path), path, m + strlen(marks[i]) - 1);
		const struct pkgfile *s = pkgfiles_find(files, src);
		free(src);
		if (s && s->size * 2 >= f->size)
			return 1;
	}
	return 0;
}

const char *file_binary_kind(const char *d, size_t n)
{
	const unsigned char *u = (const unsigned char *)d;
	if (n >= 4 && memcmp(d, "\177ELF", 4) == 0)
		return "ELF";
	if (n >= 64 && d[0] == 'M' && d[1] == 'Z') {
		unsigned long off = u[60] | (unsigned long)u[61] << 8 | (unsigned long)u[62] << 16 | (unsigned long)u[63] << 24;
		if (off + 4 <= n && memcmp(d + off, "PE\0\0", 4) == 0)
			return "PE";
	}
	if (n >= 8) {
		unsigned long be = (unsigned long)u[0] << 24 | (unsigned long)u[1] << 16 | (unsigned long)u[2] << 8 | u[3];
		unsigned long next = (unsigned long)u[4] << 24 | (unsigned long)u[5] << 16 | (unsigned long)u[6] << 8 | u[7];
		if (be == 0xfeedface || be == 0xfeedfacf || be == 0xcefaedfe || be == 0xcffaedfe)
			return "Mach-O";
		if (be == 0xcafebabe && next > 0 && next < 30)   /* Java classes say >= 45 here */
			return "Mach-O";
	}
	return NULL;
}
