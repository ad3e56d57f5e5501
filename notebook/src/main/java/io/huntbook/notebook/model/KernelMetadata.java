package io.huntbook.notebook.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The notebook metadata naming the Huntbook KQL kernel, so Jupyter opens KQL notebooks with it. */
public final class KernelMetadata {
  /** The kernel's name, as installed in Jupyter's kernelspec directory. */
  public static final String KERNEL_NAME = "huntbook-kql";

  /** The name Jupyter shows in its kernel menu. */
  public static final String DISPLAY_NAME = "KQL (Huntbook)";

  /** The language of code cells. */
  public static final String LANGUAGE = "kql";

  private KernelMetadata() {}

  /** {@code kernelspec} and {@code language_info} for a new notebook. */
  public static ObjectNode huntbook() {
    ObjectNode metadata = Json.object();
    ObjectNode kernelspec = metadata.putObject("kernelspec");
    kernelspec.put("name", KERNEL_NAME);
    kernelspec.put("display_name", DISPLAY_NAME);
    kernelspec.put("language", LANGUAGE);
    metadata.set("language_info", languageInfo());
    return metadata;
  }

  /** The {@code language_info} the kernel also reports in its {@code kernel_info_reply}. */
  public static ObjectNode languageInfo() {
    ObjectNode info = Json.object();
    info.put("name", LANGUAGE);
    info.put("mimetype", "text/x-kql");
    info.put("file_extension", ".kql");
    return info;
  }
}
