# SOURCE_DATE_EPOCH past 9999-12-31 would write a nine-digit year into the
# changelogs and debian/copyright (found by tests/fuzz/fuzz_date): refused
@ENV SOURCE_DATE_EPOCH=9223372036854775807
@ARGS import npm:left-pad -t fedora -t debian -o $OUT --registry $REG
@EXIT 2
@STDERR-HAS SOURCE_DATE_EPOCH: not a number of seconds up to year 9999
@NO-OUTPUT
