"""SARIF 2.1.0, as GitHub code scanning accepts it."""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any, TextIO

from copydesk import __version__
from copydesk.engine import Report
from copydesk.rule import Severity, doc_sections

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _uri(path: str) -> str:
    return PurePath(path).as_posix()


def to_dict(report: Report) -> dict[str, Any]:
    codes = sorted(report.rules)
    index = {code: i for i, code in enumerate(codes)}
    rules = []
    for code in codes:
        rule = report.rules[code]
        docs = rule.docs()
        rules.append(
            {
                "id": code,
                "name": rule.name,
                "shortDescription": {"text": rule.summary() or rule.name},
                "fullDescription": {"text": doc_sections(docs).get("What it does", rule.summary())},
                "help": {"text": docs, "markdown": docs},
                "defaultConfiguration": {"level": _LEVEL[rule.severity]},
                "properties": {"family": str(rule.family)},
            }
        )
    results = []
    for d in report.diagnostics:
        result: dict[str, Any] = {
            "ruleId": d.code,
            "ruleIndex": index[d.code],
            "level": _LEVEL[d.severity],
            "message": {"text": d.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(d.path)},
                        "region": {
                            "startLine": d.line,
                            "startColumn": d.column,
                            "endLine": d.end_line,
                            "endColumn": d.end_column,
                        },
                    }
                }
            ],
            "partialFingerprints": {"copydesk/v1": d.fingerprint},
            "properties": {"confidence": d.confidence},
        }
        if d.related:
            result["relatedLocations"] = [
                {
                    "id": i,
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(r.path)},
                        "region": {"startLine": r.line, "startColumn": r.column},
                    },
                    "message": {"text": r.message},
                }
                for i, r in enumerate(d.related)
            ]
        if d.suggestions:
            result["properties"]["suggestions"] = list(d.suggestions)
        results.append(result)
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "copydesk",
                        "version": __version__,
                        "informationUri": "https://pypi.org/project/copydesk/",
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def render(report: Report, stream: TextIO) -> None:
    json.dump(to_dict(report), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
