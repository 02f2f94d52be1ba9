#!/usr/bin/python3
"""The scheduler scripts of bench/cluster run as a scheduler would run them, without one.

The Slurm job array script runs once per task with the variables Slurm sets (an array numbered
from 1, so that K must be counted from the first task's id); the union of the tasks' outputs
must equal one `folio export`, byte for byte. The Kubernetes Indexed Job must run as many pods
as it has shards, each with its own JOB_COMPLETION_INDEX. run-slurm must be valid bash.

usage: check_cluster_scripts.py FOLIO SOURCE_DIR WORK_DIR
"""
import filecmp
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

folio, source, work = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
shutil.rmtree(work, ignore_errors=True)
work.mkdir(parents=True)
shutil.copytree(source / "content", work / "content")
env = dict(os.environ, SOURCE_DATE_EPOCH="1764547200", FOLIO=str(folio))
failures = []

one = subprocess.run([str(folio), "export", "content", "-o", "one", "-q"], cwd=work, env=env, capture_output=True, text=True)
if one.returncode != 0:
    sys.exit(f"one export failed: {one.stderr}")

# An array 1-4 (as `sbatch --array=1-4` numbers it): tasks 1..4, K = 0..3.
script = source / "bench/cluster/folio-array.sbatch"
written = []
for task in range(1, 5):
    task_env = dict(env, SLURM_ARRAY_TASK_ID=str(task), SLURM_ARRAY_TASK_MIN="1", SLURM_ARRAY_TASK_COUNT="4")
    run = subprocess.run(["bash", str(script), "content", "shards"], cwd=work, env=task_env, capture_output=True, text=True)
    if run.returncode != 0:
        failures.append(f"task {task} failed: {run.stderr}")
    written += run.stdout.split()
if len(written) != len(set(written)):
    failures.append("an output was written by two tasks")

def files(root):
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())

if files(work / "one") != files(work / "shards"):
    failures.append(f"the shards wrote {files(work / 'shards')}, one export {files(work / 'one')}")
else:
    for name in files(work / "one"):
        if not filecmp.cmp(work / "one" / name, work / "shards" / name, shallow=False):
            failures.append(f"{name} differs between the shards and one export")
if len(written) != len(files(work / "one")):
    failures.append(f"the tasks listed {len(written)} outputs, one export wrote {len(files(work / 'one'))}")

# Outside an array the script says what is wrong instead of exporting everything.
alone = subprocess.run(["bash", str(script), "content", "alone"], cwd=work, env=env, capture_output=True, text=True)
if alone.returncode == 0 or (work / "alone").exists():
    failures.append("the job script ran outside a job array")

# The Kubernetes Indexed Job: as many pods as shards, each exporting its own.
manifest = (source / "bench/cluster/folio-indexed-job.yaml").read_text()
completions = re.search(r"^\s*completions:\s*(\d+)", manifest, re.M)
parallelism = re.search(r"^\s*parallelism:\s*(\d+)", manifest, re.M)
shard = re.search(r"--shard \$\{JOB_COMPLETION_INDEX\}/(\d+)", manifest)
if not (completions and parallelism and shard):
    failures.append("the Indexed Job lacks completions, parallelism or a --shard ${JOB_COMPLETION_INDEX}/N")
elif not completions.group(1) == parallelism.group(1) == shard.group(1):
    failures.append(f"completions {completions.group(1)}, parallelism {parallelism.group(1)} and shards {shard.group(1)} differ")
if not re.search(r"^\s*completionMode:\s*Indexed", manifest, re.M):
    failures.append("the Job is not Indexed")

syntax = subprocess.run(["bash", "-n", str(source / "bench/cluster/run-slurm")], capture_output=True, text=True)
if syntax.returncode != 0:
    failures.append(f"run-slurm: {syntax.stderr}")

if failures:
    sys.exit("\n".join(failures))
print(f"ok: 4 array tasks wrote {len(written)} outputs, equal to one export; the Indexed Job runs {shard.group(1)} shards")
