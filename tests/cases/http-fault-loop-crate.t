# registry fault: a redirect to itself, past the limit of 5 redirects, on its registry document:
# exit 4, one line naming the URL, nothing written, nothing cached
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS import crate:itoa -t fedora -t debian -o $OUT --registry ${HTTP}loop/crates/
@EXIT 4
@STDERR-LINES 1
@STDERR-HAS Maximum (5) redirects followed
@SH grep -qF "${HTTP}loop/crates/it/oa/itoa: " $TMP/stderr
@NO-OUTPUT
@SH test -z "$(ls -A $TMP/cache/ferry/http 2>/dev/null)"
