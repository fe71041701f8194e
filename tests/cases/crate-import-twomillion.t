# a crates index line of two million empty features: refused by the memory
# budget of the whole index file (convert/jsonmem.h) before any reading
@BEFORE mkdir -p reg/1 && echo '{"dl":"crates/{crate}-{version}.crate"}' > reg/config.json && python3 -c 'import sys; sys.stdout.write("{\"name\":\"x\",\"vers\":\"1.0.0\",\"deps\":[],\"cksum\":\"%s\",\"features\":{" % ("0" * 64) + ",".join("\"f%d\":[]" % i for i in range(2000000)) + "},\"yanked\":false}\n")' > reg/1/x
@ARGS import crate:x -t fedora -o $OUT --registry file://$TMP/reg/
@EXIT 3
@STDERR-HAS ferry: x: index: needs more than
@STDERR-LINES 1
@NO-OUTPUT
