/* date.h: the one timestamp generated files carry, and its spellings.
 * No clock is read: the time comes from SOURCE_DATE_EPOCH or the
 * registry's publish time, so output is reproducible. */
#ifndef FERRY_DATE_H
#define FERRY_DATE_H

#include <stddef.h>

/* The latest time ferry writes: 9999-12-31T23:59:59Z, as changelogs and
 * copyright years have four digits. */
#define DATE_MAX 253402300799LL

/* Seconds since 1970 from "2018-04-09T01:58:21.016Z"-style ISO 8601 (UTC
 * or with an offset of at most 23:59); -1 if it is not one or lies past
 * DATE_MAX. */
long long date_parse_iso(const char *s);
/* SOURCE_DATE_EPOCH if set and valid, 0 to DATE_MAX (else -1 with *bad
 * set), else iso. */
long long date_choose(const char *sde, const char *iso, int *bad);
/* "Mon Apr 09 2018" for RPM changelogs (C locale, UTC). */
void date_rpm(long long t, char *out, size_t n);
/* "Mon, 09 Apr 2018 01:58:21 +0000" for Debian changelogs. */
void date_deb(long long t, char *out, size_t n);
int date_year(long long t);
/* The two spellings read back ("Tue, 14 Nov 2023 22:13:20 +0000"; "Tue Nov
 * 14 2023", the day's start): seconds, or -1 if s does not start with one. */
long long date_parse_deb(const char *s);
long long date_parse_rpm(const char *s);
/* "2023-11-14T22:13:20Z" (caller frees). */
char *date_iso(long long t);

#endif
