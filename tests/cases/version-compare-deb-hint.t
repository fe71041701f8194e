# a Debian version given as an npm one: the error names that operand (not
# the first) and says how to compare it
@ARGS version compare npm 7.2.0 '8.1.1+~8.1.1'
@EXIT 3
@STDERR-HAS ferry: version: 8.1.1+~8.1.1: bad build metadata (a distribution's version: add --to deb or --to rpm)
@STDERR-LINES 1
