# An update continues the distribution's changelog when its source is at
# hand (--distro-source DIR: DIR/PACKAGE/debian/changelog, here a real
# excerpt of Debian's node-string-width changelog, 4.2.0-1 and older): the
# new entry goes on top, moving on from the changelog's own top version,
# and Debian's entries follow unchanged; dpkg-parsechangelog reads the
# whole
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS import npm:wrap-ansi@7.0.0 --recursive -t debian --distro-index $TOP/tests/distro/plan/Packages.gz --distro-source $TOP/tests/distro/beside/source -o $OUT --registry $REG
@FILE-HAS node-string-width/debian/changelog   * Moves on from the distribution's node-string-width 4.2.0-1;
@FILE-LACKS node-string-width/debian/changelog Initial packaging
@FILE-LACKS node-wrap-ansi/debian/changelog Moves on
@SH test "$(head -1 $OUT/node-string-width/debian/changelog)" = 'node-string-width (4.2.3-1) unstable; urgency=medium'
@SH tail -n 47 $OUT/node-string-width/debian/changelog | cmp - $TOP/tests/distro/beside/source/node-string-width/debian/changelog
@SH test "$(dpkg-parsechangelog -l $OUT/node-string-width/debian/changelog --format rfc822 --all | grep '^Version' | tr '\n' ' ')" = 'Version: 4.2.3-1 Version: 4.2.0-1 Version: 2.1.1-1 Version: 2.0.0-1 '
