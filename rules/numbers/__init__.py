"""Numbers (NU): counts, sums, days, ages and scores that contradict each other; number style."""

from copydesk.rules.numbers.conflicting_ages import ConflictingAges
from copydesk.rules.numbers.conflicting_counts import ConflictingCounts
from copydesk.rules.numbers.conflicting_days import ConflictingDays
from copydesk.rules.numbers.conflicting_scores import ConflictingScores
from copydesk.rules.numbers.number_style import NumberStyle
from copydesk.rules.numbers.parts_do_not_sum import PartsDoNotSum

RULES = [ConflictingCounts, PartsDoNotSum, ConflictingDays, NumberStyle, ConflictingAges, ConflictingScores]
