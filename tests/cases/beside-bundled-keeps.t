# An update keeps what the package it moves on from provides besides its
# own name (as bookworm's node-send Provides node-destroy (= 1.2.0)): here
# node-string-width 4.0.0-1 carries strip-ansi 6.0.1, so the update
# carries strip-ansi 6.0.1 as a pkg-js-tools component at the root
# (debian/nodejs/root_modules, Provides: ${nodejs:Provides}, "+~6.0.1"),
# drops its own dependency on it, and says which provide it cannot keep
# (@types/string-width is not in the registry)
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS import npm:wrap-ansi@7.0.0 --recursive -t debian --distro-index $TOP/tests/distro/beside/Packages-keeps -o $OUT --registry $REG
@STDOUT-HAS /node-string-width (embeds strip-ansi 6.0.1)
@FILE-HAS plan-debian.json "name": "node-strip-ansi",
@FILE-HAS node-string-width/debian/changelog node-string-width (4.2.3+~6.0.1-1) unstable
@FILE-HAS node-string-width/debian/nodejs/root_modules strip-ansi
@FILE-HAS node-string-width/debian/control Provides: ${nodejs:Provides}
@FILE-HAS node-string-width/debian/control #   node-types-string-width (= 4.0.1)
@FILE-HAS node-string-width/debian/control #   strip-ansi 6.0.1 (component strip-ansi, at the root)
@FILE-HAS node-string-width/debian/control          node-ansi-regex (>= 5.0.1), node-ansi-regex (<< 6.0.0~)
@FILE-LACKS node-string-width/debian/control node-strip-ansi (>=
@SH cmp $OUT/node-string-width_4.2.3+~6.0.1.orig-strip-ansi.tar.gz $TOP/tests/registry/npm/-/strip-ansi-6.0.1.tgz
@SH $TOP/tests/pkgcheck.sh $TOOLS $OUT node-string-width
