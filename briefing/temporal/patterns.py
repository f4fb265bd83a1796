"""The recognition rules, as data: building blocks, (name, pattern) rules, and which head words
each rule contains (recognise.py tries a rule only where one of its head words is).

Adding a pattern is one entry in RULES (most specific first: Python's ``re`` takes the first
alternative that matches at a position, so a longer rule must come before any rule matching a
prefix of it), one entry in RULE_CLASSES, and one normaliser in resolver.NORMALISERS.
Everything is matched on lower-cased text. Spans follow TimeML: no leading preposition.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.temporal import lexicon as lx


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any whitespace."""
    items = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


# --- building blocks -------------------------------------------------------------------------
MONTH_FULL = _alt(lx.MONTHS)
MONTH_ANY = rf"(?:{MONTH_FULL}|{_alt(lx.MONTH_ABBREVIATIONS)}\.?)(?![a-z])"
# A month without a day or year: an abbreviation needs its period ("Jan." but not "Jan Smith").
MONTH_BARE = rf"(?:{MONTH_FULL}|{_alt(lx.MONTH_ABBREVIATIONS)}\.)(?![a-z])"
WEEKDAY = rf"(?:{_alt(lx.WEEKDAYS)}|{_alt(lx.WEEKDAY_ABBREVIATIONS)}\.)"
DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|[:.]\d|%|\$)\b"
YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\d%])"
_NUMBER_WORD = _alt(k for k in lx.NUMBER_WORDS if " " not in k and k not in ("a", "an"))
NUM_WORDS = rf"{_NUMBER_WORD}(?:[\s-]+{_NUMBER_WORD})*(?:\s+and\s+a\s+half)?"
VAGUE_Q = _alt(lx.VAGUE_QUANTITIES)
NUM = (rf"(?:\d+(?:[.,]\d+)?(?:\s+\d/\d)?|{NUM_WORDS}|a\s+couple\s+of|couple\s+of|a\s+dozen|a\s+half|half\s+an?"
       r"|a\s+hundred|a\s+thousand|a|an)")
NUM_RANGE = rf"(?P<n>{VAGUE_Q}|{NUM})(?:\s+(?:to|or|and)\s+(?P<n2>{NUM}))?"
UNIT = _alt([*lx.UNITS, *lx.UNIT_PLURALS])
UNIT_PLURAL = _alt(lx.UNIT_PLURALS)
SEASON = _alt(lx.SEASONS)
POD = r"(?:morning|afternoon|evening|night|overnight)"
EDGE = _alt(lx.MODIFIERS)  # early / mid- / late / the end of ...
QMOD = _alt(lx.QUANTITY_MODIFIERS)
CENTURY_ORD = (r"(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
               r"|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
               r"|nineteenth|twentieth|twenty-first|twenty\s+first|twenty-second)")
QUARTER_ORD = (r"(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last|latter|current|latest|previous|past"
               r"|year-ago|year-earlier|same|next|coming|preceding|prior)")
REL = r"(?:last|this|next|past|coming|this\s+past|this\s+coming)"
TZ = r"(?:\s+(?P<tz>[ecmp][sd]t|et|gmt|utc|bst|cet))?"
CLOCK = r"(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.?|p\.m\.?|am\b|pm\b)" + TZ
DAYREF = rf"(?P<dayref>today|yesterday|tomorrow|tonight|{WEEKDAY})"

# Longer alternations used by the rules below, named so each rule fits on a few lines.
_QUARTER_OWNER = rf"this\s+year's|last\s+year's|year-ago|year-earlier|next\s+year's|(?:fiscal\s+)?{YEAR}'?s?"
_QUARTER_YEAR = r"this\s+year|last\s+year|next\s+year|the\s+year"
_NAMED_REL = (r"the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
              r"|the\s+(?:next|following|previous|preceding|same)\s+(?:day|morning|afternoon|evening|night)"
              r"|the\s+day\s+(?:before|after)|that\s+(?:day|morning|afternoon|evening|night)"
              r"|the\s+night\s+before"
              rf"|the\s+same\s+day|the\s+(?:next|following|previous|preceding)\s+{WEEKDAY}")
