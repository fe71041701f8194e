# the series rule (core/eco.h) is review's too: npm's ^0.0.3 does not admit
# 0.0.4, so a dependency that 0.0.4 adds comes with a major step, not a patch
@ARGS review npm:zero-series@0.0.3..0.0.4 --registry file://$TOP/tests/review/npm/ --no-diff
@EXIT 0
@STDOUT-HAS   dependency left-pad (runtime): (none) -> ^1.3.0
@STDOUT-LACKS dep-new
@STDOUT-HAS findings: 0
