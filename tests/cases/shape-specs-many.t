# issue 10: more than PEPSET_MAX_SPECS (4096) specifiers are refused
@BEFORE python3 $TOP/tests/hostile/make_shapes.py specs 5000 reg
@ARGS import pypi:h-shape-specs -t fedora -t debian -o $OUT --registry file://$TMP/reg/
@EXIT 3
@STDERR-HAS ferry: h-shape-specs@1.0.0: requires_dist 'h-dep>=1.0,!=1.0,
@STDERR-HAS : more than 4096 specifiers
@STDERR-LINES 1
@NO-OUTPUT
