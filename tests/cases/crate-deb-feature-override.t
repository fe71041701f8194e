# serde's serde_derive feature package is only Depends and Provides, which
# lintian reports as the error empty-rust-library-declares-provides;
# Debian's Rust team keeps such packages and overrides the tag for each,
# as debcargo writes it; the base package gets no override
@ARGS import crate:serde@1.0.152 -t debian -o $OUT --registry file://$TOP/tests/registry/crates/
@FILE-HAS rust-serde/debian/librust-serde+serde-derive-dev.lintian-overrides librust-serde+serde-derive-dev binary: empty-rust-library-declares-provides *
@SH test ! -e $OUT/rust-serde/debian/librust-serde-dev.lintian-overrides
@SH test "$(ls $OUT/rust-serde/debian/*.lintian-overrides | wc -l)" = 1
