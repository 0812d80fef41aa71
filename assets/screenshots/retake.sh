#!/bin/sh
# Retakes assets/screenshots/main-light.png and main-dark.png: the real window with the bundled
# samples after a short demo run (dev.bgsim.ui.ScreenshotDemo, test scope), on its own Xvfb.
# Needs Xvfb and a built tree: ./mvnw -B -o -DskipTests verify   (classes, test classes, sample jars)
# Usage: assets/screenshots/retake.sh [DISPLAY_NUMBER]    (default 97)
set -eu
cd "$(dirname "$0")/../.."
display=":${1:-97}"
cp_file=target/screenshot-classpath.txt
./mvnw -B -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
cp="target/classes:target/test-classes:$(cat "$cp_file")"
Xvfb "$display" -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null' EXIT INT TERM
sleep 1
for theme in light dark; do
    DISPLAY="$display" java -Dbgsim.theme="$theme" -cp "$cp" dev.bgsim.ui.ScreenshotDemo \
        "assets/screenshots/main-$theme.png"
done
