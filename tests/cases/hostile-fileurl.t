# an http(s) registry must not make ferry read local files
@ARGS import npm:left-pad -t fedora -o $OUT --registry ${HTTP}fileurl/
@EXIT 3
@STDERR-HAS left-pad@1.3.0: dist.tarball: 'file:///etc/passwd'
@NO-OUTPUT
