package io.huntbook.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.kernel.wire.ConnectionInfo;
import io.huntbook.kernel.wire.Json;
import io.huntbook.kernel.wire.KernelConnection;
import io.huntbook.kernel.wire.Message;
import io.huntbook.kernel.wire.Session;
import io.huntbook.kernel.wire.WireCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The base kernel on real JeroMQ sockets on loopback, driven by a real client. */
class BaseKernelLoopbackTest {
  private final ScriptedLanguage language = new ScriptedLanguage();
  private BaseKernel kernel;
  private KernelConnection connection;
  private WireClient client;

  @BeforeEach
  void start() {
    String key = UUID.randomUUID().toString();
    kernel = new BaseKernel(language, Session.create());
    connection =
        kernel.start(new ConnectionInfo("tcp", "127.0.0.1", 0, 0, 0, 0, 0, "hmac-sha256", key));
    client = new WireClient(connection.boundInfo());
    client.awaitIopub();
  }

  @AfterEach
  void stop() {
    client.close();
    kernel.close();
  }

  @Test
  void kernelInfoDescribesTheProtocolAndLanguageFramedByBusyAndIdle() {
    Message request = client.request("kernel_info_request", Json.object());
    client.sendShell(request);
    Message reply = client.receiveShell();
    assertThat(reply.msgType()).isEqualTo("kernel_info_reply");
    assertThat(reply.parentMsgId()).isEqualTo(request.msgId());
    assertThat(reply.header().path("version").asText()).isEqualTo("5.3");
    ObjectNode content = reply.content();
    assertThat(content.path("status").asText()).isEqualTo("ok");
    assertThat(content.path("protocol_version").asText()).isEqualTo("5.3");
    assertThat(content.path("language_info").path("file_extension").asText())
        .isEqualTo(".scripted");
    assertThat(content.path("help_links").get(0).path("url").asText())
        .isEqualTo("https://example.org/help");
    assertThat(states(client.iopubUntilIdle(request))).containsExactly("busy", "idle");
  }

  @Test
  void executePublishesInputOutputsAndResultAndCountsExecutions() {
    Message first = execute("say hello, world");
    Message reply = client.receiveShell();
    assertThat(reply.content().path("status").asText()).isEqualTo("ok");
    assertThat(reply.content().path("execution_count").asInt()).isEqualTo(1);
    List<Message> messages = client.iopubUntilIdle(first);
    assertThat(types(messages)).containsExactly("status", "execute_input", "stream", "status");
    assertThat(messages.get(1).content().path("code").asText()).isEqualTo("say hello, world");
    assertThat(messages.get(2).content().path("name").asText()).isEqualTo("stdout");
    assertThat(messages.get(2).content().path("text").asText()).isEqualTo("hello, world\n");

    Message second = execute("value 42");
    assertThat(client.receiveShell().content().path("execution_count").asInt()).isEqualTo(2);
    List<Message> outputs = client.iopubUntilIdle(second);
    assertThat(types(outputs))
        .containsExactly("status", "execute_input", "execute_result", "status");
    Message result = outputs.get(2);
    assertThat(result.content().path("execution_count").asInt()).isEqualTo(2);
    assertThat(result.content().path("data").path("text/plain").asText()).isEqualTo("42");

    Message third = execute("show table");
    client.receiveShell();
    Message display = client.iopubUntilIdle(third).get(2);
    assertThat(display.msgType()).isEqualTo("display_data");
    assertThat(display.content().path("data").path("text/html").asText()).isEqualTo("<b>table</b>");
  }

  @Test
  void silentExecutionPublishesNothingButStatusAndDoesNotCount() {
    ObjectNode content = Json.object().put("code", "value 7").put("silent", true);
    Message request = client.request("execute_request", content);
    client.sendShell(request);
    assertThat(client.receiveShell().content().path("execution_count").asInt()).isZero();
    assertThat(types(client.iopubUntilIdle(request))).containsExactly("status", "status");
  }

  @Test
  void aFailingCellGetsAnErrorOutputAndReplyAndTheKernelStaysUp() {
    Message request = execute("fail no such table");
    Message reply = client.receiveShell();
    assertThat(reply.content().path("status").asText()).isEqualTo("error");
    assertThat(reply.content().path("ename").asText()).isEqualTo("ScriptError");
    assertThat(reply.content().path("evalue").asText()).isEqualTo("no such table");
    List<Message> messages = client.iopubUntilIdle(request);
    assertThat(types(messages)).containsExactly("status", "execute_input", "error", "status");
    assertThat(messages.get(2).content().path("traceback").get(0).asText())
        .isEqualTo("failed: no such table");

    execute("value 1");
    assertThat(client.receiveShell().content().path("status").asText()).isEqualTo("ok");
  }

  @Test
  void stopOnErrorAbortsTheExecuteRequestsQueuedBehindAFailure() throws InterruptedException {
    Message sleeping = execute("sleep");
    assertThat(language.sleeping.await(10, TimeUnit.SECONDS)).isTrue();
    Message queued = execute("value queued");
    Message info = client.request("kernel_info_request", Json.object());
    client.sendShell(info);
    // Give the queued requests time to reach the kernel's socket, then fail the running cell.
    Thread.sleep(300);
    client.sendControl(client.request("interrupt_request", Json.object()));
    assertThat(client.receiveControl().msgType()).isEqualTo("interrupt_reply");

    Message interrupted = client.receiveShell();
    assertThat(interrupted.parentMsgId()).isEqualTo(sleeping.msgId());
    assertThat(interrupted.content().path("status").asText()).isEqualTo("error");
    assertThat(interrupted.content().path("ename").asText()).isEqualTo("Interrupted");
    Message aborted = client.receiveShell();
    assertThat(aborted.parentMsgId()).isEqualTo(queued.msgId());
    assertThat(aborted.content().path("status").asText()).isEqualTo("aborted");
    Message answered = client.receiveShell();
    assertThat(answered.parentMsgId()).isEqualTo(info.msgId());
    assertThat(answered.content().path("status").asText()).isEqualTo("ok");

    execute("value after");
    assertThat(client.receiveShell().content().path("status").asText()).isEqualTo("ok");
  }

