package io.framing.ingest;

import io.framing.Args;

/**
 * What identifies one version of an input file between runs: its path as listed, its size in
 * bytes and its modification time. A file whose stamp is recorded in the output was ingested
 * before; a file appended to or rewritten since has another size or time, so it is read again.
 *
 * @param path the file as the input listing names it (absolute for local files)
 * @param size bytes, at least 0
 * @param modifiedMillis modification time, milliseconds since the epoch (UTC)
 */
public record InputFileStamp(String path, long size, long modifiedMillis) {
  public InputFileStamp {
    Args.notBlank(path, "path");
    Args.check(size >= 0, "size of %s must be >= 0, got %s", path, size);
  }
}
