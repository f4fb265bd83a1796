"""Word lists for the date resolver, as data.

Adding a word is one line here; ``recognise`` builds its regular expressions from these tables
and ``normalise`` reads their values. Everything is lower case (the text is matched lower-cased;
capitalisation is checked separately where it disambiguates, e.g. "May" the month vs "may").
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """A word list written as whitespace-separated text."""
    return frozenset(text.split())


# Month names and abbreviations -> month number. Abbreviations that are also common words or
# names ("mar", "jan") only count with a following period or day number (see recognise).
MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
# Month names that are also ordinary English words: only a capitalised form counts as a bare month.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"may", "march"})

# Weekday -> ISO weekday number (Monday = 1).
WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
}

# Cardinal number words -> value (compounds are summed: "twenty-four"; "hundred" multiplies).
NUMBER_WORDS: dict[str, float] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "thousand": 1000, "a thousand": 1000,
    "a dozen": 12, "dozen": 12, "a couple of": 2, "a couple": 2, "couple of": 2,
    "a half": 0.5, "half a": 0.5, "half an": 0.5, "a": 1, "an": 1,
}
# Quantities that say "some number of": the TIMEX3 value uses X ("PXM").
VAGUE_QUANTITIES: frozenset[str] = frozenset({
    "a few", "few", "several", "some", "many", "a number of", "the next few", "numerous",
    "dozens of", "hundreds of", "thousands of", "a couple more", "more",
})

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "last": -1, "final": -1,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}

# Calendar units: word (singular) -> (TIMEX3 duration unit, is a time-of-day unit).
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "night": ("D", False), "week": ("W", False), "fortnight": ("W", False),
    "weekend": ("WE", False), "month": ("M", False), "quarter": ("Q", False),
    "year": ("Y", False), "decade": ("DE", False), "century": ("CE", False),
}
UNIT_PLURALS: dict[str, str] = {
    "seconds": "second", "minutes": "minute", "hours": "hour", "days": "day", "nights": "night",
    "weeks": "week", "fortnights": "fortnight", "weekends": "weekend", "months": "month",
    "quarters": "quarter", "years": "year", "decades": "decade", "centuries": "century",
    "yrs": "year", "mins": "minute", "hrs": "hour",
}

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "MI", "noon": "MI",
}

# Words that refer to the present, past or future without a date (TIMEX3 *_REF values).
# Left out on purpose (tagged far more often than TimeBank annotates them, measured on TBAQ):
# "previously", "formerly", "eventually", "shortly", "recent" (adjective), "future" (adjective),
# "the foreseeable future" (an idiom for "indefinitely").
VAGUE_REFERENCES: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PAST_REF",
    "currently": "PRESENT_REF", "current": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "presently": "PRESENT_REF", "at present": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "these days": "PRESENT_REF", "the present": "PRESENT_REF", "this time": "PRESENT_REF",
    "the moment": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF", "once": "PAST_REF",
    "earlier": "PAST_REF", "more recently": "PAST_REF", "most recently": "PAST_REF",
    "until recently": "PAST_REF", "then current": "PAST_REF", "the time": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
    "later": "FUTURE_REF", "soon": "FUTURE_REF", "a later date": "FUTURE_REF",
}
# Vague words that are too often something else to tag alone ("once" the conjunction,
# "earlier" and "later" as comparatives); they are tagged only inside larger expressions.
UNTAGGED_ALONE: frozenset[str] = frozenset(
    {"once", "earlier", "later", "the time", "this time", "the moment"})

# Sets: adverbs of frequency -> TIMEX3 value ("every week" and "each July" are rules).
# "annually" and "quarterly" are left out: TBAQ annotates them rarely ("quarterly dividend").
FREQUENCIES: dict[str, str] = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
    "yearly": "P1Y", "hourly": "PT1H", "biannually": "P6M",
}

# Fixed-date holidays -> (month, day).
# Public holidays and days of state (observance days such as "International Women's Day" are
# left out: TimeBank does not tag them).
HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31),
    "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14),
    "boxing day": (12, 26), "st. patrick's day": (3, 17), "bastille day": (7, 14),
    "veterans day": (11, 11), "armistice day": (11, 11), "may day": (5, 1),
    "remembrance day": (11, 11), "anzac day": (4, 25), "bonfire night": (11, 5), "guy fawkes night": (11, 5),
    "inauguration day": (1, 20), "juneteenth": (6, 19), "st. george's day": (4, 23),
    "st. andrew's day": (11, 30), "burns night": (1, 25), "australia day": (1, 26), "canada day": (7, 1),
    "cinco de mayo": (5, 5), "day of the dead": (11, 2),
}
# Holidays on the n-th weekday of a month -> (month, ISO weekday, n; -1 = last).
FLOATING_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4), "labor day": (9, 1, 1),
    "memorial day": (5, 1, -1), "mother's day": (5, 7, 2), "father's day": (6, 7, 3),
    "martin luther king day": (1, 1, 3), "presidents' day": (2, 1, 3),
    "election day": (11, 2, 1),  # approximately: the US rule is the Tuesday after the first Monday
    "remembrance sunday": (11, 7, 2), "columbus day": (10, 1, 2),
}
# Holidays a number of days from another: Easter's (computed) or one above -> (base, days).
RELATIVE_HOLIDAYS: dict[str, tuple[str, int]] = {
    "easter": ("easter", 0), "easter sunday": ("easter", 0), "easter day": ("easter", 0),
    "good friday": ("easter", -2), "easter monday": ("easter", 1), "palm sunday": ("easter", -7),
    "ash wednesday": ("easter", -46), "pentecost": ("easter", 49), "whit monday": ("easter", 50),
    "black friday": ("thanksgiving", 1), "cyber monday": ("thanksgiving", 4),
    # weeks: the ISO week holding the day (Holy Week runs from Palm Sunday to Easter Sunday)
    "easter week": ("easter", 0), "holy week": ("easter", 0),
}

# Islamic holidays -> (month, day) of the Hijri calendar (Umm al-Qura, via hijridate). Countries
# that sight the moon may keep them a day apart: the dates are marked approximate.
ISLAMIC_HOLIDAYS: dict[str, tuple[int, int]] = {
    "eid al-fitr": (10, 1), "eid ul-fitr": (10, 1), "eid el-fitr": (10, 1), "eid al fitr": (10, 1),
    "eid al-adha": (12, 10), "eid ul-adha": (12, 10), "eid el-adha": (12, 10), "eid al adha": (12, 10),
    "ashura": (1, 10), "islamic new year": (1, 1), "hijri new year": (1, 1),
    "mawlid": (3, 12), "mawlid al-nabi": (3, 12), "mawlid an-nabi": (3, 12), "laylat al-qadr": (9, 27),
}

# Words (as a regular-expression alternation) joining the first and last day of a range: "Wednesday
# through Friday", "March 3-5", "from Monday to Wednesday". Read by the resolver (a range's end
# day) and by the timeline (a range's sentence is one event, shown whole).
RANGE_JOINERS = r"[-–—]|to|through|thru|until|till"

# "March last year", "the spring of next year": the year, counted from the DCT's.
YEAR_SHIFT: dict[str, int] = {"last year": -1, "this year": 0, "next year": 1}

# Words that put the month or season after them in time rather than in a name: "in May" (not
# "Theresa May"), "in March Congress ..." (not "March Madness"), "In Winter" (not "Ed Winter").
TIME_LEADS = words("""
    in on since by until from early late mid last next this during through throughout over before after
    of to and or till between the for as that every each
