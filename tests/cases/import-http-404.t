# a package the registry does not have is input rejected (exit 3), not a
# network failure; the line still names the URL and the 404
@ARGS import npm:no-such-package -t fedora -o $OUT --registry $HTTP
@EXIT 3
@STDERR-HAS ferry: no-such-package: not in the registry: 
@SH grep -qF "not in the registry: ${HTTP}no-such-package: HTTP 404" $TMP/stderr
@STDERR-LINES 1
@NO-OUTPUT
