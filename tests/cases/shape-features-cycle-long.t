# issue 10: a cycle through 2,000 features costs its walks 4,000,000 steps
# and more (CARGO_MAX_CYCLE_WALK): refused
@BEFORE python3 $TOP/tests/hostile/make_shapes.py featloop 2000 reg
@ARGS import crate:h-shape-featloop -t fedora -t debian -o $OUT --registry file://$TMP/reg/
@EXIT 3
@STDERR-HAS ferry: h-shape-featloop@1.0.0: features: features that enable each other in cycles take more than 4000000 steps to resolve
@STDERR-LINES 1
@NO-OUTPUT
