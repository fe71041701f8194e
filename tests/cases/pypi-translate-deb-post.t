# Debian's Python policy writes post-releases with +; three components wide,
# so that the post sorts above every Debian spelling of 1.0 (1.0-1, 1.0.0-1)
@ARGS version translate pypi 1.0.post2 --to deb
@STDOUT
1.0.0+post2
@END
