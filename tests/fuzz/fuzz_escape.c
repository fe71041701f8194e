/* The escapers (core/escape.h) and what they promise: one line stays one
 * line, no '%' starts an RPM macro, Debian text lines start with a blank.
 * Input: byte 0 picks a width, the rest is the text. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "../../core/escape.h"

static void one_line(const char *out, const char *in)
{
	if (strchr(out, '\n') || strchr(out, '\r'))
		fuzz_fail("an escaped line holds a line break", in);
}

static void no_macro(const char *out, const char *in)
{
	for (const char *c = out; *c; c++)
		if (*c == '%') {
			if (c[1] != '%')
				fuzz_fail("an RPM escape leaves a lone '%'", in);
			c++;
		}
}

static void deb_text(const char *out, const char *in)
{
	for (const char *l = out; *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : l + strlen(l))
		if (*l != ' ' && *l != '\n')
			fuzz_fail("a Debian text line does not start with a blank", in);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	size_t width = data[0] % 100 + 1;
	char *s = fuzz_str(data + 1, size - 1);
	char *r;
	one_line(r = esc_rpm_line(s), s), no_macro(r, s), free(r);
	no_macro(r = esc_rpm_text(s, width), s), free(r);
	one_line(r = esc_deb_line(s), s);
	if (strstr(r, "${"))
		fuzz_fail("a Debian line keeps a substitution variable", s);
	free(r);
	deb_text(r = esc_deb_text(s, width), s), free(r);
	r = summary_of(s, width, "fallback");
	if (strlen(r) > width && strcmp(r, "fallback") != 0)
		fuzz_fail("a summary longer than asked", s);
	free(r);
	free(s);
	return 0;
}
