"""BP004 stray-headline."""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Article, Family, Finding, Rule, Severity
from copydesk.positions import Span
from copydesk.rules.boilerplate.promotional_text import stray_blocks
from copydesk.text import echoes, glued_text, is_title_case


def _section(article: Article, para: Span) -> list[Span]:
    """The paragraph before a line and the three under it: a subheading's
    words come back in its section, sometimes only a few paragraphs down
    (a recipe's "Ingredients for the Bacon and Cheese Quiche Filling")."""
    body = list(article.body)
    k = body.index(para)
    return body[max(0, k - 1) : k] + body[k + 1 : k + 4]


class StrayHeadline(Rule):
    """
    ## What it does
    Flags a headline, caption or credit glued onto a sentence without a space
    ("in the capital.Gunmen Attack Resort in Mali's Bamako", "He didn't get
    it.Credit...Doug Mills"), and a title-case line standing as a paragraph in
    the middle of the body (another story's headline). The article's own
    headline (its first line, front matter or Markdown heading) is not stray,
    nor is a subheading: a line whose words recur in the paragraphs around it
    or across the article.

    ## Why is this bad?
    Both come from the page the text was copied from, not from the story, and
    a glued fragment runs into the sentence before it.

    ## Example
    ```text
    Malian troops stormed a hotel in the capital.Gunmen Attack Resort in Mali's Bamako
    ```

    ## Use instead
    ```text
    Gunmen Attack Resort in Mali's Bamako

    Malian troops stormed a hotel in the capital. Gunmen had attacked at dawn.
    ```

    ## Options
    None. Markdown headings are never reported.
    """

    code = "BP004"
    name = "stray-headline"
    family = Family.BOILERPLATE
    severity = Severity.ERROR
    deletes = True
    group = "junk"

    def check(self, article: Article) -> Iterator[Finding]:
        for _, span, sentence in glued_text(article.prose):
            if sentence:
                continue  # a spacing slip, not page furniture (TY007)
            yield self.finding(
                span.start,
                span.end,
                "text glued on without a space: a headline, caption or credit from the page?",
            )
        for para, zone in stray_blocks(article):
            text = article.text(para)
            # Short title-case or capitals-only lines between paragraphs are
            # subheadings; another story's headline is a longer title.
            # A line in brackets is a caption or an aside ("(Mary, me, Genna, ...)").
            headline_like = (
                len(text.split()) >= 6
                and not text.isupper()
                and not any(c.isdigit() for c in text)
                and not (text.startswith("(") and text.endswith(")"))
            )
            if zone != "between" or not is_title_case(text) or not headline_like:
                continue
            # A subheading repeats the words of the section under it, or
            # nearly all of them turn up elsewhere in the article.
            around = " ".join(article.text(p) for p in _section(article, para))
            rest = article.prose[: para.start] + article.prose[para.end :]
            if not echoes(text, around) and not echoes(text, rest, 0.75):
                yield self.finding(
                    para.start,
                    para.end,
                    f"title-case line in the body: another story's headline? “{text}”",
                    confidence=0.7,
                )
