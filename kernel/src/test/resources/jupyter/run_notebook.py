"""Executes a notebook with nbclient on the kernel its metadata names, as Jupyter would.

usage: run_notebook.py <in.ipynb> <out.ipynb>
Prints the time to start the kernel and the time to run all cells.
"""

import sys
import time

import nbformat
from nbclient import NotebookClient


def main(source, target):
    notebook = nbformat.read(source, as_version=4)
    client = NotebookClient(notebook, timeout=600, startup_timeout=120)
    started = time.monotonic()
    with client.setup_kernel():
        ready = time.monotonic()
        print("KERNEL_READY_SECONDS=%.3f" % (ready - started), flush=True)
        for index, cell in enumerate(notebook.cells):
            client.execute_cell(cell, index)
        print("CELLS_SECONDS=%.3f" % (time.monotonic() - ready), flush=True)
    nbformat.write(notebook, target)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
