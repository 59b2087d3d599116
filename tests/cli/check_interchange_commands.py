#!/usr/bin/env python3
"""The interchange subcommands as a shell runs them: a project exported with export-qdpx and read
back with import-qdpx gives the same quotes, claims, figures and stances (compared through
export-json of both, byte for byte); export-qdc writes a codebook; usage errors exit with 2 and
leave no file; an unreadable package exits with 1 and leaves no project.

Usage: check_interchange_commands.py CLAIMSCOPE PROJECT.claimscope WORKDIR
"""
import os
import shutil
import subprocess
import sys
import zipfile


def run(claimscope, *arguments):
    return subprocess.run([claimscope, *arguments], capture_output=True, text=True, timeout=300)


def main():
    claimscope, project, workdir = sys.argv[1:4]
    shutil.rmtree(workdir, ignore_errors=True)
    os.makedirs(workdir)
    problems = []

    def expect(condition, message):
        if not condition:
            problems.append(message)

    qdpx = os.path.join(workdir, "study.qdpx")
    result = run(claimscope, "export-qdpx", "-o", qdpx, project)
    expect(result.returncode == 0, f"export-qdpx failed: {result.stderr}")
    with zipfile.ZipFile(qdpx) as package:
        names = package.namelist()
    expect(names[0] == "project.qde", f"project.qde is not first: {names[:3]}")
    expect(sum(name.startswith("Sources/") for name in names) >= 5, "the sources' texts are missing")

    qdc = os.path.join(workdir, "study.qdc")
    result = run(claimscope, "export-qdc", "-o", qdc, project)
    expect(result.returncode == 0 and b"<CodeBook" in open(qdc, "rb").read(), "export-qdc wrote no codebook")

    back = os.path.join(workdir, "back.claimscope")
    result = run(claimscope, "import-qdpx", "-o", back, qdpx)
    expect(result.returncode == 0, f"import-qdpx failed: {result.stderr}")
    expect("kept as a note" not in result.stdout, f"our own export left notes: {result.stdout}")
    before, after = os.path.join(workdir, "before.json"), os.path.join(workdir, "after.json")
    expect(run(claimscope, "export-json", "-o", before, project).returncode == 0, "export-json of the project")
    expect(run(claimscope, "export-json", "-o", after, back).returncode == 0, "export-json of the import")
    if os.path.exists(before) and os.path.exists(after):
        expect(open(before, "rb").read() == open(after, "rb").read(),
               "the re-imported project exports other quotes, claims, figures or stances")

    # Usage errors: exit 2, nothing written.
    result = run(claimscope, "export-csv", project)
    expect(result.returncode == 2 and "-o" in result.stderr, f"export-csv without -o: {result.returncode}")
    result = run(claimscope, "import-qdpx", "-o", back, qdpx)
    expect(result.returncode == 2 and "exists" in result.stderr, "import-qdpx over an existing project")
    result = run(claimscope, "export-json", "-o", project, project)
    expect(result.returncode == 2, "export-json onto its own project")
    # A package that is not one: exit 1, no project left behind.
    fake = os.path.join(workdir, "fake.qdpx")
    with open(fake, "w") as file:
        file.write("not a zip")
    refused = os.path.join(workdir, "refused.claimscope")
    result = run(claimscope, "import-qdpx", "-o", refused, fake)
    expect(result.returncode == 1 and not os.path.exists(refused), f"a fake .qdpx: {result.returncode}")

    if problems:
        print("FAIL:\n  " + "\n  ".join(problems))
        return 1
    print("OK: export-qdpx, export-qdc, import-qdpx and export-json agree; usage errors refused")
    return 0


if __name__ == "__main__":
    sys.exit(main())
