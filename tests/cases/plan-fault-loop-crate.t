# registry fault in a plan: a redirect to itself, past the limit of 5 redirects, on the root's registry document:
# exit 4 with its URL
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS plan crate:itoa --target debian --distro-index $TOP/tests/distro/plan/Packages.gz --registry ${HTTP}loop/crates/
@EXIT 4
@STDERR-LINES 1
@STDERR-HAS Maximum (5) redirects followed
@SH grep -qF "${HTTP}loop/crates/it/oa/itoa: " $TMP/stderr
@SH test ! -s $TMP/stdout
