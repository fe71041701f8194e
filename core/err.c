#include "err.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const struct {
	const char *name;
	int exit_code;
} kinds[] = {
	[FERR_NONE] = {"ok", 0},
	[FERR_USAGE] = {"usage", 2},
	[FERR_INPUT] = {"input rejected", 3},
	[FERR_INTEGRITY] = {"integrity", 3},
	[FERR_NET] = {"network", 4},
	[FERR_IO] = {"i/o", 4},
	[FERR_CONFIG] = {"configuration", 2},
	[FERR_FOUND] = {"problems found", 1},
	[FERR_MISSING] = {"not found", 3},
};

int ferr_set(struct ferr *e, enum ferr_kind kind, const char *fmt, ...)
{
	if (!e || e->kind != FERR_NONE)
		return -1;
	e->kind = kind;
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(e->msg, sizeof e->msg, fmt, ap);
	va_end(ap);
	if (n >= (int)sizeof e->msg)
		memcpy(e->msg + sizeof e->msg - 4, "...", 4);
	/* one line, always: a registry's bytes may end up in here */
	for (char *p = e->msg; *p; p++)
		if (*p == '\n' || *p == '\r' || (unsigned char)*p < 0x20)
			*p = ' ';
	return -1;
}

void ferr_clear(struct ferr *e)
{
	e->kind = FERR_NONE;
	e->msg[0] = 0;
}

const char *ferr_kind_str(enum ferr_kind kind)
{
	return kinds[kind].name;
}

int ferr_exit_code(enum ferr_kind kind)
{
	return kinds[kind].exit_code;
}
