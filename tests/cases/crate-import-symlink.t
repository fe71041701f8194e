@ARGS import crate:h-crate-symlink -t fedora -t debian -o $OUT --registry file://$TOP/tests/hostile/crates/
@EXIT 3
@STDERR-HAS h-crate-symlink@1.0.0: .crate: 
@STDERR-HAS symlink points outside
@STDERR-LINES 1
@NO-OUTPUT