_AGO = r"ago|earlier|later|before|after|from\s+now|hence|back|previously|since"
_TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_DIGIT_WORD = r"one|two|three|four|five|six|seven|eight|nine"
_SPELLED_YEAR = (rf"(?:nineteen|twenty)[\s-]+(?:hundred\s+(?:and\s+)?)?"
                 rf"(?:(?:ten|eleven|twelve|thirteen|fourteen"
                 rf"|fifteen|sixteen|seventeen|eighteen|nineteen)|(?:{_TENS})(?:[\s-]+(?:{_DIGIT_WORD}))?)"
                 rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{_DIGIT_WORD}|ten))?")
_UNIT_REL = (r"this\s+year's|last\s+year's|next\s+year's|this\s+past|this\s+coming|last|this|next"
             r"|the\s+current"
             r"|the\s+coming|the\s+previous|the\s+past|the\s+following|the\s+next|the\s+last|the\s+latest"
             r"|the\s+same|that|the\s+whole|the\s+entire|the\s+full|the\s+present|the|a\s+full|all")
_DURATION_DET = r"the|a|an|this|that|its|their|his|her|our"
_DURATION_PLACE = (r"past|last|next|first|coming|previous|following|final|remaining|initial|latest|preceding"
                   r"|same|ensuing|subsequent|intervening|additional|other")
_DURATION_FILLER = r"more|additional|full|straight|consecutive|long|trading|business|working|calendar"
_PLURAL_PLACE = (r"recent|coming|future|past|over\s+the|in\s+the|during\s+the|throughout\s+the|the\s+past"
                 r"|the\s+coming|the\s+next|the\s+last|the\s+previous|the\s+first|the\s+early"
                 r"|in\s+the\s+coming"
                 r"|the\s+following")
_DECADE_WORDS = r"twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties"
_OPT_YEAR = rf"(?:,?\s*(?P<y>{YEAR})\b)?"
# ... or the year said relative to today's: "25 June last year" is one date, a year back
_YEAR_OR_REL = rf"(?:,?\s*(?P<y>{YEAR})\b|\s+(?P<yrel>last\s+year|this\s+year|next\s+year)\b)?"
_DAY_JOIN = r"(?:\s*[-–]\s*|\s+(?:and|to|through|or)\s+)"  # between the days of a range or pair

_HOLIDAY_NAMES = [*lx.HOLIDAYS, *lx.FLOATING_HOLIDAYS, *lx.RELATIVE_HOLIDAYS, *lx.ISLAMIC_HOLIDAYS]

