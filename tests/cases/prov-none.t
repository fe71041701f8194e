# a version without dist.attestations: nothing said of provenance
@ARGS import -t debian -o $OUT --registry file://$TOP/tests/fixtures/provenance/registry/ --trusted-root $TOP/tests/fixtures/provenance/trusted_root.json npm:prov-none
@STDOUT-HAS node-prov-none; registry signature: verified
@STDOUT-LACKS provenance
