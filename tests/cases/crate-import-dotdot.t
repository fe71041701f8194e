@ARGS import crate:h-crate-dotdot -t fedora -t debian -o $OUT --registry file://$TOP/tests/hostile/crates/
@EXIT 3
@STDERR-HAS h-crate-dotdot@1.0.0: .crate: 
@STDERR-HAS path escapes the archive root
@STDERR-LINES 1
@NO-OUTPUT
