# without dist.integrity, the legacy sha1 shasum is checked
@ARGS import npm:h-sha1only -t fedora -o $OUT --registry $HREG
@FILE-HAS nodejs-h-sha1only/sources SHA512 (h-sha1only-1.0.0.tgz) =
