#!/bin/sh
# check_linkage.sh APP HELPER HELPER_QT_MAJOR
# A Qt5 and a Qt6 library can never share a process: the app must link no Qt5 library, and the
# KSyntaxHighlighting helper only the Qt it was built for (Qt5 on Debian 12).
app=$1
helper=$2
helper_qt=$3
failed=0
if ldd "$app" | grep -E 'libQt5|libKF5'; then
    echo "FAIL: $app links Qt5 or KF5 libraries (above)"
    failed=1
fi
other=$([ "$helper_qt" = 5 ] && echo 6 || echo 5)
if ldd "$helper" | grep -E "libQt$other|libKF$other"; then
    echo "FAIL: $helper links Qt$other libraries (above)"
    failed=1
fi
if ! ldd "$helper" | grep -q "libKF${helper_qt}SyntaxHighlighting"; then
    echo "FAIL: $helper does not link KSyntaxHighlighting for Qt$helper_qt"
    failed=1
fi
if ldd "$app" | grep -q 'SyntaxHighlighting'; then
    echo "FAIL: $app links KSyntaxHighlighting itself; only the helper may"
    failed=1
fi
[ $failed = 0 ] && echo "ok: $(basename "$app") links Qt6 only; $(basename "$helper") links Qt$helper_qt and KSyntaxHighlighting only"
exit $failed
