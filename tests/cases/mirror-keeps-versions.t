# a second add keeps the versions mirrored before; latest is the newest mirrored
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@BEFORE $FERRY mirror add --mirror $TMP/m --registry file://$TMP/reg/ npm:sig-lapse@1.0.0 >/dev/null
@ARGS mirror add --mirror $TMP/m --registry file://$TMP/reg/ npm:sig-lapse@1.1.0
@STDOUT-HAS mirrored npm:sig-lapse@1.1.0
@SH python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert sorted(d[\"versions\"])==[\"1.0.0\",\"1.1.0\"] and d[\"dist-tags\"][\"latest\"]==\"1.1.0\"" $TMP/m/npm/sig-lapse/index.html
