"""LT001 languagetool-match."""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Article, Family, Finding, Rule, Severity
from copydesk.rules.languagetool import backend


class LanguageToolMatch(Rule):
    """
    ## What it does
    Reports LanguageTool's grammar, style and spelling matches, when a
    LanguageTool server or a local install is available (config
    `languagetool = "auto" | "off" | "local" | "<server URL>"`, or the
    `COPYDESK_LANGUAGETOOL_URL` environment variable). Spelling matches pass
    through copydesk's name filter first: names the house vocabulary, the
    archive lexicon or the article itself vouch for are dropped.

    ## Why is this bad?
    LanguageTool knows thousands of grammar patterns copydesk does not
    embed. Without the name filter it would flag every unfamiliar name.

    ## Example
    ```text
    LanguageTool flags grammar such as "He go to Bamako every weeks." (needs a server; not run here).
    ```

    ## Use instead
    ```text
    He goes to Bamako every week.
    ```

    ## Options
    None here; the `languagetool` key of the configuration chooses the
    backend. When none is available copydesk says so in one line and carries on.
    """

    code = "LT001"
    name = "languagetool-match"
    family = Family.LANGUAGETOOL
    severity = Severity.WARNING

    def _tool(self) -> object | None:
        state = self.context.state
        if "languagetool" not in state:
            tool, notice = backend.connect(self.context.languagetool)
            state["languagetool"] = tool
            if notice:
                # "Not installed" holds until the setup changes (cache_key sees that); a
                # server or install that failed to start may work next time.
                self.context.notice(notice, transient=backend.configured(self.context.languagetool))
        tool = state["languagetool"]
        return tool if tool is not None else None

    def cache_key(self) -> str:
        return backend.setup(self.context.languagetool)

    def check(self, article: Article) -> Iterator[Finding]:
        tool = self._tool()
        if tool is None or not article.prose.strip():
            return
        try:
            raw = tool.check(article.prose)  # type: ignore[attr-defined]
        except Exception as exc:  # a server that goes away mid-run
            self.context.notice(
                f"LanguageTool failed on {article.path} ({type(exc).__name__}); skipped", transient=True
            )
            return
        kept = backend.name_filter(article, self.context.vocabulary, backend.convert(raw))
        for m in kept:
            if 0 <= m.start < m.end <= len(article.prose):
                yield self.finding(
                    m.start, m.end, f"{m.message} [{m.rule_id}]", suggestions=m.replacements, confidence=0.7
                )
