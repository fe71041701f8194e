# an ./.npmrc that exists but cannot be read is an error, not an absent file:
# going on without it would silently take another registry
@BEFORE mkdir .npmrc
@ARGS import npm:left-pad -t fedora -o $OUT
@EXIT 4
@STDERR-HAS ferry: .npmrc: cannot read: Is a directory
@STDERR-LINES 1
@NO-OUTPUT
