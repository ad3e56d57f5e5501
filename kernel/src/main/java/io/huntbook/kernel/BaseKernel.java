package io.huntbook.kernel;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.kernel.wire.ConnectionInfo;
import io.huntbook.kernel.wire.Json;
import io.huntbook.kernel.wire.KernelConnection;
import io.huntbook.kernel.wire.Message;
import io.huntbook.kernel.wire.RequestHandler.Responder;
import io.huntbook.kernel.wire.Session;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The protocol side of a kernel: answers every request of messaging protocol 5.3 and leaves only
 * evaluation, completion, inspection and the completeness check to its {@link KernelLanguage}.
 *
 * <p>Each request is framed by {@code busy} and {@code idle} status messages on iopub. Cells run
 * one at a time on an execution thread, while the shell thread waits, so an {@code
 * interrupt_request} on control can cancel a cell by interrupting that thread (interrupt mode
 * {@code message}). A cell that fails with {@code stop_on_error} aborts the execute requests
 * already queued behind it. Cursor positions on the wire are code points; the language sees UTF-16
 * indices.
 */
public final class BaseKernel implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(BaseKernel.class.getName());

  private final KernelLanguage language;
  private final Session session;
  private final ExecutionHistory history = new ExecutionHistory();
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "huntbook-kernel-execute");
            thread.setDaemon(true);
            return thread;
          });
  private final Object runningLock = new Object();
  private final CompletableFuture<Boolean> shutdown = new CompletableFuture<>();
  private Thread running; // guarded by runningLock
  private int executionCount; // touched by the shell thread only
  private KernelConnection connection;

  public BaseKernel(KernelLanguage language, Session session) {
    this.language = language;
    this.session = session;
  }

  /** Binds the sockets of a connection file and starts answering requests. */
  public synchronized KernelConnection start(ConnectionInfo info) {
    if (connection != null) {
      throw new IllegalStateException("the kernel is already started");
    }
    connection = KernelConnection.bind(info);
    connection.serve(
        (request, responder) -> handle(request, responder, true),
        (request, responder) -> handle(request, responder, false));
    return connection;
  }

  /** Blocks until a client asks for shutdown; returns whether it asked for a restart. */
  public boolean awaitShutdown() throws InterruptedException {
    try {
      return shutdown.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Cancels a running cell and closes the sockets. */
  @Override
  public synchronized void close() {
    executor.shutdownNow();
    if (connection != null) {
      connection.close();
    }
  }

  private void handle(Message request, Responder responder, boolean shell) {
    publish(request, "status", status("busy"));
    boolean stopping = false;
    try {
      stopping = dispatch(request, responder, shell);
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "failed to handle " + request.msgType(), e);
      responder.send(
          session.reply(
              request,
              replyType(request.msgType()),
              errorContent(e.getClass().getSimpleName(), String.valueOf(e.getMessage()))));
    } finally {
      publish(request, "status", status("idle"));
    }
    if (stopping) {
      shutdown.complete(request.flag("restart", false));
    }
  }

  /** Answers one request; returns true when it asked the kernel to stop. */
  private boolean dispatch(Message request, Responder responder, boolean shell) {
    switch (request.msgType()) {
      case "kernel_info_request" -> responder.send(reply(request, kernelInfo()));
      case "execute_request" -> {
        if (shell) {
          execute(request, responder);
        } else {
          LOG.log(Level.WARNING, "ignored an execute_request on the control channel");
        }
      }
      case "complete_request" -> responder.send(reply(request, complete(request)));
      case "inspect_request" -> responder.send(reply(request, inspect(request)));
      case "is_complete_request" -> responder.send(reply(request, isComplete(request)));
      case "history_request" -> responder.send(reply(request, history(request)));
      case "comm_info_request" -> {
        ObjectNode content = ok();
        content.set("comms", Json.object());
        responder.send(reply(request, content));
      }
      case "comm_open" -> {
        // No comm targets here: the messaging spec asks for an immediate comm_close, so the
        // client does not keep a comm the kernel will never answer.
        ObjectNode close = Json.object();
        close.put("comm_id", request.text("comm_id", ""));
        close.set("data", Json.object());
        publish(request, "comm_close", close);
      }
      case "comm_msg", "comm_close" -> {
        // Nothing is open on this side; messages for unknown comms are dropped, as the spec says.
      }
      case "interrupt_request" -> {
        interruptRunningCell();
        responder.send(reply(request, ok()));
      }
      case "shutdown_request" -> {
        ObjectNode content = ok();
        content.put("restart", request.flag("restart", false));
        responder.send(reply(request, content));
        // Older clients only listen for the shutdown on iopub.
        publish(request, "shutdown_reply", content);
        return true;
      }
      default ->
          LOG.log(Level.WARNING, "ignored a request of unsupported type {0}", request.msgType());
    }
    return false;
  }

  private void execute(Message request, Responder responder) {
    String code = request.text("code", "");
    boolean silent = request.flag("silent", false);
    boolean storeHistory = !silent && request.flag("store_history", true);
    boolean stopOnError = request.flag("stop_on_error", true);
    if (storeHistory) {
      executionCount++;
    }
    int count = executionCount;
    if (!silent) {
      ObjectNode input = Json.object();
      input.put("code", code);
      input.put("execution_count", count);
      publish(request, "execute_input", input);
    }
    OutputSink outputs = silent ? OutputSink.NONE : new IopubOutputs(request);
    Evaluation evaluation = evaluate(code, outputs);
    ObjectNode content;
    String output = null;
    switch (evaluation) {
      case Evaluation.Success success -> {
        Optional<MimeBundle> result = success.result();
        if (result.isPresent()) {
          output = result.get().textOf("text/plain");
          if (!silent) {
            ObjectNode message = Json.object();
            message.put("execution_count", count);
            message.set("data", result.get().dataJson());
            message.set("metadata", result.get().metadataJson());
            publish(request, "execute_result", message);
          }
        }
        content = ok();
        content.put("execution_count", count);
        content.set("payload", Json.MAPPER.createArrayNode());
        content.set("user_expressions", Json.object());
      }
      case Evaluation.Failure failure -> {
        ObjectNode error = Json.object();
        error.put("ename", failure.errorName());
        error.put("evalue", failure.errorValue());
        ArrayNode traceback = error.putArray("traceback");
        failure.traceback().forEach(traceback::add);
        if (!silent) {
          publish(request, "error", error);
        }
        content = ok();
        content.put("status", "error");
        content.put("execution_count", count);
        content.setAll(error);
      }
    }
    if (storeHistory) {
      history.add(count, code, output);
    }
    responder.send(reply(request, content));
    if (evaluation instanceof Evaluation.Failure && stopOnError) {
      abortQueued(responder);
    }
  }

  /** Runs a cell on the execution thread, where an interrupt can reach it. */
  private Evaluation evaluate(String code, OutputSink outputs) {
    Future<Evaluation> future =
        executor.submit(
            () -> {
              synchronized (runningLock) {
                running = Thread.currentThread();
              }
              try {
                return language.evaluate(code, outputs);
              } catch (InterruptedException e) {
                return interrupted();
              } finally {
                synchronized (runningLock) {
                  running = null;
                  // An interrupt that came after the cell ended must not reach the next one.
                  Thread.interrupted();
                }
              }
            });
    try {
      return future.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      LOG.log(Level.ERROR, "a cell failed unexpectedly", cause);
      return new Evaluation.Failure(
          cause.getClass().getSimpleName(),
          String.valueOf(cause.getMessage()),
          List.of("the kernel failed while running this cell: " + cause));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      return interrupted();
    }
  }

  private static Evaluation.Failure interrupted() {
    return new Evaluation.Failure(
        "Interrupted", "the cell was interrupted", List.of("Interrupted: the cell was cancelled"));
  }

  private void interruptRunningCell() {
    synchronized (runningLock) {
      if (running != null) {
        running.interrupt();
      }
    }
  }

  /** After a failure: aborts the queued execute requests and answers the others. */
  private void abortQueued(Responder responder) {
    for (Message queued : responder.takeQueued()) {
      if (!queued.msgType().equals("execute_request")) {
        handle(queued, responder, true);
        continue;
      }
      publish(queued, "status", status("busy"));
      ObjectNode content = Json.object();
      content.put("status", "aborted");
      responder.send(reply(queued, content));
      publish(queued, "status", status("idle"));
    }
  }

  private ObjectNode kernelInfo() {
    LanguageInfo info = language.info();
    ObjectNode content = ok();
    content.put("protocol_version", Session.PROTOCOL_VERSION);
    content.put("implementation", info.implementation());
    content.put("implementation_version", info.implementationVersion());
    content.set("language_info", info.languageInfoJson());
    content.put("banner", info.banner());
    content.put("debugger", false);
    ArrayNode links = content.putArray("help_links");
    for (LanguageInfo.HelpLink link : info.helpLinks()) {
      links.addObject().put("text", link.text()).put("url", link.url());
    }
    return content;
  }

  private ObjectNode complete(Message request) {
    String code = request.text("code", "");
    int cursor = cursor(request, code);
    Completion completion = language.complete(code, cursor);
    ObjectNode content = ok();
    ArrayNode matches = content.putArray("matches");
    completion.matches().forEach(matches::add);
    content.put("cursor_start", CodePoints.fromIndex(code, completion.start()));
    content.put("cursor_end", CodePoints.fromIndex(code, completion.end()));
    content.set("metadata", Json.object());
    return content;
  }

  private ObjectNode inspect(Message request) {
    String code = request.text("code", "");
    Inspection inspection =
        language.inspect(code, cursor(request, code), request.integer("detail_level", 0));
    ObjectNode content = ok();
    content.put("found", inspection.found().isPresent());
    content.set("data", inspection.found().map(MimeBundle::dataJson).orElseGet(Json::object));
    content.set(
        "metadata", inspection.found().map(MimeBundle::metadataJson).orElseGet(Json::object));
    return content;
  }

  private ObjectNode isComplete(Message request) {
    Completeness completeness = language.isComplete(request.text("code", ""));
    ObjectNode content = Json.object();
    content.put("status", completeness.status().wireName());
    if (completeness.status() == Completeness.Status.INCOMPLETE) {
      content.put("indent", completeness.indent());
    }
    return content;
  }

  private ObjectNode history(Message request) {
    boolean output = request.flag("output", false);
    List<ExecutionHistory.Entry> entries =
        switch (request.text("hist_access_type", "tail")) {
          case "range" ->
              history.range(
                  request.integer("session", 0),
                  request.integer("start", 0),
                  request.integer("stop", 0));
          case "search" ->
              history.search(
                  request.text("pattern", "*"),
                  request.integer("n", 0),
                  request.flag("unique", false));
          default -> history.tail(request.integer("n", 10));
        };
    ObjectNode content = ok();
    ArrayNode list = content.putArray("history");
    for (ExecutionHistory.Entry entry : entries) {
      ArrayNode item = list.addArray().add(entry.session()).add(entry.line());
      if (output) {
        item.addArray().add(entry.input()).add(entry.output());
      } else {
        item.add(entry.input());
      }
    }
    return content;
  }

  /** The request's {@code cursor_pos} (code points) as a UTF-16 index; missing: the end. */
  private static int cursor(Message request, String code) {
    int codePoints = request.integer("cursor_pos", code.codePointCount(0, code.length()));
    return CodePoints.toIndex(code, codePoints);
  }

  private Message reply(Message request, ObjectNode content) {
    return session.reply(request, replyType(request.msgType()), content);
  }

  private static String replyType(String requestType) {
    return requestType.endsWith("_request")
        ? requestType.substring(0, requestType.length() - "_request".length()) + "_reply"
        : requestType + "_reply";
  }

  private void publish(Message parent, String msgType, ObjectNode content) {
    connection.publish(session.broadcast(parent, msgType, content));
  }

  private static ObjectNode ok() {
    ObjectNode content = Json.object();
    content.put("status", "ok");
    return content;
  }

  private static ObjectNode status(String state) {
    ObjectNode content = Json.object();
    content.put("execution_state", state);
    return content;
  }

  private static ObjectNode errorContent(String name, String value) {
    ObjectNode content = Json.object();
    content.put("status", "error");
    content.put("ename", name);
    content.put("evalue", value);
    content.putArray("traceback").add(name + ": " + value);
    return content;
  }

  /** Sends a running cell's outputs to iopub, under the cell's request. */
  private final class IopubOutputs implements OutputSink {
    private final Message request;

    IopubOutputs(Message request) {
      this.request = request;
    }

    @Override
    public void stream(StreamName name, String text) {
      ObjectNode content = Json.object();
      content.put("name", name.wireName());
      content.put("text", text);
      publish(request, "stream", content);
    }

    @Override
    public void display(MimeBundle bundle) {
      ObjectNode content = Json.object();
      content.set("data", bundle.dataJson());
      content.set("metadata", bundle.metadataJson());
      content.set("transient", Json.object());
      publish(request, "display_data", content);
    }

    @Override
    public void clearOutput(boolean wait) {
      ObjectNode content = Json.object();
      content.put("wait", wait);
      publish(request, "clear_output", content);
    }
  }
}
