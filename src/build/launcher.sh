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
      # Compact object headers (JDK 25) with the AOT cache only, which is made with them: the JDK's
      # own CDS archive, which --version starts from, is not, and would go unused (twice as slow).
      set -- -XX:+UseCompactObjectHeaders "-XX:AOTCache=$APP_HOME/lib/smartnotes.aot" "$@"
    elif [ -f "$APP_HOME/lib/smartnotes.jsa" ]; then
      set -- "-XX:SharedArchiveFile=$APP_HOME/lib/smartnotes.jsa" "$@"
    fi
    ;;
esac

# ParallelGC: its young collections use both cores; SerialGC's stop the whole run on one. With
# --latency thousands of waiting virtual threads have their stacks in the heap and every young
# collection copies them: 10,000 notes at 100 ms took 1.33 s with SerialGC, 1.24 s with ParallelGC,
# and start-up is no slower. UseCompactObjectHeaders (JDK 25, with the AOT cache above): 8-byte
# object headers, less for each young collection to copy (10,000 notes at 100 ms: 73 ms of pauses instead of 84; 0.942 ->
# 0.932 s; without latency 0.709 -> 0.695 s; 100,000 notes 4.94 -> 4.78 s). MaxTenuringThreshold=1: what outlives one young collection (the
# record of each note, kept for the report and manifest) moves to the old generation at the next
# instead of being copied between survivor spaces up to 15 times (10,000 notes: 0.885 -> 0.858 s).
# UseTransparentHugePages: the heap in 2 MB pages where the OS allows it (madvise, the usual
# setting), fewer page faults as the young generation is first touched (10,000 notes 0.942 ->
# 0.929 s, 100 notes 0.256 -> 0.229 s, 100,000 notes 7.5 -> 6.5 s; peak memory the same).
# TieredStopAtLevel=1 (C1 only): on
# two cores C2's compilations cost more than they pay back even for 100,000 notes (10,000
# notes: 1.5 s instead of 2.5 s; 100,000: the same 12 s). -Xmx192m: unbounded, the heap
# grows rather than collect (SerialGC took a 100,000-note export to 700 MB); the export keeps at
# most 4 MiB of notes in flight and under 1 KB a note to the end, so this holds some 130,000
# notes (130,000 sample notes: 280 MB peak; more with SMARTNOTES_OPTS=-Xmx1g). -UsePerfData: no hsperfdata file
# (jps won't list the process). -Xlog: JVM warnings go to stderr (by default they go to
# stdout), CDS/AOT and page-size ones nowhere. picocli.disable.closures: picocli looks for Groovy's
# Closure class as it starts, a failing lookup through every jar (some 10 ms of the main thread's
# CPU); no command here is written in Groovy.
exec "$APP_HOME/runtime/bin/java" -XX:+UseParallelGC -XX:MaxTenuringThreshold=1 -XX:+UseTransparentHugePages -XX:TieredStopAtLevel=1 -Xmx192m -XX:-UsePerfData \
  -Dpicocli.disable.closures=true \
  -Xlog:disable "-Xlog:@LOG_SELECTION@:stderr" "$@"
