# registry fault: HTTP 404, on the artifact its document names (a broken registry, not a package it lacks):
# exit 4, one line naming the URL, nothing written, nothing cached
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS import crate:itoa -t fedora -t debian -o $OUT --registry ${HTTP}status404-art/crates/
@EXIT 4
@STDERR-LINES 1
@STDERR-HAS HTTP 404
@SH grep -qF "${HTTP}status404-art/crates/crates/itoa/itoa-1.0.1.crate: " $TMP/stderr
@NO-OUTPUT
@SH test -z "$(ls -A $TMP/cache/ferry/http 2>/dev/null)"
