#!/bin/sh
# Greets like the real helper, then never answers: the client must time out and stay responsive.
echo '{"hello": "claimscope-highlighter", "protocol": 1}'
exec sleep 600
