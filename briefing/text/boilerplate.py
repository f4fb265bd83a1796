"""Patterns of news boilerplate that ``clean.clean_body`` removes (data, one entry per kind).

Each pattern says what it matches with an example. Re-run ``python -m pytest tests/text`` after
changing one: the tests pin what must go and, as important, what must stay.
"""

from __future__ import annotations

import re

# Wire services and outlets that appear in datelines as "(Reuters) -" or "CAIRO (AFP) -".
AGENCIES: tuple[str, ...] = (
    "Reuters", "AP", "AFP", "CNN", "Bloomberg", "UPI", "dpa", "DPA", "IANS", "PTI", "ANI", "Xinhua",
    "TASS", "Sputnik", "EFE", "ANSA", "Kyodo", "Yonhap", "BBC", "Al Jazeera", "UrduPoint News",
    "AA", "WAM", "SPA", "IRNA", "PA", "CP", "NNA", "Anadolu", "Interfax", "AAP", "RIA Novosti", "KUNA", "Tass",
)
_AGENCY = "|".join(re.escape(a) for a in AGENCIES)
_CITY = r"[A-Z][A-Z.'’/\-]+(?:\s+[A-Z][A-Z.'’/\-]+){0,3}"  # CAIRO, NEW YORK, ST. LOUIS, MEXICO CITY/GENEVA
_PLACE = r"(?:,\s*[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+){0,2})?"  # ", Lebanon", ", Calif."
_DATE = r"(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?"  # ", March 3"
_DASH = r"\s*(?:-{1,2}|–|—|:)?\s*"

# Datelines at the start of a paragraph; the sentence that follows starts in capitals.
DATELINES: tuple[re.Pattern[str], ...] = (
    # "CAIRO (UrduPoint News / Sputnik - 30th September, 2020) ", "LONDON, March 3 (Reuters) - "
    re.compile(rf"{_CITY}{_PLACE}{_DATE}\s*\((?:[^()\n]|\([^()\n]*\)){{1,100}}\){_DASH}(?=[\"“‘A-Z0-9])"),
    # "NEW YORK — ", "BEIRUT, Lebanon -- "  (a capitalised city, then a dash)
    re.compile(rf"{_CITY}{_PLACE}{_DATE}\s+(?:-{{1,2}}|–|—)\s+(?=[\"“‘A-Z0-9])"),
    # "(Reuters) - ", "(CNN)"
    re.compile(rf"\((?:{_AGENCY})\){_DASH}(?=[\"“‘A-Z0-9])"),
)

# A dateline with an agency credit run in after page furniture on the same line (a headline, a
# stamp in a format not known above): "Hong Kong hotel quarantine move stirs controversy HONG KONG |
# Sat May 2, 2009 9:15 pm IST HONG KONG (Reuters) - Travelers quarantined ...". Everything before
# it is furniture: prose does not credit an agency in capitals and a dash mid-sentence.
RUN_IN_DATELINE: re.Pattern[str] = re.compile(
    rf"^.{{0,200}}?(?<![\w(]){_CITY}{_PLACE}{_DATE}\s*\((?:{_AGENCY})\)\s*(?:-{{1,2}}|–|—)\s*(?=[\"“‘A-Z0-9])")
# A date-and-time stamp run in after a headline and standfirst on the same line, as the Guardian's
# pages flatten: "Prepare for swine flu pandemic, WHO warns Health chiefs say plans ... needed now
# Tuesday 28 April 2009 17.37 BST The world should prepare ...". A clock time with its time zone
# after a full date is a page's stamp, never prose; what comes before it is the page's heading.
RUN_IN_STAMP: re.Pattern[str] = re.compile(
    r"^(?P<heading>.{0,300}?)\s(?:[A-Z][a-z]+day,?\s+)?\d{1,2}\s+[A-Z][a-z]+,?\s+\d{4},?\s+\d{1,2}[.:]\d{2}\s*"
    r"(?:GMT|BST|UTC|EST|EDT|CET|CEST|ET|IST)\s+(?=[\"“‘A-Z0-9])")
