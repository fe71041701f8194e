# dependency targets whose cfg() ends early ("cfg(not(unix"): the parser read
# past the end of the text (ASan: heap-buffer-overflow); an unreadable
# target keeps its dependency
@ARGS import crate:h-crate-cfgtrunc -t fedora -t debian -o $OUT --registry file://$TOP/tests/hostile/crates/
@FILE-HAS rust-h-crate-cfgtrunc/rust-h-crate-cfgtrunc.spec Requires:       (crate(itoa/default) >= 1.0.0
@FILE-HAS rust-h-crate-cfgtrunc/rust-h-crate-cfgtrunc.spec Requires:       (crate(serde/default) >= 1.0.0
@FILE-HAS rust-h-crate-cfgtrunc/debian/control  librust-memchr-1+default-dev,
