#!/bin/sh
# Greets, then answers every request with a line that is not JSON.
echo '{"hello": "claimscope-highlighter", "protocol": 1}'
while read -r line; do
    echo 'Segmentation fault? <html>not a reply</html>'
done