# Links to other stories that a page opens on, the last one marked "Full Article" (Reuters,
# 2009): "Helicopter crashes into crane on London tower, kills two.\nFull Article Egypt orders ...".
RELATED_LINKS: re.Pattern[str] = re.compile(r"\A[^\n]{0,300}(?:\n[^\n]{0,300}){0,2}?\bFull Article\s+")
# A note pointing to more coverage: "(For full coverage of the flu outbreak, click (nFLU))".
# Only with a pointer ("click", "see", "visit", a link): "(For the first time, ...)" is prose.
# Anywhere in a line: a wire story ends on several ("... on Tuesday. (For a WHO map of the spread
# of cases, go to: here) (For more Reuters swine flu coverage, please click here: here)").
COVERAGE_NOTE: re.Pattern[str] = re.compile(
    r"(?:^|(?<=\s))\((?:For|To read|For more)\b[^()\n]{0,120}?\b(?:click|see|visit|go\s+to|https?:)"
    r"[^()\n]{0,60}(?:\([^()\n]{0,20}\))?[^()\n]{0,20}\)\s*", re.IGNORECASE)

# Whole lines that are not article text (matched against the stripped line).
JUNK_LINES: tuple[re.Pattern[str], ...] = (
    # bylines: "By Jane Smith", "By JANE SMITH, Reuters", "Written by Jane Smith | Staff"
    re.compile(r"(?:By|BY|Written by|Words by)\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}"
               r"(?:\s*(?:,|\||and|-|—|–)\s*[^.!?]{0,60})?"),
    # photo and video credits, captions: "Photo: AFP", "(Photo by Jane Smith/Getty Images)",
    # "Image copyright Getty Images", "Image caption The bridge ..."
    re.compile(r"\(?\s*(?:Photo|Photograph|Picture|Pic|Image|Video|Credit|Caption|File photo)s?"
               r"(?:\s+(?:by|credit|copyright|caption))?\s*[:/].{0,120}?\)?", re.IGNORECASE),
    re.compile(r"(?:Image|Media|Photo) (?:copyright|caption|source)\b.*", re.IGNORECASE),
    re.compile(r"(?:Getty Images|AFP|Reuters|AP|EPA|PA Media)(?:\s*/\s*[\w ]+)?", re.IGNORECASE),
    # wire footers: "(Reporting by Jane Smith; Editing by John Doe)"
    re.compile(r"\(?(?:Additional )?(?:Reporting|Writing|Editing|Compiled) by\b.{0,200}", re.IGNORECASE),
    # sharing and navigation left by page extraction
    re.compile(r"(?:Advertisement|Share this (?:article|story)|Follow (?:us|him|her) on .{0,40}|"
               r"Read more:?.{0,120}|Related(?: articles| stories)?:?|Subscribe.{0,80}|"
               r"Sign up.{0,80}|Click here.{0,80}|Also read:?.{0,120})", re.IGNORECASE),
    # a link on its own, or "source: https://..."
    re.compile(r"(?:source:\s*)?https?://\S+", re.IGNORECASE),
)

# A wire photo's caption on its own line: what the picture shows, then where and the day it was
# taken, with no preposition before the date ("Tourists wearing masks walk down the street in
# Osaka May 15, 2009.", "... headquarters in Geneva, May 19, 2009."). Prose puts the day after
# "on" or a lower-case word ("dated April 21, 2009", "its first case April 24, 2009"), and tells
# the past ("took effect in Texas May 1, 2009"). 32 of the 33 lines ending in a date so in the T17
# development articles are captions; the other is prose ("dated").
_MONTH_NAMES = r"January|February|March|April|May|June|July|August|September|October|November|December"
PHOTO_CAPTION: re.Pattern[str] = re.compile(
    r"(?![^\n]*\b(?:was|were|had|said|told|took|died|became)\b)"  # captions tell what the picture shows
    rf"[\"“‘A-Z][^\n]{{10,400}}?(?:\b[A-Z][\w.'’-]*,?|,)\s(?:{_MONTH_NAMES})\s\d{{1,2}},\s(?:19|20)\d\d\.?")

