# issue 10: PKG-INFO's Description folded over 100,000 continuation lines
# (an sdist of a few kilobytes); once re-joined whole at each line (minutes),
# now read in linear time
@BEFORE python3 $TOP/tests/hostile/make_shapes.py pkginfo 100000 reg
@ARGS import pypi:h-shape-pkginfo -t fedora -t debian -o $OUT --registry file://$TMP/reg/
@FILE-HAS python-h-shape-pkginfo/python-h-shape-pkginfo.spec Summary:        A hostile shape
@FILE-HAS python-h-shape-pkginfo/debian/control Description: Hostile shape
