# issue 10: a requirement whose marker tests 256 extras (the limit,
# PEP508_MAX_EXTRA_TESTS): each extra is one walk of the prepared marker
@BEFORE python3 $TOP/tests/hostile/make_shapes.py extras 256 reg
@ARGS import pypi:h-shape-extras -t fedora -t debian -o $OUT --registry file://$TMP/reg/
@FILE-HAS python-h-shape-extras/python-h-shape-extras.spec # only with extra e0: h-dep>=1.0; extra == "e0" or
@FILE-HAS python-h-shape-extras/debian/control # only with extra e0: h-dep>=1.0; extra == "e0" or
