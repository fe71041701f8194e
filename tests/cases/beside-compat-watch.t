# With an http(s) registry, the embedded compat major is a debian/watch
# component held to its major (uscan's group mode, ctype=nodejs), so uscan
# never moves it to the distribution's newer major; the main line is
# grouped with it
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS import npm:wrap-ansi@7.0.0 --recursive -t debian --distro-index $TOP/tests/distro/plan/Packages.gz -o $OUT --registry $HTTP
@STDOUT-HAS (embeds ansi-styles 4.3.0)
@FILE-HAS node-wrap-ansi/debian/watch /wrap-ansi/-/wrap-ansi-(\d[\d\.]*)@ARCHIVE_EXT@ group
@FILE-HAS node-wrap-ansi/debian/watch opts="searchmode=plain,pgpmode=none,ctype=nodejs,component=ansi-styles" \
@FILE-HAS node-wrap-ansi/debian/watch /ansi-styles/-/ansi-styles-(4\.[\d\.]*)@ARCHIVE_EXT@ group
@SH test ! -e $OUT/node-wrap-ansi/debian/nodejs/additional_components