  @Test
  void completionCursorsAreCountedInCodePoints() {
    // "😀" is one code point but two UTF-16 chars; the cursor after "sh" is code point 5.
    String code = "😀 x sh";
    ObjectNode content = Json.object().put("code", code).put("cursor_pos", 6);
    Message request = client.request("complete_request", content);
    client.sendShell(request);
    Message reply = client.receiveShell();
    assertThat(reply.content().path("matches").get(0).asText()).isEqualTo("show");
    assertThat(reply.content().path("cursor_start").asInt()).isEqualTo(4);
    assertThat(reply.content().path("cursor_end").asInt()).isEqualTo(6);
  }

  @Test
  void inspectIsCompleteHistoryAndCommInfoAreAnswered() {
    client.sendShell(client.request("inspect_request", Json.object().put("code", "say x")));
    Message inspect = client.receiveShell();
    assertThat(inspect.content().path("found").asBoolean()).isTrue();
    assertThat(inspect.content().path("data").path("text/plain").asText()).startsWith("say X");

    client.sendShell(client.request("is_complete_request", Json.object().put("code", "say \\")));
    Message complete = client.receiveShell();
    assertThat(complete.content().path("status").asText()).isEqualTo("incomplete");
    assertThat(complete.content().path("indent").asText()).isEqualTo("  ");

    execute("value 5");
    client.receiveShell();
    ObjectNode history =
        Json.object().put("hist_access_type", "tail").put("n", 1).put("output", true);
    client.sendShell(client.request("history_request", history));
    Message reply = client.receiveShell();
    assertThat(reply.content().path("history").toString()).isEqualTo("[[1,1,[\"value 5\",\"5\"]]]");

    client.sendShell(client.request("comm_info_request", Json.object()));
    assertThat(client.receiveShell().content().path("comms").size()).isZero();
  }

  @Test
  void aCommOpenedByTheClientIsClosedAtOnce() {
    Message open =
        client.request(
            "comm_open",
            Json.object()
                .put("comm_id", "c0ffee")
                .put("target_name", "jupyter.widget")
                .set("data", Json.object()));
    client.sendShell(open);

    List<Message> published = client.iopubUntilIdle(open);
    assertThat(published)
        .filteredOn(message -> message.msgType().equals("comm_close"))
        .singleElement()
        .satisfies(
            close -> assertThat(close.content().path("comm_id").asText()).isEqualTo("c0ffee"));
  }

  @Test
  void forgedAndReplayedMessagesAreDroppedWithoutAnAnswer() {
    Message forged = execute("value 1", WireCodec.forKey("not the kernel's key"));
    Message unsigned = execute("value 2", WireCodec.forKey(""));
    assertThat(client.receiveShell(Duration.ofMillis(500))).isNull();

    Message genuine = client.request("execute_request", Json.object().put("code", "value 3"));
    List<byte[]> frames = client.encode(genuine);
    client.sendShellFrames(frames);
    Message reply = client.receiveShell();
    assertThat(reply.parentMsgId()).isEqualTo(genuine.msgId());
    assertThat(reply.content().path("execution_count").asInt()).isEqualTo(1);
    client.sendShellFrames(frames);
    assertThat(client.receiveShell(Duration.ofMillis(500))).isNull();

    assertThat(connection.droppedCount()).isEqualTo(3);
    assertThat(forged.msgId()).isNotEqualTo(unsigned.msgId());
  }

  @Test
  void heartbeatEchoes() {
    byte[] ping = "ping".getBytes(StandardCharsets.US_ASCII);
    assertThat(client.ping(ping)).isEqualTo(ping);
  }

  @Test
  void shutdownRepliesOnControlAndStopsTheKernel() throws InterruptedException {
    Message request = client.request("shutdown_request", Json.object().put("restart", true));
    client.sendControl(request);
    Message reply = client.receiveControl();
    assertThat(reply.msgType()).isEqualTo("shutdown_reply");
    assertThat(reply.content().path("restart").asBoolean()).isTrue();
    assertThat(kernel.awaitShutdown()).isTrue();
    assertThat(types(client.iopubUntilIdle(request)))
        .containsExactly("status", "shutdown_reply", "status");
  }

  private Message execute(String code) {
    Message request = client.request("execute_request", Json.object().put("code", code));
    client.sendShell(request);
    return request;
  }

  /** Sends an execute request signed by another codec (a wrong key, or none). */
  private Message execute(String code, WireCodec codec) {
    Message request = client.request("execute_request", Json.object().put("code", code));
    client.sendShellFrames(codec.encode(request));
    return request;
  }

  private static List<String> types(List<Message> messages) {
    return messages.stream().map(Message::msgType).toList();
  }

  private static List<String> states(List<Message> messages) {
    return messages.stream().map(m -> m.content().path("execution_state").asText()).toList();
  }
}
