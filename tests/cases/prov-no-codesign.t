# a certificate not for code signing
@ARGS import -t debian -o $OUT --registry file://$TOP/tests/fixtures/provenance/registry/ --trusted-root $TOP/tests/fixtures/provenance/trusted_root.json npm:prov-no-codesign
@EXIT 3
@STDERR-HAS prov-no-codesign@1.0.0: provenance: attestations[0]: certificate: not for code signing
@NO-OUTPUT