# A web server's failed include, left in the page where a fragment should be (Apache SSI): "[an
# error occurred while processing this directive]" (between parentheses once tokenised).
SERVER_ERROR: re.Pattern[str] = re.compile(
    r"[\[(]?\s*an error occurred while processing this directive\s*[\])]?[ \t]*", re.IGNORECASE)

# Credits and wire footers inside a paragraph: "(Photo: Reuters)", "(AP Photo/Jane Smith)".
INLINE_CREDITS: re.Pattern[str] = re.compile(
    r"\((?:(?:AP |AFP |Reuters )?Photo|Photograph|Picture|Image|Credit|Video)s?\b[^()\n]{0,80}\)"
    r"|\((?:Additional )?(?:Reporting|Writing|Editing) by [^()\n]{0,200}\)",
    re.IGNORECASE,
)

# A photo credit run into the text, as web pages are flattened: "Photograph: Dario Lopez-Mills/AP A
# killer virus ...", "... top US firms Photograph: Michael Nagle/Getty Images US jobless claims
# fell", "Photograph: AP A Scottish hospital worker ...". Only with the photographer/agency
# slash or an agency's name, which prose does not write after "Photograph:".
_CREDIT_NAME = r"[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|for|of|de|da|del|la|le|van|von)){0,5}"
_CREDIT_AGENCY = r"[A-Z][\w.&'’\-]*(?:\s+(?:Images|Photos|Pictures|Media|Press|Pool))?"
_PHOTO_AGENCIES = r"AP|AFP|Reuters|EPA|PA|Getty Images|Getty|Rex Features|Alamy|Corbis|Bloomberg|Xinhua"
RUN_IN_CREDIT: re.Pattern[str] = re.compile(
    rf"(?:(?<=\s)|^)(?:Photograph|Photo|Picture|Image|Illustration)s?\s*:\s*"
    rf"(?:{_CREDIT_NAME}(?:\s*/\s*{_CREDIT_AGENCY})+|(?:{_PHOTO_AGENCIES}))(?=\s+[\"“‘A-Z0-9]|\s*$)\s*")

# A newspaper's note on where the web page's article appeared in print or was first published,
# and whatever furniture the flattened page runs in after it on the line: "This article appeared
# on p28 of the Main section section of the Guardian on 00.01 BST on Monday 27 April 2009", "A
# version appeared on p6 of ... Follow all the top science stories ...", "This article was
# published on guardian.co.uk at 18.20 BST". Only with a page number or a site: "This article was
# published in The Lancet" is prose.
PRINT_NOTE: re.Pattern[str] = re.compile(
    r"(?:^|(?<=\s))(?:This article|A version of this article|A version)\s+"
    r"(?:appeared\s+(?:on|in)\s+(?:p\s?\d+|page\s+\d+|print)\b"
    r"|was\s+(?:first\s+)?published\s+on\s+(?:(?:[\w-]+\.)+[a-z]{2,}|guardian|observer)\b).*$")

# A bullet that opens a line of a list: "* Consulting firm Oliver Wyman found ...", "• Schools shut".
BULLET: re.Pattern[str] = re.compile(r"^[*•·▪◦‣]\s+(?=\S)")
# ... and one inside a line, where a flattened page ran its list together: "facts about swine flu:
# * Swine flu viruses typically cause illness in pigs. * Most cases ...". Each item starts a line.
# Only before a capital ("5 * 3" is arithmetic).
MID_BULLET: re.Pattern[str] = re.compile(r"(?<=\S)[^\S\n]+[*•▪◦‣][^\S\n]+(?=[A-Z‘“\"])")

