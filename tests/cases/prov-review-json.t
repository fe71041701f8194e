# review --json: each side's verified provenance
@ARGS review npm:prov-good@1.0.0 --registry file://$TOP/tests/fixtures/provenance/registry/ --trusted-root $TOP/tests/fixtures/provenance/trusted_root.json --json
@STDOUT-HAS "commit": "c08305273c04cef4483de536a3bba3f6c666f0c3"
@STDOUT-HAS "publish_key": "SHA256:ZWifivkfWzPoy4JbHBI16M5Scr1p2xandWt/YQeAyWQ"
