"""jupyter_kernel_test's protocol suite, configured for the Huntbook KQL kernel.

Run by io.huntbook.kernel.JupyterClientTest with JUPYTER_PATH pointing at a temporary
kernelspec. Prints the time from starting the kernel to its first kernel_info_reply.
"""

import sys
import time
import unittest

import jupyter_kernel_test
from jupyter_client.manager import start_new_kernel


class KqlKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "huntbook-kql"
    language_name = "kql"
    file_extension = ".kql"

    @classmethod
    def setUpClass(cls):
        started = time.monotonic()
        # start_new_kernel returns once the kernel has answered kernel_info_request.
        cls.km, cls.kc = start_new_kernel(kernel_name=cls.kernel_name)
        print(
            "KERNEL_INFO_SECONDS=%.3f" % (time.monotonic() - started),
            file=sys.stderr,
            flush=True,
        )

    completion_samples = [
        {"text": "DeviceProcessEv", "matches": {"DeviceProcessEvents"}},
        {
            "text": "DeviceProcessEvents | where InitiatingProcessCommandL",
            "matches": {"InitiatingProcessCommandLine"},
        },
        {"text": "DeviceEvents | summ", "matches": {"summarize"}},
        {"text": "DeviceEvents | mv-ex", "matches": {"mv-expand"}},
    ]

    complete_code_samples = [
        "DeviceProcessEvents | take 10",
        "print answer = 42",
        "%connect local",
        "DeviceEvents // a comment with ( and |",
    ]
    incomplete_code_samples = [
        "DeviceProcessEvents |",
        "DeviceEvents | where ActionType in (",
        "print s = ```multi-line",
        "print s = 'unfinished",
    ]
    invalid_code_samples = [
        "DeviceEvents | where )",
        "print x = (1]",
        "print s = 'broken\n'",
    ]

    code_execute_result = [
        {"code": "print answer = 42", "mime": "application/vnd.dataresource+json"},
        {"code": "print greeting = 'hello'", "mime": "text/html"},
        {"code": "print n = 1 + 1", "mime": "text/plain"},
    ]

    code_history_pattern = "print answer*"
    supported_history_operations = ("tail", "range", "search")

    code_inspect_sample = "DeviceProcessEvents"

    code_generate_error = "NoSuchTable | take 1"

    # Two statements separated only by a blank line: the checker's warning goes to stderr.
    code_stderr = "print a = 1\n\nprint b = 2"

    def test_error_names_the_diagnostic_with_a_caret(self):
        self.flush_channels()
        reply, outputs = self.execute_helper("print 1;\nNoSuchTable | take 1")
        self.assertEqual(reply["content"]["status"], "error")
        self.assertEqual(reply["content"]["ename"], "KQL0100")
        [error] = outputs
        self.assertEqual(error["msg_type"], "error")
        traceback = error["content"]["traceback"]
        self.assertTrue(traceback[0].startswith("line 2:1: KQL0100"), traceback)
        self.assertEqual(traceback[1].strip(), "NoSuchTable | take 1")
        self.assertEqual(traceback[2].strip(), "^" * len("NoSuchTable"))

    def test_magic_writes_the_session_to_stdout(self):
        self.flush_channels()
        reply, outputs = self.execute_helper("%connect local")
        self.assertEqual(reply["content"]["status"], "ok")
        streams = [m for m in outputs if m["msg_type"] == "stream"]
        self.assertEqual(len(streams), 1)
        self.assertEqual(streams[0]["content"]["name"], "stdout")
        self.assertIn("connection: local", streams[0]["content"]["text"])

    def test_inspect_a_column_gives_its_type_and_table(self):
        self.flush_channels()
        code = "DeviceProcessEvents | where ProcessId > 4"
        msg_id = self.kc.inspect(code, cursor_pos=code.index("ProcessId") + 3)
        reply = self.get_non_kernel_info_reply(timeout=15)
        jupyter_kernel_test.validate_message(reply, "inspect_reply", msg_id)
        self.assertTrue(reply["content"]["found"])
        self.assertEqual(
            reply["content"]["data"]["text/plain"],
            "ProcessId: column of type long in table DeviceProcessEvents",
        )
        self.assertIn("text/markdown", reply["content"]["data"])

    def test_interrupt_cancels_the_running_query(self):
        self.flush_channels()
        # interrupt_mode "message": the manager sends interrupt_request on the control channel.
        msg_id = self.kc.execute('print state = "Sleep"')
        time.sleep(1.0)
        self.km.interrupt_kernel()
        reply = self.get_non_kernel_info_reply(timeout=15)
        jupyter_kernel_test.validate_message(reply, "execute_reply", msg_id)
        self.assertEqual(reply["content"]["status"], "error")
        self.assertEqual(reply["content"]["ename"], "Interrupted")
        self.flush_channels()
        reply, outputs = self.execute_helper("print after = 1")
        self.assertEqual(reply["content"]["status"], "ok")

    def test_complete_reply_counts_code_points(self):
        self.flush_channels()
        code = "print e = '\N{GRINNING FACE}';\nDeviceProcessEv"
        msg_id = self.kc.complete(code)
        reply = self.get_non_kernel_info_reply(timeout=15)
        jupyter_kernel_test.validate_message(reply, "complete_reply", msg_id)
        self.assertEqual(reply["content"]["matches"], ["DeviceProcessEvents"])
        self.assertEqual(reply["content"]["cursor_end"], len(code))
        self.assertEqual(reply["content"]["cursor_start"], len(code) - len("DeviceProcessEv"))


if __name__ == "__main__":
    unittest.main()
