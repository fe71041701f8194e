#include "date.h"
#include "util.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *wday[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};
static const char *mon[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
			    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant). */
static long long days_from_civil(long long y, unsigned m, unsigned d)
{
	y -= m <= 2;
	long long era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long long)doe - 719468;
}

static void civil_from_days(long long z, int *y, unsigned *m, unsigned *d)
{
	z += 719468;
	long long era = (z >= 0 ? z : z - 146096) / 146097;
	unsigned doe = (unsigned)(z - era * 146097);
	unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long long yy = (long long)yoe + era * 400;
	unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	unsigned mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = (int)(yy + (*m <= 2));
}

static int digits(const char *s, int n, int *out)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

long long date_parse_iso(const char *s)
{
	int Y, M, D, h = 0, mi = 0, se = 0;
	if (!s || strlen(s) < 10 || digits(s, 4, &Y) || s[4] != '-' || digits(s + 5, 2, &M) ||
	    s[7] != '-' || digits(s + 8, 2, &D))
		return -1;
	const char *p = s + 10;
	if (*p == 'T' || *p == ' ') {
		if (digits(p + 1, 2, &h) || p[3] != ':' || digits(p + 4, 2, &mi))
			return -1;
		p += 6;
		if (*p == ':') {
			if (digits(p + 1, 2, &se))
				return -1;
			p += 3;
		}
		if (*p == '.')
			for (p++; isdigit((unsigned char)*p); p++)
				;
	}
	long long off = 0;
	if (*p == '+' || *p == '-') {
		int oh, om;
		if (digits(p + 1, 2, &oh) || p[3] != ':' || digits(p + 4, 2, &om) || oh > 23 || om > 59)
			return -1;
		off = (oh * 60 + om) * 60 * (*p == '+' ? 1 : -1);
		p += 6;
	} else if (*p == 'Z') {
		p++;
	}
	if (*p || M < 1 || M > 12 || D < 1 || D > 31 || h > 23 || mi > 59 || se > 60)
		return -1;
	long long t = days_from_civil(Y, (unsigned)M, (unsigned)D) * 86400 + h * 3600 + mi * 60 + se - off;
	return t > DATE_MAX ? -1 : t;
}

long long date_choose(const char *sde, const char *iso, int *bad)
{
	*bad = 0;
	if (sde && *sde) {
		char *end;
		long long v = strtoll(sde, &end, 10);
		if (*end || v < 0 || v > DATE_MAX) {
			*bad = 1;
			return -1;
		}
		return v;
	}
	return date_parse_iso(iso);
}

static void split(long long t, int *y, unsigned *m, unsigned *d, long long *sod, int *wd)
{
	long long days = t / 86400;
	*sod = t % 86400;
	if (*sod < 0) {
		*sod += 86400;
		days--;
	}
	civil_from_days(days, y, m, d);
	*wd = (int)(((days % 7) + 7) % 7);
}

void date_rpm(long long t, char *out, size_t n)
{
	int y, wd;
	unsigned m, d;
	long long sod;
	split(t, &y, &m, &d, &sod, &wd);
	snprintf(out, n, "%s %s %02u %04d", wday[wd], mon[m - 1], d, y);
}

void date_deb(long long t, char *out, size_t n)
{
	int y, wd;
	unsigned m, d;
	long long sod;
	split(t, &y, &m, &d, &sod, &wd);
	snprintf(out, n, "%s, %02u %s %04d %02lld:%02lld:%02lld +0000", wday[wd], d, mon[m - 1], y,
		 sod / 3600, sod / 60 % 60, sod % 60);
}

int date_year(long long t)
{
	int y, wd;
	unsigned m, d;
	long long sod;
	split(t, &y, &m, &d, &sod, &wd);
	return y;
}

char *date_iso(long long t)
{
	int y, wd;
	unsigned m, d;
	long long sod;
	split(t, &y, &m, &d, &sod, &wd);
	return xasprintf("%04d-%02u-%02uT%02lld:%02lld:%02lldZ", y, m, d, sod / 3600, sod / 60 % 60, sod % 60);
}

static int month_of(const char *s)
{
	for (int i = 0; i < 12; i++)
		if (strncmp(s, mon[i], 3) == 0)
			return i + 1;
	return 0;
}

long long date_parse_deb(const char *s)
{
	/* "Tue, 14 Nov 2023 22:13:20 +0000": the weekday is not checked */
	int D, Y, h, mi, se, oh, om;
	if (!s || strlen(s) < 31 || s[3] != ',' || s[4] != ' ' || digits(s + 5, 2, &D) || s[7] != ' ')
		return -1;
	int M = month_of(s + 8);
	if (!M || s[11] != ' ' || digits(s + 12, 4, &Y) || s[16] != ' ' || digits(s + 17, 2, &h) || s[19] != ':' ||
	    digits(s + 20, 2, &mi) || s[22] != ':' || digits(s + 23, 2, &se) || s[25] != ' ' ||
	    (s[26] != '+' && s[26] != '-') || digits(s + 27, 2, &oh) || digits(s + 29, 2, &om))
		return -1;
	if (D < 1 || D > 31 || h > 23 || mi > 59 || se > 60 || oh > 23 || om > 59)
		return -1;
	long long off = (oh * 60 + om) * 60 * (s[26] == '+' ? 1 : -1);
	long long t = days_from_civil(Y, (unsigned)M, (unsigned)D) * 86400 + h * 3600 + mi * 60 + se - off;
	return t < 0 || t > DATE_MAX ? -1 : t;
}

long long date_parse_rpm(const char *s)
{
	/* "Tue Nov 14 2023": the day's start, UTC */
	int D, Y;
	if (!s || strlen(s) < 15 || s[3] != ' ' || s[7] != ' ' || s[10] != ' ')
		return -1;
	int M = month_of(s + 4);
	if (!M || (s[8] == ' ' ? digits(s + 9, 1, &D) : digits(s + 8, 2, &D)) || digits(s + 11, 4, &Y) || D < 1 ||
	    D > 31)
		return -1;
	long long t = days_from_civil(Y, (unsigned)M, (unsigned)D) * 86400;
	return t < 0 || t > DATE_MAX ? -1 : t;
}
