"""AT007 second-hand-sourcing."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from copydesk import Article, Family, Finding, Rule, Severity, attribution


@dataclass(frozen=True)
class Options:
    own_outlets: tuple[str, ...] = ()


# An agency's short name and its full one are one outlet.
_ALIASES = {
    "ap": "associated press",
    "afp": "agence france-presse",
    "pa": "press association",
    "nyt": "new york times",
    "wapo": "washington post",
}


def _words(name: str) -> list[str]:
    words = name.casefold().split()
    words = words[1:] if words[:1] == ["the"] else words
    return _ALIASES.get(" ".join(words), " ".join(words)).split()


def _same_outlet(mentioned: str, own: str) -> bool:
    """ "BBC" and "BBC News" are one outlet, and so are "AP" and "The Associated
    Press"; "Times" and "Financial Times" are two."""
    a, b = _words(mentioned), _words(own)
    return a[: len(b)] == b or b[: len(a)] == a


class SecondHandSourcing(Rule):
    """
    ## What it does
    Lists the places where another outlet is the source or the channel of a
    quote or claim ("the BBC notes", "Reuters reported", "told AFP"), for
    credit and for verification.

    ## Why is this bad?
    It is not bad in itself; the desk should know which facts rest on other
    newsrooms' reporting, credit them, and check the agency copy.

    ## Example
    ```text
    Mali is several years into a fight against jihadists, the BBC notes.
    ```

    ## Use instead
    ```text
    Mali has fought jihadist groups since 2012, its defence ministry said.
    ```

    ## Options
    `own-outlets`: the names your newsroom publishes under (`["BBC"]`).
    "told BBC Radio Five Live" in a BBC story is the reporter's own
    interview, not another outlet's reporting, so it is not listed. Default:
    none; an agency's dateline ("NIAMEY, Niger (Reuters) -") makes that
    agency the story's own outlet whatever the option says. The outlets are
    copydesk's `data/outlets.txt`. Info by default.
    """

    code = "AT007"
    name = "second-hand-sourcing"
    family = Family.ATTRIBUTION
    severity = Severity.INFO
    Options = Options

    def check(self, article: Article) -> Iterator[Finding]:
        own = self.options.own_outlets
        # a wire story's dateline names the outlet it is: "NIAMEY, Niger (Reuters) -"
        dateline = attribution.dateline_agency(article)
        if dateline is not None:
            own = (*own, dateline)
        for span, outlet in attribution.outlet_mentions(article):
            if any(_same_outlet(outlet, name) for name in own):
                continue
            yield self.finding(span.start, span.end, f"second-hand sourcing: {outlet} is the source")
