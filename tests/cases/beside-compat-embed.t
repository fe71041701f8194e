# A compat npm major for Debian is embedded in the package that needs it,
# the Debian JavaScript team's way (docs/compat.md): wrap-ansi 7 needs
# ansi-styles ^4 where the distribution has 6.2.1, so node-wrap-ansi
# carries ansi-styles 4.3.0 as a pkg-js-tools component (installed under
# /usr/share/nodejs/wrap-ansi/node_modules), with "+~4.3.0" in its
# version, and no node-ansi-styles4 package declares Conflicts with
# Debian's node-ansi-styles; ansi-styles' own dependency (color-convert)
# joins node-wrap-ansi's, its own on ansi-styles goes; the source package
# passes dpkg-source -b with its component tarball and lintian
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS import npm:wrap-ansi@7.0.0 --recursive -t debian --distro-index $TOP/tests/distro/plan/Packages.gz -o $OUT --registry $REG
@STDOUT-HAS /node-wrap-ansi (embeds ansi-styles 4.3.0)
@STDOUT-HAS debian: ansi-styles 4.3.0 -> embedded in the packages needing it (compat)
@FILE-HAS node-wrap-ansi/debian/changelog node-wrap-ansi (7.0.0+~4.3.0-1) unstable
@FILE-HAS node-wrap-ansi/debian/control #   ansi-styles 4.3.0 (component ansi-styles)
@FILE-HAS node-wrap-ansi/debian/control          node-color-convert (>= 2.0.1), node-color-convert (<< 3.0.0~)
@FILE-LACKS node-wrap-ansi/debian/control node-ansi-styles (
@FILE-LACKS node-wrap-ansi/debian/control Conflicts:
@FILE-HAS node-wrap-ansi/debian/nodejs/additional_components ansi-styles
@FILE-HAS node-wrap-ansi/debian/copyright Files: ansi-styles/*
@SH test ! -e $OUT/node-ansi-styles4 && test ! -e $OUT/node-ansi-styles
@SH cmp $OUT/node-wrap-ansi_7.0.0+~4.3.0.orig-ansi-styles.tar.gz $TOP/tests/registry/npm/-/ansi-styles-4.3.0.tgz
@SH cmp $OUT/node-wrap-ansi_7.0.0+~4.3.0.orig.tar.gz $TOP/tests/registry/npm/-/wrap-ansi-7.0.0.tgz
@SH $TOP/tests/pkgcheck.sh $TOOLS $OUT node-wrap-ansi
