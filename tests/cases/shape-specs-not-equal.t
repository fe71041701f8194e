# issue 10: 3,000 "!=" specifiers in one requirement (once 7 s: the
# interval list copied at every intersection); each is a binary search now
@BEFORE python3 $TOP/tests/hostile/make_shapes.py specs 3000 reg
@ARGS import pypi:h-shape-specs -t fedora -t debian -o $OUT --registry file://$TMP/reg/
@FILE-HAS python-h-shape-specs/python-h-shape-specs.spec Requires:       ((python3dist(h-dep) > 1 with python3dist(h-dep) < 1.1) or (python3dist(h-dep) > 1.1 with
@FILE-HAS python-h-shape-specs/debian/control  python3-h-dep (<< 1.2999) | python3-h-dep (>= 1.2999.0.~),
