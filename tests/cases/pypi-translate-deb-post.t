# Debian's Python policy writes post-releases with +
@ARGS version translate pypi 1.0.post2 --to deb
@STDOUT
1+post2
@END
