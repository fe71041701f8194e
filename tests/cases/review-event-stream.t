# event-stream 3.3.6: flatmap-stream, 4 days old, added in a patch release by a new maintainer
@ARGS review npm:event-stream@3.3.5..3.3.6 --registry file://$TOP/tests/review/npm/ --fail-on high
@EXIT 1
@STDOUT-HAS   high   dep-new             new dependency flatmap-stream ^0.1.0 in a patch release (3.3.5 to 3.3.6)
@STDOUT-HAS   high   dep-recent          dependency flatmap-stream was first published 2018-09-05T08:55:29.000Z, 4 days before this version
@STDOUT-HAS   high   publisher-new       published by right9ctrl, who was not a maintainer of 3.3.5 and was added as one for this release
@STDOUT-HAS   low    maintainers-changed maintainers changed: added [right9ctrl], removed []
@STDOUT-HAS   dependency flatmap-stream (runtime): (none) -> ^0.1.0 [first published 2018-09-05T08:55:29.000Z, 4 days before this version]
@STDOUT-HAS   publisher: dominictarr -> right9ctrl
@STDOUT-HAS +    "flatmap-stream": "^0.1.0"
@STDOUT-HAS   M package.json
@STDOUT-LACKS install-hook
@STDOUT-LACKS obfuscation
@STDERR-HAS ferry: event-stream@3.3.6: review: findings at or above high (the worst: high)
