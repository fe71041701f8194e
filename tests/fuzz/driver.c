/* driver: LLVMFuzzerTestOneInput without libFuzzer, for the regression
 * corpus.  Each argument is a file or a folder (its files, in name order);
 * every file is fed once.  Prints "N inputs" and exits 0, or dies the way
 * the harness or a sanitizer makes it die; an input that runs longer than
 * FUZZ_INPUT_TIMEOUT seconds (default 60) is a hang: named, exit 3. */
#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fuzz.h"
#include "../../core/util.h"

static char current[4096];

static void hang(int sig)
{
	(void)sig;
	static const char msg[] = "driver: input runs past FUZZ_INPUT_TIMEOUT (a hang): ";
	if (write(2, msg, sizeof msg - 1) < 0 || write(2, current, strlen(current)) < 0 || write(2, "\n", 1) < 0)
		_exit(3);
	_exit(3);
}

static void run_file(const char *path, size_t *count)
{
	snprintf(current, sizeof current, "%s", path);
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		exit(2);
	}
	struct buf b = {0};
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&b, chunk, n);
	int bad = ferror(f);
	fclose(f);
	if (bad) {
		fprintf(stderr, "%s: read error\n", path);
		exit(2);
	}
	/* an exact-size copy, so ASan sees a read one past the end */
	uint8_t *data = xmalloc(b.len ? b.len : 1);
	if (b.len)
		memcpy(data, b.p, b.len);
	const char *limit = getenv("FUZZ_INPUT_TIMEOUT");
	alarm(limit && atoi(limit) > 0 ? (unsigned)atoi(limit) : 60);
	LLVMFuzzerTestOneInput(data, b.len);
	alarm(0);
	free(data);
	buf_free(&b);
	(*count)++;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void run_dir(const char *dir, size_t *count)
{
	DIR *d = opendir(dir);
	if (!d) {
		perror(dir);
		exit(2);
	}
	struct strv names = {0};
	struct dirent *de;
	while ((de = readdir(d)))
		if (de->d_name[0] != '.')
			strv_push(&names, xasprintf("%s/%s", dir, de->d_name));
	closedir(d);
	qsort(names.v, names.n, sizeof *names.v, by_name);
	for (size_t i = 0; i < names.n; i++)
		run_file(names.v[i], count);
	strv_free(&names);
}

int main(int argc, char **argv)
{
	size_t count = 0;
	struct sigaction sa = {0};
	sa.sa_handler = hang;
	sigaction(SIGALRM, &sa, NULL);
	for (int i = 1; i < argc; i++) {
		struct stat st;
		if (stat(argv[i], &st) != 0) {
			perror(argv[i]);
			return 2;
		}
		if (S_ISDIR(st.st_mode))
			run_dir(argv[i], &count);
		else
			run_file(argv[i], &count);
	}
	printf("%zu inputs\n", count);
	return 0;
}
