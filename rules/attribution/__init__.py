"""Attribution (AT): quotes and claims traced to a source."""

from copydesk.rules.attribution.anonymous_source import AnonymousSource
from copydesk.rules.attribution.dangling_attribution import DanglingAttribution
from copydesk.rules.attribution.incomplete_first_reference import IncompleteFirstReference
from copydesk.rules.attribution.second_hand_sourcing import SecondHandSourcing
from copydesk.rules.attribution.unattributed_quote import UnattributedQuote
from copydesk.rules.attribution.unsourced_claim import UnsourcedClaim
from copydesk.rules.attribution.vague_attribution import VagueAttribution

RULES = [
    VagueAttribution,
    UnattributedQuote,
    DanglingAttribution,
    UnsourcedClaim,
    AnonymousSource,
    IncompleteFirstReference,
    SecondHandSourcing,
]
