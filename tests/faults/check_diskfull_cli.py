#!/usr/bin/env python3
"""The disk filling up under the command line's writes.

Each export (export-pdf, export-qdpx, export-qdc, export-csv, export-json) of a project is run over
an earlier export with about a kilobyte of room left, and export-json of files (which analyses them
first) too; import-qdpx writes a new project with eight. Two media:
  --medium fsize  a file size limit on the app (RLIMIT_FSIZE, SIGXFSZ ignored, so that writes fail
                  with EFBIG); works anywhere.
  --medium tmpfs  a 4 MiB tmpfs filled up but for the room asked for (ENOSPC). Needs root; the test
                  runs itself in a mount namespace of its own (unshare), so the mount goes with it.
                  Exits with 77 where that is not possible.
After each refused write: exit code 1 and a message on stderr; the earlier file unchanged and nothing
left beside it; the project exported from unchanged (byte for byte); no new project file. With room
again, the same command works."""

import argparse
import os
import resource
import shutil
import signal
import subprocess
import sys

import faultlib

NAMESPACE_MARK = "CLAIMSCOPE_FAULTS_IN_NAMESPACE"
TMPFS_BYTES = 4 * 1024 * 1024


class FileSizeLimit:
    name = "file size limit"

    def __init__(self, work):
        self.folder = faultlib.fresh_folder(os.path.join(work, "fsize"))
        self.room = None

    def restrict(self, room):
        self.room = room

    def lift(self):
        self.room = None

    def preexec(self):
        """Runs in the app's process before it starts: the limit is the app's alone."""
        if self.room is None:
            return None
        room = self.room

        def limit():
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # an ignored signal stays so across exec
            resource.setrlimit(resource.RLIMIT_FSIZE, (room, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
        return limit


class FullTmpfs:
    name = "full tmpfs"

    def __init__(self, work):
        self.mount_point = faultlib.fresh_folder(os.path.join(work, "tmpfs"))
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={TMPFS_BYTES},mode=0700",
                               "claimscope-faults", self.mount_point], capture_output=True)
        if done.returncode != 0:
            print("SKIP: mount -t tmpfs failed:", done.stderr.decode().strip(), flush=True)
            sys.exit(faultlib.SKIP)
        self.folder = faultlib.fresh_folder(os.path.join(self.mount_point, "work"))
        self.filler = os.path.join(self.mount_point, "filler")

    def restrict(self, room):
        self.lift()
        stats = os.statvfs(self.mount_point)
        free = stats.f_bavail * stats.f_frsize
        if free > room:
            with open(self.filler, "wb") as filler:
                os.posix_fallocate(filler.fileno(), 0, free - room)

    def lift(self):
        if os.path.exists(self.filler):
            os.remove(self.filler)

    def preexec(self):
        return None


def enter_namespace():
    """Runs this script again inside a mount namespace of its own, or exits with 77."""
    if os.geteuid() != 0:
        print("SKIP: a tmpfs needs root", flush=True)
        sys.exit(faultlib.SKIP)
    unshare = shutil.which("unshare")
    if not unshare:
        print("SKIP: unshare (util-linux) is not installed", flush=True)
        sys.exit(faultlib.SKIP)
    env = dict(os.environ, **{NAMESPACE_MARK: "1"})
    done = subprocess.run([unshare, "--mount", "--propagation", "private", sys.executable] + sys.argv, env=env)
    sys.exit(done.returncode)


