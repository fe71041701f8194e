# no pubtime in the index line and a .crate whose members are dated 1970:
# nothing upstream dates the changelog, so ferry dates it when it runs, the
# last resort, and says so in the packaging; it does not refuse
@ENV SOURCE_DATE_EPOCH=
@ARGS import crate:h-crate-notime -t fedora -t debian -o $OUT --registry file://$TOP/tests/hostile/crates/
@EXIT 0
@FILE-HAS rust-h-crate-notime/debian/control the changelog is dated when ferry ran (set SOURCE_DATE_EPOCH for a fixed date)
@FILE-HAS rust-h-crate-notime/rust-h-crate-notime.spec the changelog is dated when ferry ran
@SH y=$(date -u +%Y); grep -q " $y " $OUT/rust-h-crate-notime/debian/changelog
