# without SOURCE_DATE_EPOCH and without pubtime in the index line (most of
# crates.io's lines), the changelog carries the .crate's newest file time
@ENV SOURCE_DATE_EPOCH=
@ARGS import crate:itoa -t debian -o $OUT --registry file://$TOP/tests/registry/crates/
@EXIT 0
@FILE-HAS rust-itoa/debian/changelog  -- ferry <ferry@example.org>  Tue, 14 Nov 2023 22:13:20 +0000
@FILE-LACKS rust-itoa/debian/control dated when ferry ran
