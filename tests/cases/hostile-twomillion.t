# a 25 MB packument of two million empty version objects: jansson would take
# it to 800 MB (29 times its size); its memory budget (convert/jsonmem.h,
# ten times the size and 16 MiB) refuses it (bench/memory.sh: peak < 300 MB)
@BEFORE mkdir -p reg && python3 -c 'import sys; sys.stdout.write("{\"name\":\"x\",\"dist-tags\":{\"latest\":\"0\"},\"versions\":{" + ",".join("\"%d\":{}" % i for i in range(2000000)) + "}}")' > reg/x
@ARGS import npm:x -t fedora -o $OUT --registry file://$TMP/reg/
@EXIT 3
@STDERR-HAS ferry: x: packument: needs more than 253 MiB to parse (budget: 10 times its size and 16 MiB)
@STDERR-LINES 1
@NO-OUTPUT
