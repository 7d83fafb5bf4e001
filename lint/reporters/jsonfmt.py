"""The stable JSON shape other tools read (see README, "JSON output")."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any, TextIO

from copydesk import __version__
from copydesk.engine import Report
from copydesk.nlp import model_version
from copydesk.rule import Family, Severity


def summary(report: Report) -> dict[str, Any]:
    by_severity = Counter(str(d.severity) for d in report.diagnostics)
    by_family = Counter(str(d.family) for d in report.diagnostics)
    return {
        "total": len(report.diagnostics),
        "files": len(report.articles),
        "by_severity": {str(s): by_severity.get(str(s), 0) for s in sorted(Severity, reverse=True)},
        "by_family": {str(f): by_family[str(f)] for f in Family if by_family.get(str(f))},
    }


def to_dict(report: Report) -> dict[str, Any]:
    per_file = Counter(d.path for d in report.diagnostics)
    model = f"{report.model} {model_version(report.model)}" if report.model else ""
    return {
        "version": __version__,
        "model": model,
        "files": [{"path": path, "findings": per_file.get(path, 0)} for path in report.articles],
        "findings": [
            {
                "path": d.path,
                "line": d.line,
                "column": d.column,
                "end_line": d.end_line,
                "end_column": d.end_column,
                "code": d.code,
                "name": d.name,
                "family": str(d.family),
                "severity": str(d.severity),
                "message": d.message,
                "suggestions": list(d.suggestions),
                "related": [
                    {"path": r.path, "line": r.line, "column": r.column, "message": r.message}
                    for r in d.related
                ],
                "confidence": d.confidence,
                "fingerprint": d.fingerprint,
            }
            for d in report.diagnostics
        ],
        "summary": summary(report),
    }


def render(report: Report, stream: TextIO) -> None:
    json.dump(to_dict(report), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
