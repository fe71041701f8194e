# --recursive: every package the plan says to build, at the version it
# chose, and the plan itself, written together; ansi-styles 4.3.0 is
# compat beside Debian's node-ansi-styles 6.x: it takes the compat name
# (core/naming.h), provides node-ansi-styles at its own version for
# wrap-ansi, and conflicts with the package whose files it shares
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS import npm:wrap-ansi@7.0.0 --recursive -t debian --distro-index $TOP/tests/distro/plan/Packages.gz -o $OUT --registry $REG
@STDOUT-HAS debian: wrap-ansi 7.0.0 ->
@STDOUT-HAS debian: ansi-styles 4.3.0 ->
@STDOUT-HAS /node-ansi-styles4 (compat)
@STDOUT-HAS debian: string-width 4.2.3 ->
@FILE-HAS node-string-width/debian/changelog node-string-width (4.2.3-1)
@FILE-HAS plan-debian.json "status": "compat",
@FILE-HAS node-ansi-styles4/debian/control Source: node-ansi-styles4
@FILE-HAS node-ansi-styles4/debian/control Package: node-ansi-styles4
@FILE-HAS node-ansi-styles4/debian/control Provides: node-ansi-styles (= 4.3.0)
@FILE-HAS node-ansi-styles4/debian/control Conflicts: node-ansi-styles
@FILE-HAS node-ansi-styles4/debian/changelog node-ansi-styles4 (4.3.0-1)
@FILE-HAS node-ansi-styles4/debian/tests/control require("ansi-styles")
@FILE-HAS node-wrap-ansi/debian/control node-ansi-styles (>= 4.0.0), node-ansi-styles (<< 5.0.0~)
@SH test -f $OUT/node-ansi-styles4_4.3.0.orig.tar.gz && test ! -e $OUT/node-ansi-styles && test ! -e $OUT/node-strip-ansi
