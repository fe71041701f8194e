/* escape.h: registry text made safe for the files ferry writes.
 *
 * Every string from a registry or an archive passes through one of these
 * before it reaches a spec or a control file.  RPM: '%' never starts a
 * macro ("%%"), nothing starts a new tag line.  Debian: nothing starts a
 * new field, "${" never forms a substitution variable, blank lines in long
 * descriptions become " .".  Control characters are dropped everywhere.
 * All return new strings owned by the caller. */
#ifndef FERRY_ESCAPE_H
#define FERRY_ESCAPE_H

#include <stddef.h>

/* One line, blanks collapsed, '%' doubled. */
char *esc_rpm_line(const char *s);
/* Paragraphs wrapped at `width`, '%' doubled; "" stays "". */
char *esc_rpm_text(const char *s, size_t width);
/* One line for a Debian field or changelog. */
char *esc_deb_line(const char *s);
/* Extended description / license text: every line starts with one blank,
 * blank lines are " .", wrapped at `width`. */
char *esc_deb_text(const char *s, size_t width);
/* A changelog item: one line (as esc_*_line) wrapped at width, each line
 * after the first starting with indent, no final newline. */
char *esc_rpm_item(const char *s, size_t width, const char *indent);
char *esc_deb_item(const char *s, size_t width, const char *indent);
/* A summary: the first sentence of the description, one line, at most
 * `max` bytes, first letter capitalised, no final dot; `fallback` if empty.
 * Not escaped: pass the result through one of the above. */
char *summary_of(const char *desc, size_t max, const char *fallback);

#endif
