# the mirror serves the registry's keys and each version's attestations where npm's client asks for them: ferry verifies signature and provenance from the mirror alone
@BEFORE $FERRY mirror add --mirror $TMP/m --registry file://$TOP/tests/fixtures/provenance/registry/ --trusted-root $TOP/tests/fixtures/provenance/trusted_root.json npm:prov-good@1.0.0 >/dev/null
@ARGS import -t debian -o $OUT --registry file://$TMP/m/npm/ --trusted-root $TOP/tests/fixtures/provenance/trusted_root.json npm:prov-good
@STDOUT-HAS ; registry signature: verified (key SHA256:ZWifivkfWzPoy4JbHBI16M5Scr1p2xandWt/YQeAyWQ); provenance: https://github.com/ferry-test/prov-good@c08305273c04cef4483de536a3bba3f6c666f0c3
@SH test -f $TMP/m/npm/-/npm/v1/keys && test -f $TMP/m/npm/-/npm/v1/attestations/prov-good@1.0.0
