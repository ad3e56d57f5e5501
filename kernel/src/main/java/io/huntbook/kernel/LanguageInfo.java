package io.huntbook.kernel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.kernel.wire.Json;
import java.util.List;
import java.util.Objects;

/**
 * What {@code kernel_info_reply} says about a kernel's language and implementation.
 *
 * @param codemirrorMode the editor mode front ends highlight cells with
 * @param pygmentsLexer the lexer nbconvert highlights exported cells with
 */
public record LanguageInfo(
    String name,
    String version,
    String mimetype,
    String fileExtension,
    String codemirrorMode,
    String pygmentsLexer,
    String implementation,
    String implementationVersion,
    String banner,
    List<HelpLink> helpLinks) {

  public LanguageInfo {
    Objects.requireNonNull(name);
    Objects.requireNonNull(version);
    Objects.requireNonNull(mimetype);
    Objects.requireNonNull(fileExtension);
    Objects.requireNonNull(codemirrorMode);
    Objects.requireNonNull(pygmentsLexer);
    Objects.requireNonNull(implementation);
    Objects.requireNonNull(implementationVersion);
    Objects.requireNonNull(banner);
    helpLinks = List.copyOf(helpLinks);
    if (!fileExtension.startsWith(".")) {
      throw new IllegalArgumentException("a file extension starts with a dot: " + fileExtension);
    }
  }

  /** A link in a front end's help menu. */
  public record HelpLink(String text, String url) {
    public HelpLink {
      Objects.requireNonNull(text);
      Objects.requireNonNull(url);
    }
  }

  /** The {@code language_info} object of {@code kernel_info_reply}. */
  public ObjectNode languageInfoJson() {
    ObjectNode info = Json.object();
    info.put("name", name);
    info.put("version", version);
    info.put("mimetype", mimetype);
    info.put("file_extension", fileExtension);
    info.put("codemirror_mode", codemirrorMode);
    info.put("pygments_lexer", pygmentsLexer);
    return info;
  }
}
