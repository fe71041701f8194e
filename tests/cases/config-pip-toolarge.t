# a pip configuration file over the 1 MiB limit is refused, never read in
# part (the index-url line could be past the cut)
@BEFORE python3 -c 'print("#" * 2000000); print("[global]"); print("index-url = file:///nowhere/simple/")' > pip.conf
@ENV PIP_CONFIG_FILE=$TMP/pip.conf
@ARGS import pypi:attrs -t fedora -o $OUT
@EXIT 4
@STDERR-HAS pip.conf: cannot read: larger than 1048576 bytes
@STDERR-LINES 1
@NO-OUTPUT
