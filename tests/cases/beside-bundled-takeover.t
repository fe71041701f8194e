# An update of a name the distribution ships inside another package (here
# node-cliui Provides node-string-width (= 4.0.0), as bookworm's node-mime
# Provides node-mime-db): the plan says where it is bundled, and the new
# node-string-width takes over those files with Breaks and Replaces on
# node-cliui before its next upload (7.0.4+repack+~cs3.1.0-4 -> << -5~)
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS import npm:wrap-ansi@7.0.0 --recursive -t debian --distro-index $TOP/tests/distro/beside/Packages-bundled -o $OUT --registry $REG
@FILE-HAS plan-debian.json "bundled_in": "node-cliui",
@FILE-HAS plan-debian.json "bundle_version": "7.0.4+repack+~cs3.1.0-4"
@FILE-HAS node-string-width/debian/control Breaks: node-cliui (<< 7.0.4+repack+~cs3.1.0-5~)
@FILE-HAS node-string-width/debian/control Replaces: node-cliui (<< 7.0.4+repack+~cs3.1.0-5~)
@FILE-HAS node-string-width/debian/control # The distribution ships string-width inside node-cliui 7.0.4+repack+~cs3.1.0-4:
@FILE-LACKS node-string-width/debian/control node-cliui-extra
@FILE-LACKS node-wrap-ansi/debian/control Breaks:
@SH dpkg --compare-versions 7.0.4+repack+~cs3.1.0-4 lt 7.0.4+repack+~cs3.1.0-5~ && dpkg --compare-versions 7.0.4+repack+~cs3.1.0-5 ge 7.0.4+repack+~cs3.1.0-5~
@SH $TOP/tests/pkgcheck.sh $TOOLS $OUT node-string-width
