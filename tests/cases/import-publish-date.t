# without SOURCE_DATE_EPOCH the changelog carries the registry's publish time
@ENV SOURCE_DATE_EPOCH=
@ARGS import npm:left-pad -t debian -o $OUT --registry $REG
@FILE-HAS node-left-pad/debian/changelog  -- ferry <ferry@example.org>  Thu, 05 Sep 2024 00:40:51 +0000
