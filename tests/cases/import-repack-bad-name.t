# a member name that is not UTF-8 cannot go into the repacked orig
# tarball's pax headers: the input is refused (exit 3), nothing written
@BEFORE python3 $TOP/tests/hostile/make_runtime.py $TMP/reg
@ARGS import npm:badname -t debian -o $OUT --registry file://$TMP/reg/
@EXIT 3
@STDERR-HAS repack: Can't translate pathname
@NO-OUTPUT
