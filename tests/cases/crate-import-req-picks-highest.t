# autocfg's index has 1.0.0, 1.0.1 and 1.1.0 (and 0.x): ^1.0 takes 1.1.0
@ARGS import crate:autocfg@^1.0 -t fedora -o $OUT --registry file://$TOP/tests/registry/crates/
@STDOUT-HAS fedora: autocfg 1.1.0 ->
@FILE-HAS rust-autocfg/rust-autocfg.spec Version:        1.1.0