# --- rules: (name, pattern), most specific first ---------------------------------------------
RULES: tuple[tuple[str, str], ...] = (
    ("iso", r"\b(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
            r"(?:t(?P<hh>[0-2]\d):(?P<mi>[0-5]\d)(?::\d\d)?)?\b(?!-)"),
    ("slash", r"(?<![\d/.$])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/"
              r"(?P<y>(?:19|20)\d\d|\d\d)\b(?![/\d])"),
    # "31/12/2021" (a first number above 12 cannot be the month), "31.12.2021", "1.2.2021": day
    # first, as written outside the US; dots only with a four-digit year (not "1.2.3", a version)
    ("slash_dmy", r"(?<![\d/.$])(?:(?P<d>3[01]|[12]\d|1[3-9])/(?P<m>1[0-2]|0?[1-9])/(?P<y>(?:19|20)\d\d|\d\d)"
                  r"|(?P<dd>3[01]|[12]\d|0?[1-9])\.(?P<mm>1[0-2]|0?[1-9])\.(?P<yy>(?:19|20)\d\d))\b(?![/.]?\d)"),
    # "the week of March 23", "the week of 23 March 2020": the ISO week that holds the day
    ("week_of", rf"\b(?:the\s+)?week\s+of\s+(?:(?P<mn>{MONTH_ANY})\s*(?P<d>{DAYNUM})"
                rf"|(?:the\s+)?(?P<d2>{DAYNUM})(?:\s+of)?\s+(?P<mn2>{MONTH_ANY})){_OPT_YEAR}"),
    ("wd_mdy", rf"\b(?P<wd>{WEEKDAY}),?\s+(?P<mn>{MONTH_ANY})\s*(?P<d>{DAYNUM}){_OPT_YEAR}"),
    # "Friday 24 September"; "Monday 20 to Friday 24 September": each day its own expression
    ("wd_dmy", rf"\b(?:{WEEKDAY},?\s+(?P<d0>{DAYNUM}){_DAY_JOIN})?(?P<wd>{WEEKDAY}),?\s+(?:the\s+)?(?P<d>{DAYNUM})"
               rf"(?:\s+of)?\s+(?P<mn>{MONTH_ANY}){_OPT_YEAR}"),
    ("clock_day", rf"\b{CLOCK},?\s+(?:on\s+)?{DAYREF}\b"),
    ("clock_date", rf"\b{CLOCK},?\s+(?:on\s+)?(?P<mn>{MONTH_ANY})\s*(?P<d>{DAYNUM}){_OPT_YEAR}"),
    # "March 3-5", "March 20 and 21": each day its own expression, as TimeML tags each end of a range
    ("mdy", rf"\b(?P<mn>{MONTH_ANY})\s*(?P<d>{DAYNUM})(?:{_DAY_JOIN}(?P<d2>{DAYNUM})(?!\s+(?:of\s+)?{MONTH_ANY}))?"
            rf"{_YEAR_OR_REL}"),
    # "8th [March]": an editor's bracketed month inside a quotation; "3 and 4 April"
    ("dmy", rf"\b(?:(?P<d0>{DAYNUM}){_DAY_JOIN})?(?P<d>{DAYNUM})(?:\s+of)?\s+"
            rf"(?:\[(?P<bmn>{MONTH_ANY})\]|(?P<mn>{MONTH_ANY}){_YEAR_OR_REL})"),
    # "on the 14th", "by 3rd.": a day of a month left unsaid (no word may follow but a joint)
    ("ordday", r"\b(?:the\s+)?(?P<d>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))\b"
               r"(?!-|\s+(?!(?:and|or|but|at|when|as|so|after|before|until|till|to|if|because|with)\b)[a-z])"),
    ("my", rf"\b(?:(?P<edge>{EDGE})\s*)?(?P<mn>{MONTH_ANY}),?\s+(?:of\s+)?(?P<y>{YEAR}|'\d\d)\b"),
    ("quarter", rf"\b(?:(?P<det>the|this|last|next|its|their|a|his|her|our)\s+)?"
                rf"(?:(?P<owner>{_QUARTER_OWNER})\s+)?"
                rf"(?:(?P<fiscal>fiscal)[\s-]+)?"
                rf"(?P<ord>{QUARTER_ORD}|comparable|corresponding|year-ago|year-earlier|{YEAR})"
                rf"(?P<sep>[\s-]+(?:fiscal[\s-]+)?)(?P<unit>quarter|half|period)"
                rf"(?:\s+of\s+(?:fiscal\s+)?(?:(?P<y>{YEAR})|(?P<yrel>{_QUARTER_YEAR})))?\b(?!-)"),
    ("qn", rf"\bq(?P<qn>[1-4])(?:\s+(?P<y>{YEAR}))?\b"),
    ("half", rf"\b(?P<h>h[12])\s+(?P<y>{YEAR})\b"),
    ("century", rf"\b(?:(?P<edge>{EDGE})\s*)?(?:the\s+)?(?P<c>{CENTURY_ORD})[\s-]+century\b"),
    ("decade", rf"(?:\b|(?='))(?:the\s+)?(?:(?P<edge>{EDGE})\s*)?(?:the\s+)?"
               rf"(?:(?P<dec>(?:1[5-9]|20)\d0)'?s|'(?P<dec2>\d0)'?s|(?P<decw>{_DECADE_WORDS}))\b"),
    ("in_the_day", r"\b(?:later|earlier)\s+in\s+(?P<x>the\s+(?P<unit>day|week|month|year))\b"),
    ("named_rel", rf"\b(?:(?P<el>earlier|later)\s+)?(?P<np>{_NAMED_REL})\b"),
    ("ago", rf"\b(?:(?P<qm>{QMOD})\s+)?(?P<n>{VAGUE_Q}|{NUM})[\s-]+(?:more\s+)?(?P<unit>{UNIT})"
            rf"(?P<half>\s+and\s+a\s+half)?\s+(?P<dir>{_AGO})\b"),
    ("rel_day", rf"\b(?:(?P<edge>early|late|earlier|later)\s+)?(?P<rd>yesterday|today|tomorrow|tonight)"
                rf"(?:\s+(?P<pod>{POD}))?\b"),
    ("pod", rf"\b(?P<dem>this|last|tomorrow|yesterday|tonight|early\s+this|late\s+last|late\s+this"
            rf"|early\s+last)"
            rf"\s+(?P<pod>{POD})\b"),
    ("weekday", rf"\b(?:(?P<rel>{REL}|early|late|earlier|later)\s+)?(?P<wd>{WEEKDAY})(?P<pl>s)?"
                rf"(?:\s+(?P<pod>{POD}|nights|mornings))?\b"),
    ("clock24", r"\b(?P<h>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)\s*(?:h\s+|hrs\s+|hours\s+)?"
                r"(?P<tz>gmt|utc|bst|cet|est|edt|pst|pdt|local\s+time)\b"),
    ("clock", r"\b(?:(?P<qm>about|around|at\s+about|shortly\s+after|shortly\s+before|just\s+after"
              r"|just\s+before)\s+)?"
              + CLOCK),
    ("noon", rf"\b(?P<nn>noon|midnight)(?:\s+(?:on\s+)?{DAYREF})?\b"),
    ("earlier_this", r"\b(?P<el>earlier|later|early|late)\s+(?P<rel>this|last|next|in\s+the)\s+"
                     r"(?P<unit>week|month|year|decade|century|quarter|season|spring|summer|fall|autumn"
                     r"|winter)\b"),
    ("season", rf"\b(?:(?P<edge>{EDGE})\s*)?"
               rf"(?:(?P<rel>{REL}|the|this\s+year's|last\s+year's|next\s+year's)\s+)?"
               rf"(?P<sea>{SEASON})(?:\s+(?:of\s+)?(?:(?P<y>{YEAR})|(?P<yrel>(?:this|last|next)\s+year)))?\b"),
    ("month_rel", rf"\b(?:(?P<edge>{EDGE})\s*)?(?:(?P<rel>{REL})\s+)?(?P<mn>{MONTH_BARE})"
                  rf"(?:\s+(?P<yrel>last\s+year|this\s+year|next\s+year))?(?!\w|\.\w|['’](?!s\b)|\s*\d)"),
    ("spelled_year", rf"\b(?:the\s+year\s+)?(?P<sy>{_SPELLED_YEAR})\b"),
    ("fiscal", rf"\b(?:(?P<edge>{EDGE})\s*)?"
               rf"(?P<pre>fiscal(?:\s+year)?|the\s+year|calendar|fy|the\s+fiscal\s+year)"
               rf"\s*(?P<y>{YEAR}|'?\d\d\b)"),
    ("year", rf"(?<![\w$€£#.,/'’-])(?:(?P<edge>{EDGE})\s*)?(?P<y>{YEAR})(?P<poss>'s)?"
             rf"(?![\w.,/]\d|\s*(?:%|percent|per\s+cent))(?:[-–](?P<y2>{YEAR}|\d\d)\b)?"),
    ("every", rf"\b(?P<ev>every|each|per)\s+(?:(?P<other>other)\s+)?(?:(?P<n>{NUM})\s+)?"
              rf"(?P<unit>{UNIT}|{WEEKDAY}|{MONTH_FULL}|{SEASON}|morning|afternoon|evening)\b"),
    ("freq", rf"\b(?P<fq>{_alt(k for k in lx.FREQUENCIES if ' ' not in k)})\b"),
    ("holiday", rf"\b(?P<hol>{_alt(_HOLIDAY_NAMES)})"
                rf"(?:\s+(?P<y>{YEAR}))?\b"),
    ("unit_rel", rf"\b(?:(?P<edge>{EDGE})\s*)?(?P<rel>{_UNIT_REL})\s+(?P<fiscal>fiscal\s+|calendar\s+)?"
                 r"(?P<unit>week|fortnight|month|year|quarter|decade|century|weekend|season|half)"
                 r"(?P<end>-end)?\b(?!-)"),
    ("duration", rf"\b(?:(?P<det>{_DURATION_DET})\s+)?(?:(?P<pl>{_DURATION_PLACE})\s+)?(?:(?P<qm>{QMOD})\s+)?"
                 rf"{NUM_RANGE}(?:\s+(?:{_DURATION_FILLER}))?(?P<sep>[\s-]+)(?P<unit>{UNIT})"
                 r"(?P<suf>-old|-long)?"
                 r"\b(?!-)(?P<half>\s+and\s+a\s+half\b)?(?P<orso>\s+or\s+so\b)?"),
    ("bare_plural", rf"\b(?:(?P<pl>{_PLURAL_PLACE})\s+)?(?P<unit>{UNIT_PLURAL})\b(?!-)"),
    ("year_adj", r"\b(?P<ya>year-earlier|year-ago|year-end|year\s+end|year['’]s\s+end|year-to-date"
                 r"|midyear|mid-year"
                 r"|yearend)\b"),
    ("unit_long", rf"\b(?P<unit>{UNIT})-(?:long|old)\b"),
    ("ahead", rf"\b(?:the\s+)?(?P<unit>{UNIT_PLURAL})\s+ahead\b"),
    ("pod_alone", rf"\b(?P<pa>the\s+(?:morning|afternoon|evening)|mid[\s-]?(?:morning|afternoon|day)"
                  rf"|midday)\b"
                  rf"(?!\s+of)(?:\s+{DAYREF}\b)?"),
    ("vague", rf"\b(?P<vg>{_alt(k for k in lx.VAGUE_REFERENCES if k not in lx.UNTAGGED_ALONE)})\b"),
)


