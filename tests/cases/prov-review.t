# review shows each side's provenance
@ARGS review npm:prov-good@1.0.0..1.1.0 --registry file://$TOP/tests/fixtures/provenance/registry/ --trusted-root $TOP/tests/fixtures/provenance/trusted_root.json
@STDOUT-HAS        provenance: https://github.com/ferry-test/prov-good@c08305273c04cef4483de536a3bba3f6c666f0c3
@STDOUT-HAS        provenance: https://github.com/ferry-test/prov-good@97c8dbf7f24afb82856615b0d611836a8f015ec7
