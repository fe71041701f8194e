# verified provenance from another repository than the old version's: high; and than the manifest's: medium
@ARGS review npm:prov-good@1.1.0..1.3.0 --registry file://$TOP/tests/fixtures/provenance/registry/ --trusted-root $TOP/tests/fixtures/provenance/trusted_root.json --no-diff
@STDOUT-HAS high   provenance-changed  1.3.0 was built from https://github.com/ferry-test/elsewhere, 1.1.0 from https://github.com/ferry-test/prov-good
@STDOUT-HAS medium provenance-changed  1.3.0 was built from https://github.com/ferry-test/elsewhere, but its manifest names the repository git+https://github.com/ferry-test/prov-good.git
