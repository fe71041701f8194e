# the packument names another host; the tarball comes from the configured registry
@ARGS import npm:left-pad -t debian -o $OUT --registry ${HTTP}mirror/
@SH grep -q ' http://127.0.0.1:[0-9]*/mirror/left-pad http://127.0.0.1:[0-9]*/mirror/left-pad/-/left-pad-' $OUT/node-left-pad/debian/watch
