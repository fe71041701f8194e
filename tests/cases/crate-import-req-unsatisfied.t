@ARGS import crate:autocfg@^9 -t fedora -o $OUT --registry file://$TOP/tests/registry/crates/
@EXIT 3
@STDERR-HAS autocfg: no version matches ^9
@STDERR-LINES 1
@NO-OUTPUT
