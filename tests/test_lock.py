"""Installs come from the lock: the Makefile installs requirements/*.txt with hashes, and the
lock pins every package pyproject.toml asks for, at a version its range allows."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
LOCKS = {"run": (), "test": ("test",), "bundle": ("bundle",)}  # lock file -> pyproject extras
STAMPS = {"run": "$(STAMP_RUN)", "test": "$(STAMP_TEST)", "bundle": "$(STAMP_BUNDLE)"}
_VARIABLE = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\s*(?::=|\?=|=)\s*(.*)$")
_RULE = re.compile(r"^([^\s#:=][^:=]*?)\s*:(?!=)\s*(.*)$")
_REFERENCE = re.compile(r"\$\(([A-Za-z_][A-Za-z0-9_]*)\)")
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)")


@dataclass
class Rule:
    prerequisites: list[str]
    recipe: list[str] = field(default_factory=list)


@dataclass
class Makefile:
    variables: dict[str, str]
    rules: dict[str, Rule]

    def expand(self, text: str) -> str:
        for _ in range(10):  # variables name variables; ten levels is far more than ours
            text = _REFERENCE.sub(lambda match: self.variables.get(match[1], match[0]), text)
        return text

    def rule(self, target: str) -> Rule:
        """The rule for `target` (as written, e.g. "$(STAMP_TEST)"), with variables expanded."""
        rule = self.rules[target]
        return Rule(
            [self.expand(name) for name in rule.prerequisites],
            [self.expand(line) for line in rule.recipe],
        )


def logical_lines(text: str) -> list[str]:
    """The Makefile's lines with backslash continuations joined."""
    lines: list[str] = []
    pending = ""
    for line in text.splitlines():
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        lines.append(pending + line)
        pending = ""
    return lines


def parse_makefile(text: str) -> Makefile:
    """Variables and rules of a plain GNU Makefile (no includes, conditionals or defines)."""
    variables: dict[str, str] = {}
    rules: dict[str, Rule] = {}
    current: Rule | None = None
    for line in logical_lines(text):
        if line.startswith("\t"):
            if current is not None:
                current.recipe.append(" ".join(line.split()))
            continue
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        current = None
        if variable := _VARIABLE.match(line):
            variables[variable[1]] = " ".join(variable[2].split())
        elif rule := _RULE.match(line):
            current = Rule([name for name in rule[2].split() if name != "|"])
            for target in rule[1].split():
                rules[target] = current
    return Makefile(variables, rules)


def read_lock(name: str) -> dict[str, tuple[Version, list[str]]]:
    """requirements/<name>.txt as {package: (pinned version, its sha256 hashes)}."""
    pins: dict[str, tuple[Version, list[str]]] = {}
    current: list[str] | None = None
    for line in (ROOT / "requirements" / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        if pin := _PIN.match(line):
            current = []
            pins[canonicalize_name(pin[1])] = (Version(pin[2]), current)
        elif current is not None and (digest := re.search(r"--hash=sha256:([0-9a-f]{64})", line)):
            current.append(digest[1])
    return pins


def required(extras: tuple[str, ...]) -> list[Requirement]:
    """What pyproject.toml requires for paindiary plus `extras`."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    texts = list(project["dependencies"])
    for extra in extras:
        texts += project["optional-dependencies"][extra]
    return [Requirement(text) for text in texts]


@pytest.fixture(scope="module")
def makefile() -> Makefile:
    return parse_makefile((ROOT / "Makefile").read_text(encoding="utf-8"))


@pytest.mark.parametrize("lock", LOCKS)
def test_each_install_stamp_installs_its_lock_with_hashes_then_paindiary_alone(
    makefile: Makefile, lock: str
) -> None:
    rule = makefile.rule(STAMPS[lock])
    installs = [line for line in rule.recipe if "pip install" in line]
    assert len(installs) == 2, rule.recipe
    from_lock, itself = installs
    assert "--require-hashes" in from_lock.split()
    assert f"-r requirements/{lock}.txt" in from_lock
    assert "--no-deps" in itself.split()
    assert itself.endswith("-e ."), itself
    # A new lock (or pyproject) makes the stamp stale, so the next make installs again.
    assert {"pyproject.toml", f"requirements/{lock}.txt"} <= set(rule.prerequisites)


def test_no_recipe_installs_paindiarys_dependencies_outside_the_lock(makefile: Makefile) -> None:
    tooling = {makefile.expand("$(PIP_TOOLS)"), "--upgrade pip"}  # make lock's tool; the venv's pip
    unlocked = []
    for target in makefile.rules:
        for line in makefile.rule(target).recipe:
            if "pip install" not in line:
                continue
            locked = "--require-hashes" in line.split() or "--no-deps" in line.split()
            if not locked and not any(line.endswith(tool) for tool in tooling):
                unlocked.append(f"{target}: {line}")
    assert unlocked == []


def test_the_lock_recipe_writes_every_lock_file(makefile: Makefile) -> None:
    recipe = " ".join(makefile.rule("lock").recipe)
    assert "--generate-hashes" in recipe
    for lock in LOCKS:
        assert f"--output-file requirements/{lock}.txt" in recipe


@pytest.mark.parametrize("lock", LOCKS)
def test_every_package_pyproject_requires_is_pinned_in_range_with_hashes(lock: str) -> None:
    pins = read_lock(lock)
    assert pins, f"requirements/{lock}.txt pins nothing"
    for requirement in required(LOCKS[lock]):
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement} is not pinned in requirements/{lock}.txt"
        version, _hashes = pins[name]
        assert requirement.specifier.contains(version, prereleases=True), (
            f"requirements/{lock}.txt pins {name}=={version}, outside pyproject's {requirement}"
        )
    unhashed = sorted(name for name, (_version, hashes) in pins.items() if not hashes)
    assert unhashed == []


def test_a_package_in_several_locks_has_one_version() -> None:
    versions: dict[str, set[Version]] = {}
    for lock in LOCKS:
        for name, (version, _hashes) in read_lock(lock).items():
            versions.setdefault(name, set()).add(version)
    assert {name: found for name, found in versions.items() if len(found) > 1} == {}


def test_the_makefile_parser_reads_continuations_variables_and_order_only_prerequisites() -> None:
    parsed = parse_makefile(
        "A := x\nB ?= $(A)/y\n# a comment: not a rule\n"
        "$(B)/z: one \\\n  two | three\n\tdo $(B) \\\n\t\tmore\n\tthen\n"
    )
    rule = parsed.rule("$(B)/z")
    assert rule.prerequisites == ["one", "two", "three"]
    assert rule.recipe == ["do x/y more", "then"]
