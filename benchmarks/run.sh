#!/usr/bin/env bash
# Builds the benchmarks and runs all six of them; results go to benchmarks/target/results/.
# Run from anywhere; pass "large" as the first argument to add the 300 MB dataset to the load and
# heap benchmarks (about 2 GB of heap and several more minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
large=${1:-}
out=benchmarks/target/results
mkdir -p "$out"

./mvnw -q -B -Pbenchmarks -pl benchmarks -am -DskipTests package

jar=benchmarks/target/benchmarks.jar
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cores: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)"
  echo "memory: $(free -g | awk '/Mem:/ {print $2 " GB"}')"
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  java -version 2>&1
} | tee "$out/machine.txt"

# 1-3: load, index build and look-ups, each with its baselines in the same run (JMH 1.37; the
# heap is fixed and pre-touched by each benchmark's @Fork).
loads="1mb,30mb"
if [ "$large" = "large" ]; then loads="1mb,30mb,300mb"; fi
java -jar "$jar" 'LoadBenchmark' -p dataset="$loads" -wi 5 -i 5 -w 2 -r 2 -f 1 -prof gc \
  -rf json -rff "$out/load.json" | tee "$out/load.txt"
java -jar "$jar" 'IndexBenchmark' -wi 3 -i 5 -w 2 -r 2 -f 1 \
  -rf json -rff "$out/index.json" | tee "$out/index.txt"
java -jar "$jar" 'LookupBenchmark' -wi 3 -i 5 -w 1 -r 1 -f 1 \
  -rf json -rff "$out/lookup.json" | tee "$out/lookup.txt"

# 4: retained heap after a full GC.
heap="1mb 30mb 1m"
if [ "$large" = "large" ]; then heap="1mb 30mb 1m 300mb"; fi
java -Xms8g -Xmx8g -XX:+AlwaysPreTouch -cp "$jar" io.github.bilateral.benchmarks.HeapFootprint $heap \
  | tee "$out/heap.txt"

# 5: cold start of the command-line tool, plain and through its launcher, against hello world from a class folder.
launcher=$(ls -d examples/target/bilateral-examples-*-dist/bilateral-*/bin/bilateral | head -n 1)
java -cp "$jar" io.github.bilateral.benchmarks.ColdStart examples/target/bilateral.jar "$jar" "$launcher" 11 \
  | tee "$out/cold-start.txt"

# 6: the score of a degraded copy of the bundled report, and the time of a diff against it and against the 30 MB dataset.
java -Xmx3g -cp "$jar" io.github.bilateral.benchmarks.CompareTiming 5 | tee "$out/compare.txt"
