# the .crate's bytes are not those the index line's cksum names
@ARGS import crate:h-crate-badsum -t fedora -t debian -o $OUT --registry file://$TOP/tests/hostile/crates/
@EXIT 3
@STDERR-HAS h-crate-badsum@1.0.0: .crate: sha256 mismatch
@STDERR-LINES 1
@NO-OUTPUT
