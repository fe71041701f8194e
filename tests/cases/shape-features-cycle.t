# issue 10: features that enable themselves through 100 others (Cargo
# refuses such a cycle; so does ferry)
@BEFORE python3 $TOP/tests/hostile/make_shapes.py featloop 100 reg
@ARGS import crate:h-shape-featloop -t fedora -t debian -o $OUT --registry file://$TMP/reg/
@EXIT 3
@STDERR-HAS ferry: h-shape-featloop@1.0.0: features: a feature enables itself (a cycle, which Cargo refuses)
@STDERR-LINES 1
@NO-OUTPUT
