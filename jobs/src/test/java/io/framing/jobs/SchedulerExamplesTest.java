package io.framing.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The scheduler examples in jobs/conf parse: the crontab line has five schedule fields and a
 * spark-submit command whose framing arguments {@link PipelineOptions#parse} accepts (with the
 * example properties file as the config); the Airflow DAG is valid Python (when a python3 is on
 * the PATH) and submits the main class with arguments that parse too.
 */
class SchedulerExamplesTest {
  private static final Path CONF = SparkTestSession.projectRoot().resolve("jobs/conf");
  private static final String DAY = "2020-10-05";
  private static final Pattern CRON_FIELD = Pattern.compile("[0-9*/,\\-]+|[A-Za-z]{3}");

  @Test
  void theCronLineHasFiveScheduleFieldsAndAFramingCommandThatParses() throws IOException {
    List<String> jobs = new ArrayList<>();
    for (String line : Files.readAllLines(CONF.resolve("cron.example"), StandardCharsets.UTF_8)) {
      String t = line.trim();
      if (!t.isEmpty() && !t.startsWith("#") && !t.matches("[A-Z_]+=.*")) {
        jobs.add(t);
      }
    }
    assertEquals(1, jobs.size(), "one crontab line: " + jobs);
    String[] fields = jobs.get(0).split("\\s+", 6);
    assertEquals(6, fields.length, "five schedule fields and a command");
    for (int i = 0; i < 5; i++) {
      assertTrue(CRON_FIELD.matcher(fields[i]).matches(), "schedule field " + (i + 1) + ": " + fields[i]);
    }
    String command = fields[5].replaceAll("\"\\$\\(date [^)]*\\)\"", DAY);
    assertTrue(command.contains("spark-submit") && command.contains("--class " + FramingMain.class.getName()), command);
    List<String> tokens = Arrays.asList(command.split("\\s+"));
    int jar = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).endsWith(".jar")) {
        jar = i;
      }
    }
    assertTrue(jar > 0, "the application jar in " + command);
    List<String> args = new ArrayList<>();
    for (String token : tokens.subList(jar + 1, tokens.size())) {
      if (token.startsWith(">") || token.equals("2>&1")) {
        break;
      }
      args.add(token);
    }
    PipelineOptions options = parseWithExampleConfig(args);
    assertEquals(PipelineOptions.Command.RUN, options.command());
    assertEquals(DAY, options.since().toString());
    assertEquals(DAY, options.until().toString());
    assertEquals("hdfs:///framing/nightly", options.output(), "output from the example properties");
    assertEquals(2, options.inputs().size());
  }

  @Test
  void theAirflowDagIsPythonAndItsArgumentsParse() throws Exception {
    Path dag = CONF.resolve("airflow/framing_nightly.py");
    String source = Files.readString(dag, StandardCharsets.UTF_8);
    assertTrue(source.contains("SparkSubmitOperator("), "uses SparkSubmitOperator");
    assertTrue(source.contains("java_class=\"" + FramingMain.class.getName() + "\""), "the main class");
    assertTrue(source.matches("(?s).*\\bapplication=APP_JAR.*") && source.contains("-app.jar\""), "the application jar");
    assertTrue(source.contains("conf={"), "Spark conf");
    Matcher list = Pattern.compile("application_args=\\[(.*?)\\]", Pattern.DOTALL).matcher(source);
    assertTrue(list.find(), "application_args");
    List<String> args = new ArrayList<>();
    Matcher literal = Pattern.compile("\"([^\"]*)\"").matcher(list.group(1));
    while (literal.find()) {
      args.add(literal.group(1).replace("{{ ds }}", DAY));
    }
    assertTrue(list.group(1).contains("\"--since\", \"{{ ds }}\"") && list.group(1).contains("\"--until\", \"{{ ds }}\""));
    PipelineOptions options = parseWithExampleConfig(args);
    assertEquals(DAY, options.since().toString());
    assertEquals(DAY, options.until().toString());

    Process python;
    try {
      python = new ProcessBuilder("python3", "-c", "import ast, sys; ast.parse(open(sys.argv[1]).read())", dag.toString())
          .redirectErrorStream(true).start();
    } catch (IOException e) {
      Assumptions.abort("no python3 on the PATH: the DAG's syntax is not checked");
      return;
    }
    assertTrue(python.waitFor(60, TimeUnit.SECONDS), "python3 finished");
    String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, python.exitValue(), "the DAG is valid Python: " + output);
  }

  /** Parses framing arguments, with the example properties file in place of the production config path. */
  private static PipelineOptions parseWithExampleConfig(List<String> args) {
    List<String> local = new ArrayList<>(args);
    int config = local.indexOf("--config");
    assertTrue(config >= 0, "the example passes --config: " + args);
    local.set(config + 1, CONF.resolve("nightly.properties.example").toString());
    return PipelineOptions.parse(local.toArray(new String[0]));
  }
}
