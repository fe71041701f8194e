# A compat PyPI project (tests/distro/plan/pypi): cpt-root needs
# cpt-base<2, both indexes ship 2.0.0.  Fedora python-cpt-base1 builds
# python3-cpt-base1, still python3dist(cpt-base) = 1; Debian
# python3-cpt-base1 provides python3-cpt-base (= 1.0.0) for cpt-root.  The
# modules share site-packages with the newer one: each conflicts
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS import pypi:cpt-root --recursive -t debian -t fedora --distro-index $TOP/tests/distro/plan/Packages.gz --distro-index $TOP/tests/distro/plan/primary.xml.gz -o $OUT --registry file://$TOP/tests/distro/plan/pypi/
@STDOUT-HAS debian: cpt-base 1.0.0 ->
@STDOUT-HAS /python-cpt-base1 (compat)
@FILE-HAS python-cpt-base1/debian/control Source: python-cpt-base1
@FILE-HAS python-cpt-base1/debian/control Package: python3-cpt-base1
@FILE-HAS python-cpt-base1/debian/control Provides: python3-cpt-base (= 1.0.0)
@FILE-HAS python-cpt-base1/debian/control Conflicts: python3-cpt-base
@FILE-HAS python-cpt-root/debian/control python3-cpt-base (<< 2~~)
@FILE-HAS python-cpt-base1/python-cpt-base1.spec Name:           python-cpt-base1
@FILE-HAS python-cpt-base1/python-cpt-base1.spec Source:         cpt-base-1.0.0.tar.gz
@FILE-HAS python-cpt-base1/python-cpt-base1.spec %package -n     python3-cpt-base1
@SH rpmspec -q --provides $OUT/python-cpt-base1/python-cpt-base1.spec 2>/dev/null | grep -qx 'python3dist(cpt-base) = 1'
@SH rpmspec -q --conflicts $OUT/python-cpt-base1/python-cpt-base1.spec 2>/dev/null | tr '\n' ';' | grep -qx 'python3dist(cpt-base) < 1;python3dist(cpt-base) > 1;'
@SH test -f $OUT/python-cpt-base1_1.0.0.orig.tar.gz && test ! -e $OUT/python-cpt-base
@SH $TOP/tests/pkgcheck.sh $TOOLS $OUT python-cpt-base1