""")

# Words before a time expression that mark the edge of a period -> TIMEX3 mod.
MODIFIERS: dict[str, str] = {
    "early": "START", "the beginning of": "START", "the start of": "START", "beginning of": "START",
    "start of": "START", "the dawn of": "START",
    "mid": "MID", "mid-": "MID", "the middle of": "MID", "middle of": "MID",
    "late": "END", "the end of": "END", "end of": "END", "the close of": "END",
    "the latter part of": "END", "earlier": "START", "later": "END",
}
# Words before a quantity -> TIMEX3 mod ("nearly two years" -> LESS_THAN).
QUANTITY_MODIFIERS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "some": "APPROX",
    "approximately": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
    "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "more than": "MORE_THAN", "at least": "EQUAL_OR_MORE",
    "just over": "MORE_THAN", "just under": "LESS_THAN", "well over": "MORE_THAN",
}

# Tense cues for bare weekdays, months and seasons (see tense.py). Checked nearest-first.
FUTURE_CUES: tuple[str, ...] = (
    "will", "'ll", "shall", "going to", "is to", "are to", "was to", "were to", "due to", "expected to",
    "expects", "expected", "likely to",
    "plans to", "plan to", "planned to", "planned a", "planning", "scheduled", "set to", "would",
    "intends to", "aims to", "hopes to", "as soon as", "as early as", "until", "upcoming", "next",
    "won't", "wo n't",
)
# Present tense of scheduled events, also future cues: news writes the coming meeting in the
# present ("the ministers meet Monday", "the law takes effect in July"). After "to" they are
# infinitives and say nothing ("difficult to meet demand"). Past forms are cues for the past
# through PAST_CUES or their "-ed" ending.
SCHEDULE_CUES: tuple[str, ...] = (
    "meet", "meets", "begins", "resume", "resumes", "opens", "takes effect", "take effect", "expires",
    "is due", "are due", "convenes", "reconvenes", "kicks off", "is slated", "are slated", "starts",
    "go to the polls", "goes to the polls", "go on trial", "goes on trial", "go on sale", "goes on sale",
    "takes office", "take office", "polls open", "polls close", "ends", "closes", "concludes", "finishes",
    "comes into force", "come into force", "comes into effect", "come into effect",
)
PAST_CUES: tuple[str, ...] = (
    "was", "were", "had", "did", "said", "told", "ago", "last", "since", "earlier", "previous",
    "wasn't", "weren't", "didn't", "hadn't", "been",
    # common irregular past forms (regular ones are caught by their "-ed" ending)
    "took", "went", "came", "made", "gave", "met", "won", "lost", "left", "fell", "rose", "began", "became",
    "saw", "held", "got", "found", "brought", "thought", "sent", "spent", "paid", "built", "bought", "kept",
    "ran", "wrote", "struck", "led", "grew", "knew", "shot", "fought", "sold", "stood", "broke", "spoke",
    "chose", "drove", "flew", "threw", "sank", "swept", "fled", "hung", "ate",
)

# Nouns that make a preceding four-digit number a count, not a year ("2000 people").
COUNT_NOUNS: frozenset[str] = words("""
    people persons troops soldiers jobs workers members votes voters residents cases deaths dead
    units employees shares barrels tons tonnes acres miles kilometers kilometres km meters metres feet
    dollars euros pounds yen points homes houses children students cars vehicles patients refugees
    passengers flights copies rooms beds pages words calories rounds seats delegates police officers
    civilians fighters prisoners families households companies firms ships planes aircraft head
""")
# Words before a number that make it a count or an amount, not a year ("about 2000", "No. 1999").
COUNT_CUES: frozenset[str] = words("""
    about some nearly almost than over around approximately roughly least only no. number top page
    route flight room channel model highway interstate rule article section
""")