# --- head words ------------------------------------------------------------------------------
TRIGGER_CLASSES: dict[str, frozenset[str]] = {
    "month": frozenset([*lx.MONTHS, *lx.MONTH_ABBREVIATIONS]),
    "weekday": frozenset([*lx.WEEKDAYS, *lx.WEEKDAY_ABBREVIATIONS, *(w + "s" for w in lx.WEEKDAYS)]),
    "unit": frozenset([*lx.UNITS, *lx.UNIT_PLURALS, "midyear", "yearend", "period", "half"]),
    "season": frozenset(lx.SEASONS),
    "pod": frozenset([*lx.PARTS_OF_DAY, "midnight", "nights", "mornings", "midday"]),
    "relday": frozenset({"today", "yesterday", "tomorrow", "tonight"}),
    "vague": frozenset(w.split()[-1] for w in lx.VAGUE_REFERENCES if w not in lx.UNTAGGED_ALONE),
    "freq": frozenset(w.split()[-1] for w in lx.FREQUENCIES),
    "holiday": frozenset(w.split()[0] for w in _HOLIDAY_NAMES) - {"new"},
    "misc": frozenset({"q1", "q2", "q3", "q4", "h1", "h2", "twenties", "thirties", "forties", "fifties",
                       "sixties", "seventies", "eighties", "nineties", "nineteen", "thousand"}),
}
# Which kinds of head each rule can contain (a rule is tried only at its heads' positions):
# a rule added to RULES needs a line here too.
RULE_CLASSES: dict[str, frozenset[str]] = {name: lx.words(classes) for name, classes in {
    "iso": "digit", "slash": "digit", "slash_dmy": "digit", "week_of": "unit", "wd_mdy": "weekday",
    "wd_dmy": "weekday", "clock_day": "digit",
    "clock_date": "digit", "mdy": "month", "dmy": "digit", "ordday": "digit", "my": "month", "quarter": "digit unit",
    "qn": "misc", "half": "misc", "century": "unit digit", "decade": "digit misc", "in_the_day": "unit",
    "named_rel": "unit pod weekday", "ago": "digit unit", "rel_day": "relday", "pod": "pod relday",
    "weekday": "weekday", "clock24": "digit", "clock": "digit", "noon": "pod", "earlier_this": "unit season",
    "season": "season unit", "month_rel": "month", "spelled_year": "misc", "fiscal": "digit unit",
    "year": "digit", "every": "unit weekday month season digit pod", "freq": "freq", "holiday": "holiday unit",
    "unit_rel": "unit", "duration": "unit digit", "bare_plural": "unit", "year_adj": "unit",
    "unit_long": "unit", "ahead": "unit", "pod_alone": "pod", "vague": "vague unit",
}.items()}
# Words that may stand before a head inside an expression ("the past few", "early", "every").
LEFT_WORDS: frozenset[str] = lx.words("""
    the a an this that these those last next past coming previous following preceding same current
    latest early late mid earlier later every each per other about around roughly approximately nearly
    almost some more less than over under up to at least just well no several few many number of fiscal
    calendar fy its their his her our since end beginning start middle dawn close latter part recent
    first second third fourth final remaining initial ensuing subsequent intervening additional whole
    entire full all present couple dozen half dozens hundreds thousands numerous year's shortly after
    before and new right near then sometime as soon trading business working straight consecutive in
    most until foreseeable short future or
""") | {w for w in lx.NUMBER_WORDS if " " not in w} | set(lx.ORDINALS)
