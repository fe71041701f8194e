# Build batches: dependencies first, packages of one batch in parallel
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/plan/Packages.gz" .
@ARGS plan npm:wrap-ansi@7.0.0 --target debian --distro-index Packages.gz --registry $REG --build-order
@STDOUT
1: ansi-styles@4.3.0 string-width@4.2.3
2: wrap-ansi@7.0.0
@END
