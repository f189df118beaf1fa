#!/usr/bin/env python3
"""Prints the naming figures issue 15 sets targets for, for one or two builds of the CLI side by side.

For each spec it generates the client with a CLI jar into a temporary folder and measures the `model`
package: how many top-level model files, the median and longest top-level type name, and the longest
name of a type nested in a model type (the simple name, as written after the last dot).

    scripts/naming-targets.py --jar cli/target/clientele-cli-0.1.0-SNAPSHOT.jar \
        [--before-jar /path/to/main/cli/target/clientele-cli-0.1.0-SNAPSHOT.jar] \
        [--specs ../shared/specs] [spec-file-name ...]
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile

DEFAULT_SPECS = ["stripe-2023-09.yaml", "github-ghes-3.6.json", "cloudflare-2024-08.json", "openai-3.1.yaml",
                 "asana.yaml", "twilio-api-v2010.json"]

# A nested type declaration: indented, so inside a top-level type.
NESTED = re.compile(r"^\s+(?:public |private |protected )?(?:static )?(?:final |sealed |non-sealed |abstract )*"
                    r"(?:record|class|interface|enum) ([A-Za-z_$][A-Za-z0-9_$]*)")


def measure(jar, spec):
    with tempfile.TemporaryDirectory() as out:
        result = subprocess.run(["java", "-jar", jar, "--spec", spec, "--output", out, "--package", "p"],
                                capture_output=True, text=True)
        if result.returncode != 0:
            return None
        model = os.path.join(out, "p", "model")
        names = sorted(f[:-5] for f in os.listdir(model) if f.endswith(".java") and f != "package-info.java")
        nested = []
        for name in names:
            with open(os.path.join(model, name + ".java"), encoding="utf-8") as source:
                for line in source:
                    match = NESTED.match(line)
                    if match:
                        nested.append(match.group(1))
        lengths = [len(n) for n in names]
        longest = max(names, key=len) if names else ""
        longest_nested = max(nested, key=len) if nested else ""
        return {
            "files": len(names),
            "median": statistics.median(lengths) if lengths else 0,
            "longest": len(longest),
            "longest_name": longest,
            "nested": len(longest_nested),
            "nested_name": longest_nested,
        }


def cell(figures, key):
    return "failed" if figures is None else str(figures[key])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jar", required=True, help="the CLI jar to measure")
    parser.add_argument("--before-jar", help="a CLI jar to measure beside it (e.g. built from main)")
    parser.add_argument("--specs", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "specs"))
    parser.add_argument("names", nargs="*", default=DEFAULT_SPECS)
    args = parser.parse_args()
    columns = [("files", "top-level model files"), ("median", "median top-level name"),
               ("longest", "longest top-level name"), ("nested", "longest nested name")]
    header = "| spec | " + " | ".join(
        (f"{title} (before → after)" if args.before_jar else title) for _, title in columns) + " |"
    print(header)
    print("|---" * (len(columns) + 1) + "|")
    examples = []
    for name in args.names:
        spec = os.path.join(args.specs, name)
        after = measure(args.jar, spec)
        before = measure(args.before_jar, spec) if args.before_jar else None
        cells = []
        for key, _ in columns:
            cells.append(f"{cell(before, key)} → {cell(after, key)}" if args.before_jar else cell(after, key))
        print(f"| {name} | " + " | ".join(cells) + " |")
        if after is not None:
            examples.append(f"{name}: longest top-level {after['longest_name']}, longest nested {after['nested_name']}")
    print()
    for line in examples:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
