# Sourced by jobs/bin/standalone-cluster and jobs/bin/framing (--master): a Spark installation
# made of the Spark jars Maven resolves for the project (no Spark download), and the environment
# every Spark JVM of ours needs.
#
#   framing_spark_home   lays out jobs/target/spark-home/jars when missing or out of date and
#                        exports SPARK_HOME, SPARK_LOCAL_IP, SPARK_SCALA_VERSION
#   SPARK_JVM_FLAGS      the Java 17 --add-opens flags, read from the root pom (spark.jvm.flags)

framing_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# One source for the flags: the root pom's <spark.jvm.flags> property (kept on one line).
read -r -a SPARK_JVM_FLAGS <<<"$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' "$framing_root/pom.xml")"
if [[ ${#SPARK_JVM_FLAGS[@]} -eq 0 ]]; then
  echo "spark-env: no <spark.jvm.flags> in $framing_root/pom.xml" >&2
  exit 2
fi

framing_spark_home() {
  local home="$framing_root/jobs/target/spark-home"
  local pom="$framing_root/jobs/spark-home/pom.xml"
  local stamp="$home/.complete"
  # Fast path: a complete layout newer than both poms (the root pom pins Spark's version).
  if [[ ! -f "$stamp" || "$pom" -nt "$stamp" || "$framing_root/pom.xml" -nt "$stamp" ]]; then
    echo "spark-home: copying Spark's jars from Maven into $home/jars ..." >&2
    rm -rf "$home/jars" "$stamp"
    mkdir -p "$home/conf"
    if ! (cd "$framing_root" && mvn -q -B -Dstyle.color=never -f "$pom" dependency:copy-dependencies) >&2; then
      echo "spark-home: mvn dependency:copy-dependencies failed (see above)" >&2
      return 1
    fi
    ls "$home/jars" | sed -n 's/^spark-core_\(.*\)\.jar$/spark-core \1/p' >"$stamp"
  fi
  mkdir -p "$home/conf"
  export SPARK_HOME="$home"
  export SPARK_LOCAL_IP=127.0.0.1
  export SPARK_SCALA_VERSION=2.13
}
