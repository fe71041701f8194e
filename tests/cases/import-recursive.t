# --recursive: every package the plan says to build, at the version it
# chose, and the plan itself, written together; ansi-styles 4.3.0 is
# compat beside Debian's node-ansi-styles 6.x: for Debian it is embedded
# in wrap-ansi, its dependent, as a pkg-js-tools component
# (docs/compat.md), so no package of its own shares node-ansi-styles'
# files or conflicts with it
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS import npm:wrap-ansi@7.0.0 --recursive -t debian --distro-index $TOP/tests/distro/plan/Packages.gz -o $OUT --registry $REG
@STDOUT-HAS debian: wrap-ansi 7.0.0 ->
@STDOUT-HAS debian: ansi-styles 4.3.0 -> embedded in the packages needing it (compat)
@STDOUT-HAS debian: string-width 4.2.3 ->
@FILE-HAS node-string-width/debian/changelog node-string-width (4.2.3-1)
@FILE-HAS plan-debian.json "status": "compat",
@FILE-HAS node-wrap-ansi/debian/changelog node-wrap-ansi (7.0.0+~4.3.0-1)
@FILE-LACKS node-wrap-ansi/debian/control node-ansi-styles (>= 4.0.0)
@SH test -f $OUT/node-wrap-ansi_7.0.0+~4.3.0.orig-ansi-styles.tar.gz && test ! -e $OUT/node-ansi-styles4 && test ! -e $OUT/node-ansi-styles && test ! -e $OUT/node-strip-ansi
