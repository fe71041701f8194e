# issue 10: 40,000 dependencies, every other one also optional (the
# override once compared every pair); optional ones are recommended only
@BEFORE python3 $TOP/tests/hostile/make_shapes.py npmdeps 40000 reg
@ARGS import npm:h-shape-npmdeps -t fedora -t debian -o $OUT --registry file://$TMP/reg/
@FILE-HAS nodejs-h-shape-npmdeps/nodejs-h-shape-npmdeps.spec Requires:       (npm(d39999) >= 1.0.0 with npm(d39999) < 2.0.0~)
@FILE-HAS nodejs-h-shape-npmdeps/nodejs-h-shape-npmdeps.spec Recommends:     (npm(d39998) >= 1.0.0 with npm(d39998) < 2.0.0~)
@SH ! grep -q '^Requires: .*npm(d39998)' $OUT/nodejs-h-shape-npmdeps/nodejs-h-shape-npmdeps.spec
@FILE-HAS node-h-shape-npmdeps/debian/control Recommends: node-d0 (>= 1.0.0), node-d0 (<< 2.0.0~),
