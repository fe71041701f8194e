# An update keeps the distribution's epoch: Debian's node-string-width
# 1:4.0.0-1 moves on to 1:4.2.3-1, which dpkg orders after it
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE sed 's/^Version: 4.0.0-1$/Version: 1:4.0.0-1/' $TOP/tests/distro/plan/Packages > Packages && grep -q '^Version: 1:4.0.0-1$' Packages
@ARGS import npm:wrap-ansi@7.0.0 --recursive -t debian --distro-index $TMP/Packages -o $OUT --registry $REG
@FILE-HAS node-string-width/debian/changelog node-string-width (1:4.2.3-1) unstable; urgency=medium
@FILE-HAS node-string-width/debian/changelog   * Moves on from the distribution's node-string-width 1:4.0.0-1: the
@SH dpkg --compare-versions "$(dpkg-parsechangelog -l $OUT/node-string-width/debian/changelog -S Version)" gt 1:4.0.0-1
