# A file:// registry is nothing uscan can watch: the watch file says so
@ARGS import crate:itoa -t debian -o $OUT --registry file://$TOP/tests/registry/crates/
@FILE-HAS rust-itoa/debian/watch # ferry: no http(s) registry configured to watch.
@FILE-LACKS rust-itoa/debian/watch opts=
