# an index served over HTTP may not send ferry to a local file through its
# config.json "dl" template (the checksum error would print the file's digest)
@ARGS import crate:itoa -t fedora -o $OUT --registry sparse+${HTTP}crates-fileurl/
@EXIT 3
@STDERR-HAS ferry: itoa: config.json: dl 'file:///etc/passwd?{crate}' is not an http(s) URL, or a file URL from a file index
@STDERR-LINES 1
@NO-OUTPUT
