# issue 10: 20,000 Provides-Extra headers; repeats once searched per name,
# now dropped by one sort
@BEFORE python3 $TOP/tests/hostile/make_shapes.py provides 20000 reg
@ARGS import pypi:h-shape-provides -t fedora -t debian -o $OUT --registry file://$TMP/reg/
@FILE-HAS python-h-shape-provides/python-h-shape-provides.spec e19999
