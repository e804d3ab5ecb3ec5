#!/bin/sh
# SmartNotes launcher. src/build/package.sh fills in the @...@ values at build time.
# It runs the application on its own runtime ($APP_HOME/runtime), never on the java on PATH
# nor on JAVA_HOME. (That runtime also has --enable-native-access=ALL-UNNAMED built in.)
#
#   SMARTNOTES_OPTS   extra JVM options, split on blanks (e.g. SMARTNOTES_OPTS="-Xmx2g")

# APP_HOME is the folder above bin/, found through any symlinks to this script.
prg=$0
while [ -h "$prg" ]; do
  link=$(ls -ld -- "$prg")
  link=${link#*' -> '}
  case $link in
    /*) prg=$link ;;
    *) prg=$(dirname -- "$prg")/$link ;;
  esac
done
APP_HOME=$(CDPATH='' cd -P -- "$(dirname -- "$prg")/.." && pwd -P) || exit 1

# Java takes file names in the locale's character set: with none set, or with C/POSIX (common in
# cron, CI and containers), it could not name a non-ASCII file (InvalidPathException). Use UTF-8
# for the character type then; a UTF-8 locale of the user's own is left alone.
case ${LC_ALL:-${LC_CTYPE:-${LANG:-}}} in
  *[Uu][Tt][Ff]-8*|*[Uu][Tt][Ff]8*) ;;
  *)
    if [ -n "${LC_ALL-}" ]; then LC_ALL=C.UTF-8; export LC_ALL; fi
    LC_CTYPE=C.UTF-8
    export LC_CTYPE
    ;;
esac

only_version=
if [ "$#" -eq 1 ] && { [ "$1" = --version ] || [ "$1" = -V ]; }; then
  only_version=1
fi

# Arguments are assembled back to front with `set --`, so that paths with blanks survive.
if [ -n "$only_version" ]; then
  # --version needs the app's own jar only: a class path of every jar costs some 8 ms more to start.
  set -- -cp "@APP_JAR@" @MAIN_CLASS@ "$@"
else
  set -- -cp "@CLASSPATH@" @MAIN_CLASS@ "$@"
fi

if [ -n "${SMARTNOTES_OPTS-}" ]; then
  set -f  # split on blanks, but no globbing
  # shellcheck disable=SC2086
  set -- $SMARTNOTES_OPTS "$@"
  set +f
fi

# Class-data sharing / AOT cache made by the training run at build time. Sharing is in its
# default mode (-Xshare:auto, which may not be written next to the AOT options): if the archive
# is missing or unusable the JVM starts without it, a bit slower, and the -Xlog options below
# keep its CDS/AOT messages quiet.
# SMARTNOTES_TRAIN is for the build's training run only: it writes the archive instead.
case ${SMARTNOTES_TRAIN-} in
  aot) set -- -XX:+UseCompactObjectHeaders "-XX:AOTCacheOutput=$APP_HOME/lib/smartnotes.aot" "$@" ;;
  cds) set -- "-XX:ArchiveClassesAtExit=$APP_HOME/lib/smartnotes.jsa" "$@" ;;
  *)
    if [ -n "$only_version" ]; then
      : # the AOT cache loads every class it holds at start: --version needs none of them
    elif [ -f "$APP_HOME/lib/smartnotes.aot" ]; then
      # Compact object headers (JDK 25): 8 bytes less for every object in memory. The AOT cache is made
      # with them and can only be used with them.
      set -- -XX:+UseCompactObjectHeaders "-XX:AOTCache=$APP_HOME/lib/smartnotes.aot" "$@"
    elif [ -f "$APP_HOME/lib/smartnotes.jsa" ]; then
      set -- "-XX:SharedArchiveFile=$APP_HOME/lib/smartnotes.jsa" "$@"
    fi
    ;;
esac

# The JVM's own defaults otherwise: its tiered compilers and a heap sized from the machine's memory
# (an export keeps a bounded number of notes at once and a few hundred bytes per note to the end).
# UseSerialGC: the collector that holds the least memory beside the notes' own, which is what a
# command-line run wants; the JVM's default on a machine of two cores or more (G1) commits a large
# share of its heap for its young collections (100,000 notes: 730 MB against 300 MB at its peak).
# -Xlog: the JVM's warnings go to stderr (by default they go to stdout, mixed with the report),
# and its class-data sharing messages nowhere.
exec "$APP_HOME/runtime/bin/java" -XX:+UseSerialGC -Xlog:disable "-Xlog:@LOG_SELECTION@:stderr" "$@"
