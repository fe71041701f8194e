# the same shape through ferry plan's parser, and as a crates index file
@BEFORE mkdir -p reg && python3 -c 'import sys; sys.stdout.write("{\"name\":\"x\",\"dist-tags\":{\"latest\":\"0\"},\"versions\":{" + ",".join("\"%d\":{}" % i for i in range(2000000)) + "}}")' > reg/x && printf 'Package: nodejs\nVersion: 18.0\nArchitecture: all\n\n' > Packages
@ARGS plan npm:x --target debian --distro-index $TMP/Packages --registry file://$TMP/reg/
@EXIT 3
@STDERR-HAS x: packument: needs more than 253 MiB to parse
