# issue 10: one requires_dist line whose marker tests 5,000 extras (once
# re-evaluated whole per extra: a minute); refused when it is read
@BEFORE python3 $TOP/tests/hostile/make_shapes.py extras 5000 reg
@ARGS import pypi:h-shape-extras -t fedora -t debian -o $OUT --registry file://$TMP/reg/
@EXIT 3
@STDERR-HAS ferry: h-shape-extras@1.0.0: requires_dist 'h-dep>=1.0; extra == "e0" or
@STDERR-HAS : marker tests 'extra' more than 256 times
@STDERR-LINES 1
@NO-OUTPUT
