# a log promise signed by a key that is not the trusted log's
@ARGS import -t debian -o $OUT --registry file://$TOP/tests/fixtures/provenance/registry/ --trusted-root $TOP/tests/fixtures/provenance/trusted_root.json npm:prov-rogue-log
@EXIT 3
@STDERR-HAS prov-rogue-log@1.0.0: provenance: attestations[0]: transparency log: the signed entry timestamp does not verify with the log's key
@NO-OUTPUT
