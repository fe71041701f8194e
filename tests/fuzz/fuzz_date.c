/* Registry timestamps, SOURCE_DATE_EPOCH and changelog dates (core/date.h),
 * and every spelling of the time they give, read back.  Input: the text. */
#include <stdlib.h>

#include "fuzz.h"
#include "../../core/date.h"

static void spell(long long t, const char *in)
{
	char rpm[64], deb[64];
	date_rpm(t, rpm, sizeof rpm);
	date_deb(t, deb, sizeof deb);
	if (date_parse_deb(deb) != t)
		fuzz_fail("date_deb does not parse back to the same time", in);
	if (date_parse_rpm(rpm) != t - t % 86400)
		fuzz_fail("date_rpm does not parse back to the same day", in);
	date_year(t);
	char *iso = date_iso(t);
	if (!iso || date_parse_iso(iso) != t)
		fuzz_fail("date_iso does not parse back to the same time", in);
	free(iso);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_str(data, size);
	long long t = date_parse_iso(s);
	if (t >= 0)
		spell(t, s);
	/* changelogs read back (ferry update) */
	t = date_parse_deb(s);
	if (t >= 0)
		spell(t, s);
	t = date_parse_rpm(s);
	if (t >= 0)
		spell(t, s);
	int bad = 0;
	t = date_choose(s, NULL, &bad);
	if (!bad && t >= 0)
		spell(t, s);
	free(s);
	return 0;
}
