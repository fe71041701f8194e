# nothing configured: no --registry, no PIP_INDEX_URL, no pip.conf (this
# assumes /etc/pip.conf and /etc/xdg/pip/pip.conf set no index-url)
@ENV HOME=$TMP/home
@ENV PIP_INDEX_URL=
@ENV PIP_CONFIG_FILE=
@ENV XDG_CONFIG_HOME=
@BEFORE mkdir -p home
@ARGS import pypi:attrs -t fedora -o $OUT
@EXIT 2
@STDERR-HAS no PyPI index configured: pass --registry URL, set PIP_INDEX_URL, or set index-url in [global] of pip.conf
@STDERR-LINES 1
@NO-OUTPUT
