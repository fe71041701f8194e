# --recursive: every package the plan says to build, at the version it
# chose, and the plan itself, written together
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS import npm:wrap-ansi@7.0.0 --recursive -t debian --distro-index $TOP/tests/distro/plan/Packages.gz -o $OUT --registry $REG
@STDOUT-HAS debian: wrap-ansi 7.0.0 ->
@STDOUT-HAS debian: ansi-styles 4.3.0 ->
@STDOUT-HAS debian: string-width 4.2.3 ->
@FILE-HAS node-string-width/debian/changelog node-string-width (4.2.3-1)
@FILE-HAS plan-debian.json "status": "compat",
@SH test ! -e $OUT/node-strip-ansi
