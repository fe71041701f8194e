# registry fault in a plan: a connection reset half way through the body, on the root's registry document:
# exit 4 with its URL
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS plan crate:itoa --target debian --distro-index $TOP/tests/distro/plan/Packages.gz --registry ${HTTP}reset/crates/
@EXIT 4
@STDERR-LINES 1
@STDERR-HAS Connection reset by peer
@SH grep -qF "${HTTP}reset/crates/it/oa/itoa: " $TMP/stderr
@SH test ! -s $TMP/stdout
