# registry fault: a body shorter than its Content-Length, then the connection closed, on its artifact:
# exit 4, one line naming the URL, nothing written, nothing cached
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS import crate:itoa -t fedora -t debian -o $OUT --registry ${HTTP}truncate-art/crates/
@EXIT 4
@STDERR-LINES 1
@STDERR-HAS bytes remaining to read
@SH grep -qF "${HTTP}truncate-art/crates/crates/itoa/itoa-1.0.1.crate: " $TMP/stderr
@NO-OUTPUT
@SH test -z "$(ls -A $TMP/cache/ferry/http 2>/dev/null)"
