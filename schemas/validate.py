#!/usr/bin/env python3
"""Validate folio workspaces against the JSON Schemas in this folder (draft 2020-12).

    python3 schemas/validate.py WORKSPACE [WORKSPACE ...]

Checks folio.yaml, skills.yaml and the front matter of projects/*.md, stories/*.md and essays/*.md with
Python's `jsonschema` (pip install jsonschema pyyaml). Prints one line per problem,
`file:line: message` where the line is known, and exits 1 if any file does not validate, 2 if
the tools are missing or a workspace cannot be read.
"""
import json
import os
import sys

try:
    import jsonschema
    import yaml
except ImportError as error:  # the Swift test reports this as "skipped"
    print(f"missing Python package: {error.name} (pip install jsonschema pyyaml)", file=sys.stderr)
    sys.exit(3)

HERE = os.path.dirname(os.path.abspath(__file__))


class TextDatesLoader(yaml.SafeLoader):
    """YAML as editors' language servers see it: dates stay text, as folio reads them."""


TextDatesLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def schema(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as handle:
        document = json.load(handle)
    jsonschema.Draft202012Validator.check_schema(document)
    return jsonschema.Draft202012Validator(document)


def read(path):
    with open(path, encoding="utf-8-sig") as handle:
        return handle.read().replace("\r\n", "\n")


def front_matter(text):
    """The YAML between the first two `---` lines, and the line the YAML starts on."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None, 1
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            return "\n".join(lines[1:index]), 2
    return None, 1


def line_of(node, path):
    """The 1-based line of the value at `path` in a composed YAML node, or None."""
    for key in path:
        if isinstance(node, yaml.MappingNode):
            match = [value for name, value in node.value if name.value == str(key)]
            if not match:
                return node.start_mark.line + 1
            node = match[-1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            break
    return node.start_mark.line + 1 if node is not None else None


def leaves(error):
    """The errors inside an `anyOf` that say what is wrong, not that the value is not null."""
    if not error.context:
        return [error]
    specific = [sub for sub in error.context if sub.validator not in ("type", "const")]
    if not specific:
        return [error]
    return [leaf for sub in specific for leaf in leaves(sub)]


def validate(validator, text, display, first_line=1):
    try:
        data = yaml.load(text, Loader=TextDatesLoader)
        node = yaml.compose(text, Loader=TextDatesLoader)
    except yaml.YAMLError as error:
        return [f"{display}: YAML error: {error}"]
    problems = []
    errors = [leaf for error in validator.iter_errors(data) for leaf in leaves(error)]
    for error in sorted(errors, key=lambda e: list(map(str, e.absolute_path))):
        path = list(error.absolute_path)
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            # Point at the first unexpected key, where the user must edit.
            known = error.schema.get("properties", {})
            extra = [key for key in error.instance if key not in known]
            if extra:
                path.append(extra[0])
        line = line_of(node, path)
        where = f"{display}:{line + first_line - 1}" if line else display
        key = ".".join(str(part) for part in error.absolute_path) or "(top level)"
        problems.append(f"{where}: {key}: {error.message}")
    return problems


def main(folders):
    if not folders:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    profile, skills = schema("folio.schema.json"), schema("skills.schema.json")
    project, story = schema("project.schema.json"), schema("story.schema.json")
    essay = schema("essay.schema.json")
    problems, files = [], 0
    for folder in folders:
        if not os.path.isfile(os.path.join(folder, "folio.yaml")):
            print(f"{folder}: not a folio workspace (no folio.yaml)", file=sys.stderr)
            return 2
        for name, validator in (("folio.yaml", profile), ("skills.yaml", skills)):
            path = os.path.join(folder, name)
            if os.path.isfile(path):
                files += 1
                problems += validate(validator, read(path), path)
        for sub, validator in (("projects", project), ("stories", story), ("essays", essay)):
            directory = os.path.join(folder, sub)
            if not os.path.isdir(directory):
                continue
            for name in sorted(os.listdir(directory)):
                if not name.endswith(".md"):
                    continue
                path = os.path.join(directory, name)
                files += 1
                yaml_text, first = front_matter(read(path))
                if yaml_text is None:
                    problems.append(f"{path}:1: no front matter (a `---` line, the keys, a `---` line)")
                    continue
                problems += validate(validator, yaml_text, path, first)
    for problem in problems:
        print(problem)
    print(f"{files} files, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
