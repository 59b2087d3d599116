#!/bin/sh
# A helper from a future version: the client must refuse it, not misread it.
echo '{"hello": "claimscope-highlighter", "protocol": 99}'
exec sleep 600
