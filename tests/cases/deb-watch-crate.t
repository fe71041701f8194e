# A crate's debian/watch: uscan version 4 over the configured registry's
# index file (no host ferry knows), the .crate at config.json's dl
@ARGS import crate:itoa -t debian -o $OUT --registry ${HTTP}crates/
@FILE-HAS rust-itoa/debian/watch version=4
@SH grep -qxF " ${HTTP}crates/it/oa/itoa "'\x22vers\x22:\x22(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)\x22[^\n]*\x22yanked\x22:false' $OUT/rust-itoa/debian/watch
@SH grep -qF 'downloadurlmangle=s#^.*vers[^0-9]*(\d[^\x22%]*).*$#'"${HTTP}"'crates/crates/itoa/itoa-$1.crate#' $OUT/rust-itoa/debian/watch
@FILE-HAS rust-itoa/debian/watch filenamemangle=s#^.*vers[^0-9]*(\d[^\x22%]*).*$#itoa-$1.tar.gz#
