# issue 10: a package.json of 128,000 dependencies (4 MiB) is more than the
# archive reader keeps of a file: said as such, not as a missing manifest
@BEFORE python3 $TOP/tests/hostile/make_shapes.py npmdeps 128000 reg
@ARGS import npm:h-shape-npmdeps -t fedora -t debian -o $OUT --registry file://$TMP/reg/
@EXIT 3
@STDERR-HAS ferry: h-shape-npmdeps@1.0.0: package.json: 4249492 bytes, more than the archive reader keeps of a file
@STDERR-LINES 1
@NO-OUTPUT
