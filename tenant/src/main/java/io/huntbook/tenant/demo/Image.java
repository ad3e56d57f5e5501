package io.huntbook.tenant.demo;

/**
 * An executable file: what Defender reports about the binary behind a process.
 *
 * @param fileName as on disk, e.g. {@code powershell.exe}
 * @param folderPath the full path of the file, as Defender's FolderPath columns hold it
 */
record Image(
    String fileName,
    String folderPath,
    String company,
    String product,
    String version,
    String description,
    long size,
    String sha1,
    String sha256,
    String md5) {

  /** An image whose hashes are derived from its path and version. */
  static Image of(
      String folderPath,
      String company,
      String product,
      String version,
      String description,
      long size) {
    String fileName = folderPath.substring(folderPath.lastIndexOf('\\') + 1);
    String content = fileName.toLowerCase(java.util.Locale.ROOT) + "|" + version + "|" + company;
    return new Image(
        fileName,
        folderPath,
        company,
        product,
        version,
        description,
        size,
        Ids.digest("SHA-1", content),
        Ids.digest("SHA-256", content),
        Ids.digest("MD5", content));
  }
}