# Interview speaker labels at the start of a line: Wikinews' "((WN))", "((Aparna Garg))";
# "Q:" and "A:".
SPEAKER_LABEL: re.Pattern[str] = re.compile(r"\(\([^()\n]{1,60}\)\)\s*(?=\S)|[QA]:\s+")

# Wikinews' foreign-language originals: "((es))Spanish language: ‍hay muchos abortos ...".
# The original runs to the end of its quotation, clause or line; the English is already there.
FOREIGN_ORIGINAL: re.Pattern[str] = re.compile(
    r"\s*\(\([a-z]{2,3}(?:-[a-z]+)?\)\)\s*[A-Z][\w ]{1,30} language:\s*[\u200d\u200c\u200b]?"
    r"[^\"”\n]*?(?=[\"”\n]|,\s+[A-Z]|$)"
)

# Readers' comments under a web article, from their headers: "At 12:19 26th Apr 2009, jo wrote:",
# "At 5:49 pm on 05 May 2009 , jo wrote :", "8th November 2011 - 17:42", "Posted by Jo - May 1st,
# 2009", and the moderators' "This comment was removed ...". Matched at the start of a line.
_CLOCK = r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?"
_DMY = r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?)\s*,?\s+\d{4}"
COMMENT_HEADER: re.Pattern[str] = re.compile(
    rf"^[ \t]*(?:At\s+{_CLOCK}\s+(?:on\s+)?{_DMY}\s*,\s*\S+(?:\s+\S+){{0,3}}?\s+wrote\s*:"
    rf"|{_DMY}\s*-\s*{_CLOCK}\b"
    rf"|(?:Re:\s*)?Posted\s+by\s+[^\n]{{1,40}}?(?:-+|\bon\b|,)\s*{_DMY}"
    rf"|This comment was removed because the moderators)",
    re.MULTILINE,
)

# Time stamps that pages put before the first sentence: "24 June 2010 Last updated at 14:59 GMT",
# "Page last updated at 07:02 GMT, Friday, 16 September 2011 08:02 UK", "Updated: 10:15 am ET".
PAGE_STAMP: re.Pattern[str] = re.compile(
    r"^(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s+)?(?:Page\s+)?(?:last\s+)?(?:updated|published|posted)"
    r"(?:\s+at|:|\s+on)?\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|BST|UTC|EST|EDT|ET|CET|UK)?"
    r"(?:\s*,?\s*[A-Z][a-z]+day\s*,?\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}(?:\s+\d{1,2}:\d{2}\s*(?:GMT|BST|UK)?)?)?"
    r"\s*(?:Help\s+|E-mail this to a friend\s+|Printable version\s+)*", re.IGNORECASE)
# A date-and-time line: "Sunday 26 April 2009 11.25 BST", "Jane Doe | 18:00 UK time, Saturday, 25 April 2009",
# Reuters' "GENEVA | Sat Apr 25, 2009 7:32 pm EDT".
_TZ = r"(?:GMT|BST|UTC|EST|EDT|CET|CEST|ET|UK time|UK)"
_DATE_STAMP = re.compile(
    r"^(?:[A-Z][\w.'/\-]+(?:\s+[A-Z][\w.'/\-]+){0,3}\s*\|\s*)?"
    r"(?:(?P<t1>\d{1,2}[:.]\d{2})\s*" + _TZ + r"?\s*,?\s*)?"
    r"(?:(?:[A-Z][a-z]+day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?\s*,?\s*)?"
    r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\s*,?\s+\d{4}"
    r"(?:\s+(?P<t2>\d{1,2}[:.]\d{2})(?:\s*[ap]\.?m\.?)?\s*" + _TZ + r"?)?\s+")


def strip_stamps(text: str) -> str:
    """``text`` without the page stamp and the date-and-time stamp it opens with; a date with no
    time stays (it may be the sentence's subject: "26 April 2009 was the day ...")."""
    text = PAGE_STAMP.sub("", text, count=1)
    stamp = _DATE_STAMP.match(text)
    if stamp and (stamp.group("t1") or stamp.group("t2")):
        return text[stamp.end():]
    return text
