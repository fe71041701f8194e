# registry fault: HTTP 500, on its registry document:
# exit 4, one line naming the URL, nothing written, nothing cached
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS import crate:itoa -t fedora -t debian -o $OUT --registry ${HTTP}status500/crates/
@EXIT 4
@STDERR-LINES 1
@STDERR-HAS HTTP 500
@SH grep -qF "${HTTP}status500/crates/it/oa/itoa: " $TMP/stderr
@NO-OUTPUT
@SH test -z "$(ls -A $TMP/cache/ferry/http 2>/dev/null)"