class DiskFull:
    def __init__(self, args, medium):
        self.app = args.app
        self.sources = args.sources
        self.work = faultlib.fresh_folder(args.work)
        self.medium = medium(self.work)
        self.tally = faultlib.Tally(f"faults_diskfull_cli ({self.medium.name})")
        self.project = faultlib.make_project(self.app, self.sources, self.medium.folder)

    def run(self, arguments):
        return faultlib.run([self.app] + arguments, preexec_fn=self.medium.preexec())

    def refused(self, label, arguments, room, target=None, folder=None):
        """Runs `arguments` with `room` bytes left; checks it is refused and changes nothing."""
        folder = folder or self.medium.folder
        earlier = faultlib.read_bytes(target) if target and os.path.exists(target) else None
        files = faultlib.listing(folder)
        project = faultlib.sha256(self.project)
        self.medium.restrict(room)
        try:
            code, _, err = self.run(arguments)
        finally:
            self.medium.lift()
        self.tally.injected(f"{self.medium.name} under {arguments[0]}")
        self.tally.check(code == 1, f"{label}: exit {code}, 1 expected; stderr: {err!r}")
        told = [line for line in err.splitlines() if line.startswith("claimscope: ")]
        self.tally.check(told and len(told[-1]) > 30, f"{label}: the user is not told why: {err!r}")
        if target:
            now = faultlib.read_bytes(target) if os.path.exists(target) else None
            kept = now == earlier
            self.tally.check(kept, f"{label}: {os.path.basename(target)} was changed")
            if not kept:
                self.tally.lost += 1
        self.tally.check(faultlib.listing(folder) == files,
                         f"{label}: files left behind: {sorted(set(faultlib.listing(folder)) - set(files))}")
        self.tally.check(faultlib.sha256(self.project) == project, f"{label}: the project changed")
        return "\n".join(told)

    def exports(self):
        folder = faultlib.fresh_folder(os.path.join(self.medium.folder, "exports"))
        commands = ["export-pdf", "export-qdpx", "export-qdc", "export-csv", "export-json"]
        targets = {command: os.path.join(folder, "corpus." + command.split("-")[1]) for command in commands}
        for command, target in targets.items():
            code, _, err = self.run([command, "-o", target, self.project])
            self.tally.check(code == 0, f"{command} with room: exit {code}: {err}")
        for command, target in targets.items():
            self.refused(f"{command} of the project", [command, "-o", target, self.project], 1024, target, folder)
        # Of files: they are analysed first, then the export is written.
        texts = faultlib.sample_texts(self.sources)
        self.refused("export-json of files", ["export-json", "-o", targets["export-json"]] + texts, 1024,
                     targets["export-json"], folder)
        for command, target in targets.items():
            earlier = os.stat(target).st_ino
            code, _, err = self.run([command, "-o", target, self.project])
            self.tally.check(code == 0, f"{command} with room again: exit {code}: {err}")
            # Every export writes a new file and renames it over the earlier one.
            self.tally.check(os.stat(target).st_ino != earlier, f"{command} with room again: not written")

    def import_qdpx(self):
        qdpx = os.path.join(self.medium.folder, "sample.qdpx")
        target = os.path.join(self.medium.folder, "imported.claimscope")
        err = self.refused("import-qdpx", ["import-qdpx", "-o", target, qdpx], 8 * 1024)
        self.tally.check(not os.path.exists(target), "import-qdpx: a project was left")
        self.tally.check("imported.claimscope" in err and ".importing-" not in err,
                         f"import-qdpx: the message does not name the project: {err!r}")
        code, _, err = self.run(["import-qdpx", "-o", target, qdpx])
        self.tally.check(code == 0, f"import-qdpx with room again: exit {code}: {err}")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--app", required=True)
    parser.add_argument("--sources", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--medium", choices=["fsize", "tmpfs"], required=True)
    args = parser.parse_args()
    if not os.access(args.app, os.X_OK):
        faultlib.fail_setup(f"{args.app} is not built")
    if args.medium == "tmpfs" and os.environ.get(NAMESPACE_MARK) != "1":
        enter_namespace()
    test = DiskFull(args, FileSizeLimit if args.medium == "fsize" else FullTmpfs)
    faultlib.controls(test.tally)
    test.exports()
    test.import_qdpx()
    return test.tally.finish()


if __name__ == "__main__":
    sys.exit(main())
