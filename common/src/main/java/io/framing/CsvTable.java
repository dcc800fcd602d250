package io.framing;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one data file (dictionaries, cue lists): UTF-8, RFC 4180, a header row that must equal the expected
 * columns. Rows with the wrong number of fields are reported, blank lines skipped. Problems
 * go to a shared list so that one load reports them all.
 */
public final class CsvTable {
  private CsvTable() {}

  /** A data row with the line it starts on. */
  public record Row(String file, long line, String[] fields) {
    public String where() {
      return file + " line " + line;
    }
  }

  /** Reads {@code file}; returns its rows, or an empty list after recording a problem. */
  public static List<Row> read(Path file, List<String> header, List<String> problems) {
    String name = file.getFileName().toString();
    List<Row> rows = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      problems.add(name + ": file is missing (expected at " + file.toAbsolutePath() + ")");
      return rows;
    }
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (Reader in = new InputStreamReader(Files.newInputStream(file), decoder);
        CSVReader csv = new CSVReaderBuilder(in)
            .withCSVParser(new RFC4180ParserBuilder().build())
            .withKeepCarriageReturn(false)
            .build()) {
      long before = csv.getLinesRead();
      String[] first = csv.readNext();
      if (first == null) {
        problems.add(name + " line 1: file is empty, expected header " + String.join(",", header));
        return rows;
      }
      if (first.length > 0 && first[0].startsWith("\uFEFF")) {
        first[0] = first[0].substring(1);
      }
      List<String> got = new ArrayList<>();
      for (String f : first) {
        got.add(f.strip());
      }
      if (!got.equals(header)) {
        problems.add(name + " line 1: header is '" + String.join(",", got) + "', expected '"
            + String.join(",", header) + "'");
        return rows;
      }
      before = csv.getLinesRead();
      String[] fields;
      while ((fields = csv.readNext()) != null) {
        long line = before + 1;
        before = csv.getLinesRead();
        if (fields.length == 1 && fields[0].isBlank()) {
          continue;
        }
        if (fields.length != header.size()) {
          problems.add(name + " line " + line + ": " + fields.length + " columns, expected "
              + header.size() + " (" + String.join(",", header) + "); row starts '"
              + abbreviate(String.join(",", fields)) + "'");
          continue;
        }
        rows.add(new Row(name, line, fields));
      }
    } catch (CsvValidationException e) {
      problems.add(name + " line " + e.getLineNumber() + ": malformed CSV: " + e.getMessage());
    } catch (CharacterCodingException e) {
      problems.add(name + ": not valid UTF-8 (" + e.getMessage() + ")");
    } catch (NoSuchFileException e) {
      problems.add(name + ": file is missing");
    } catch (IOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        problems.add(name + ": not valid UTF-8");
      } else {
        problems.add(name + ": cannot be read as CSV: " + e.getMessage());
      }
    }
    return rows;
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
