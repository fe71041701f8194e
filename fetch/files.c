/* Filesystem helpers (files.h). */
#include "files.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../core/util.h"

int files_mkdirs(const char *path, mode_t mode)
{
	return files_mkdirs_made(path, mode, NULL);
}

int files_mkdirs_made(const char *path, mode_t mode, char **made)
{
	char *p = xstrdup(path);
	if (made)
		*made = NULL;
	for (char *s = p + 1;; s++) {
		if (*s && *s != '/')
			continue;
		char c = *s;
		*s = 0;
		if (mkdir(p, mode) == 0) {
			if (made && !*made)
				*made = xstrdup(p);
		} else if (errno != EEXIST) {
			free(p);
			return -1;
		}
		*s = c;
		if (!c)
			break;
	}
	free(p);
	return 0;
}

void files_unmake(const char *path, const char *made)
{
	if (!made)
		return;
	size_t n = strlen(made);
	if (strncmp(path, made, n) != 0 || (path[n] && path[n] != '/'))
		return;
	char *p = xstrdup(path);
	for (;;) {
		if (rmdir(p) != 0 || strlen(p) <= n)
			break;
		*strrchr(p, '/') = 0;
	}
	free(p);
}

char *files_cache_dir(const char *sub)
{
	const char *x = getenv("XDG_CACHE_HOME"), *h = getenv("HOME");
	if (x && *x)
		return xasprintf("%s/ferry/%s", x, sub);
	if (h && *h)
		return xasprintf("%s/.cache/ferry/%s", h, sub);
	return NULL;
}

void files_remove_tree(const char *path)
{
	struct stat st;
	if (lstat(path, &st) != 0)
		return;
	if (!S_ISDIR(st.st_mode)) {
		unlink(path);
		return;
	}
	DIR *d = opendir(path);
	if (d) {
		struct dirent *de;
		while ((de = readdir(d))) {
			if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
				continue;
			char *sub = xasprintf("%s/%s", path, de->d_name);
			files_remove_tree(sub);
			free(sub);
		}
		closedir(d);
	}
	rmdir(path);
}
