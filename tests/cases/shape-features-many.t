# issue 10: more than CARGO_MAX_FEATURES (10,000) features are refused
@BEFORE python3 $TOP/tests/hostile/make_shapes.py features 10001 reg
@ARGS import crate:h-shape-features -t fedora -t debian -o $OUT --registry file://$TMP/reg/
@EXIT 3
@STDERR-HAS ferry: h-shape-features@1.0.0: features: more than 10000 features
@STDERR-LINES 1
@NO-OUTPUT
