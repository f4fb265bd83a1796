"""News clean-up: boilerplate goes, every sentence of the article stays."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing.text.clean import clean_body
from briefing.text.tokenised import detokenise

REMOVED = [
    # (raw body, cleaned body)
    ("CAIRO (UrduPoint News / Sputnik - 30th September, 2020) Iraq is committed to peace.",
     "Iraq is committed to peace."),
    ("WASHINGTON (Reuters) - The Senate voted on Monday.", "The Senate voted on Monday."),
    ("LONDON, March 3 (Reuters) - Shares fell.", "Shares fell."),
    ("NEW YORK — Stocks rose sharply.", "Stocks rose sharply."),
    ("BEIRUT, Lebanon -- A blast hit the port.", "A blast hit the port."),
    ("(CNN)The storm made landfall.", "The storm made landfall."),
    ("By Jane Smith, Reuters\nThe storm made landfall.", "The storm made landfall."),
    ("Photo: AFP\nThe storm made landfall.", "The storm made landfall."),
    ("Image copyright Getty Images\nThe storm made landfall.", "The storm made landfall."),
    ("The bridge opened (Photo: Jane Smith) on Monday.", "The bridge opened on Monday."),
    ("The bridge opened.\n(Reporting by Jane Doe; Editing by John Roe)", "The bridge opened."),
    ("The bridge opened.\n\nRead more: https://example.org/x\nAdvertisement", "The bridge opened."),
    ("((WN)) How rare is it?\n\n((Jane Roe)) It is very rare.", "How rare is it?\n\nIt is very rare."),
    ("Q: Why now?\nA: Because it mattered.", "Why now?\nBecause it mattered."),
    # page time stamps before the first sentence
    ("Page last updated at 07:48 GMT, Tuesday, 8 November 2011 The trial took place downtown.",
     "The trial took place downtown."),
    ("Page last updated at 07:48 GMT , Tuesday , 8 November 2011 The trial took place downtown .",
     "The trial took place downtown."),
    ("7 November 2011 Last updated at 21:40 GMT Help The doctor has been found guilty.",
     "The doctor has been found guilty."),
    ("Sunday 26 April 2009 11.25 BST Mexico closed its schools.", "Mexico closed its schools."),
    ("GENEVA | Sat Apr 25, 2009 7:32 pm EDT GENEVA (Reuters) - A new flu could start an epidemic.",
     "A new flu could start an epidemic."),
    ("MEXICO CITY/GENEVA | Sat Apr 25, 2009 7:32 pm EDT MEXICO CITY/GENEVA (Reuters) - The flu spread.",
     "The flu spread."),
    # Penn-Treebank tokenised, with its escaped slash
    ("MEXICO CITY\\/GENEVA | Sat Apr 25 , 2009 7:32 pm EDT MEXICO CITY\\/GENEVA -LRB- Reuters -RRB- - "
     "The flu , which is new , spread .", "The flu, which is new, spread."),
    # a crawled Reuters page: links to other stories, a coverage note, a headline and stamp run in
    ("Helicopter crashes into crane, kills two.\nFull Article Egypt orders cull CAIRO | Wed Apr 29, 2009 "
     "1:13 pm EDT CAIRO (Reuters) - Egypt ordered a cull of pigs.\nIt was criticised.",
     "Egypt ordered a cull of pigs.\nIt was criticised."),
    # pointers to more coverage wherever a wire story puts them; a parenthesis of prose stays
    ("Officials met on Tuesday. (For a WHO map of the spread of cases, go to: here) (For more Reuters swine flu "
     "coverage, please click here: here)\nThe meeting (for the second time) ended.",
     "Officials met on Tuesday.\nThe meeting (for the second time) ended."),
    ("(For full coverage of the flu outbreak, click (nFLU)) HONG KONG, May 2 (Reuters) - Guests were angry.",
     "Guests were angry."),
    ("Hotel quarantine stirs row HONG KONG | Sat May 2, 2009 9:15 pm IST HONG KONG (Reuters) - Guests were angry.",
     "Guests were angry."),
    # a crawled Guardian page: headline and standfirst run into the stamp and the lede
    ("Prepare for flu, WHO warns Health chiefs say plans are needed now Tuesday 28 April 2009 17.37 BST "
     "The world should prepare for a pandemic.\nMore.", "The world should prepare for a pandemic.\nMore."),
    # photo credits run into the text of a flattened page, with the caption set just before
    # them, and list bullets
    ("The clinic opened early. People queue at the hospital.\nPhotograph: Dario Lopez-Mills/AP A killer virus "
     "has spread, he said.", "The clinic opened early.\nA killer virus has spread, he said."),
    ("People queue at the hospital.\nPhotograph: Dario Lopez-Mills/AP A killer virus has spread, he said.",
     "A killer virus has spread, he said."),
    # ... but a long sentence before a credit is the text's, not a caption
    ("The health ministry said on Monday that the number of confirmed cases had risen to more than two hundred"
     " and that schools in three cities would stay closed until the end of the month at the earliest.\n"
     "Photograph: AP A killer virus has spread, he said.",
     "The health ministry said on Monday that the number of confirmed cases had risen to more than two hundred"
     " and that schools in three cities would stay closed until the end of the month at the earliest.\n"
     "A killer virus has spread, he said."),
    ("Photograph: Centers for Disease Control/Reuters It is a contagious disease of pigs.",
     "It is a contagious disease of pigs."),
    ("Markets await results Photograph: Michael Nagle/Getty Images Jobless claims fell this week.",
     "Markets await results Jobless claims fell this week."),
    ("Photograph: Alfredo Estrella/AFP/Getty Images", ""),
    ("Photograph: AP A Scottish nurse has caught the virus.", "A Scottish nurse has caught the virus."),
    ("* Consulting firm Oliver Wyman found a gap.\n• Schools shut.",
     "Consulting firm Oliver Wyman found a gap.\nSchools shut."),
    ("Facts about the flu: * Swine flu viruses infect pigs. * Most cases are mild. • Schools shut.",
     "Facts about the flu:\nSwine flu viruses infect pigs.\nMost cases are mild.\nSchools shut."),
    # a newspaper's note on where the article appeared in print, and the furniture after it
    ("Flu spreads.\nA version appeared on p7 of the Main section section of the Guardian on 00.38 BST on "
     "Saturday 2 May 2009.", "Flu spreads."),
    ("Taking on the strain This article appeared on p28 of the Main section of the Guardian on Monday "
     "27 April 2009 Follow all the top stories on Twitter", "Taking on the strain"),
    ("Flu spreads.\nThis article was published on guardian.co.uk at 18.20 BST on Tuesday 28 April 2009.",
     "Flu spreads."),
    # a web server's failed include, with or without its page stamp before it
    ("[an error occurred while processing this directive] Jamie Foxx will host the concert.",
     "Jamie Foxx will host the concert."),
    ("6 July 2011 Last updated at 09:03 GMT (an error occurred while processing this directive) Katherine "
     "Jackson has spoken.", "Katherine Jackson has spoken."),
    # wire photo captions on their own line: the picture, where and the day it was taken
    ("Flu spreads.\nTourists wearing masks walk down the street in Osaka May 15, 2009.\nSchools shut.",
     "Flu spreads.\nSchools shut."),
    ("Flu spreads.\nPeople wear masks at a shopping street in Kobe, western Japan, May 17, 2009.", "Flu spreads."),
    # Wikinews' foreign-language original next to the English quotation
    ('He said "we stay" ((es))Spanish language: \u200dnos quedamos, President Ruiz added.',
     'He said "we stay", President Ruiz added.'),
    ('She wrote: "It is over ((es))Spanish language: \u200dse acabó".', 'She wrote: "It is over".'),
]

KEPT = [
    "By Tuesday, the rebels had taken the city.",
    "US Open — Serena Williams won in three sets.",
    "The photo was taken on Monday, police said.",
    "Reuters reported that the talks had failed.",
    "NATO said the exercise would go ahead.",
    "26 April 2009 was the day Mexico closed its schools.",
    "April 25, 2009 was the day Mexico closed its schools.",
    "He said: Reuters/Ipsos polls show him ahead.",
    "He told reporters in LONDON (Reuters) - no more.",
    "(For the first time, the council admitted fault.) The report said so.",
    "The deadline is Tuesday 28 April 2009 at 17.37 BST, the council said.",
    "A full article on the vote follows next week, the editor said.",
    "5 * 3 is what the sign said.",
    "The score was 5 * 3 * 2 in all.",
    "Sat Apr 25 was the day Mexico closed its schools.",
    "Published reports said the talks had failed.",
    "This article was published in The Lancet on Monday.",
    "The report is dated April 21, 2009.",  # a day in prose: after a lower-case word, "on", or told in the past
    "The first case was confirmed in Oaxaca on April 24, 2009.",
    "The law took effect in the United States May 1, 2009.",
    "His son died in Vancouver, BC January 18, 1978.",
    "A version appeared in the tabloids on Friday, the lawyer said.",
]


@pytest.mark.parametrize(("raw", "cleaned"), REMOVED)
def test_boilerplate_is_removed(raw: str, cleaned: str) -> None:
    assert clean_body(raw) == cleaned


@pytest.mark.parametrize("sentence", KEPT)
def test_article_sentences_are_kept(sentence: str) -> None:
    assert clean_body(sentence) == sentence


def test_a_headline_run_into_the_lede_goes_but_a_lede_opening_on_the_title_stays() -> None:
    assert clean_body("Bridge opens after ten years The council cut the ribbon on Monday.",
                      "Bridge opens after ten years") == "The council cut the ribbon on Monday."
    lede = "Biden wins South Carolina primary by a wide margin, officials said."
    assert clean_body(lede, "Biden wins") == lede


def test_a_standfirst_run_in_after_the_headline_is_a_paragraph_of_its_own() -> None:
    title = "UK swine flu highest in Europe"
    line = (f"{title} The UK has the highest number of confirmed swine flu cases in Europe An extra 141 cases "
            "of swine flu have been confirmed in England, the Health Protection Agency said.")
    assert clean_body(line, title) == (
        "The UK has the highest number of confirmed swine flu cases in Europe\n\n"
        "An extra 141 cases of swine flu have been confirmed in England, the Health Protection Agency said.")
    # headline, caption and lede, each opening on a common word capitalised (the article writes
    # "jurors" and "lawyers")
    title = "Jury selection for Jackson's doctor"
    line = (f"{title} Jurors will be asked about their views on fame Lawyers for the doctor asked the judge for "
            "more time to prepare.\nMany jurors applied, and lawyers agreed.")
    assert clean_body(line, title) == ("Jurors will be asked about their views on fame\n\nLawyers for the doctor "
                                       "asked the judge for more time to prepare.\nMany jurors applied, and lawyers "
                                       "agreed.")
    # only after a headline was cut: a lede of its own is not split where a capital opens a clause
    lede = "Rescue teams in the north worked through the night The storm had cut power to 200,000 homes."
    assert clean_body(lede, "Storm hits north") == lede


def test_a_byline_run_into_the_lede_goes_from_the_body() -> None:
    body = ("By Peter Bowes BBC News, Los Angeles The high profile trial has attracted crowds on Monday.\n\n"
            "Jurors heard from the first witness.")
    assert clean_body(body) == ("The high profile trial has attracted crowds on Monday.\n\n"
                                "Jurors heard from the first witness.")


def test_a_first_line_repeating_the_headline_goes_but_a_full_lede_stays() -> None:
    title = "Bridge opens after ten years"
    assert clean_body(f"{title}\n\nThe bridge opened on Monday.", title) == "The bridge opened on Monday."
    lede = "Bridge opens after ten years, the council said on Monday."
    assert clean_body(lede, "Bridge opens after ten years, the council said on Monday") == lede


def test_paragraphs_stay_apart_and_spaces_are_normalised() -> None:
    raw = "First  paragraph here.\n\n\n\nSecond\u00a0paragraph here.\n"
    assert clean_body(raw) == "First paragraph here.\n\nSecond paragraph here."


def test_dates_in_the_text_survive() -> None:
    raw = "CAIRO (Sputnik - 30th September, 2020) On September 27, the paper reported the plan."
    assert "On September 27" in clean_body(raw)


@given(st.text(max_size=300))
def test_any_text_cleans_without_error_and_keeps_no_blank_runs(text: str) -> None:
    cleaned = clean_body(text)
    assert "\n\n\n" not in cleaned and cleaned == cleaned.strip()
    assert all(line == line.strip() for line in cleaned.split("\n"))


ARTICLE = ("Health officials confirmed two cases of the new flu strain in Glasgow on Sunday.\n"
           "Both patients had returned from Mexico last week.")


@pytest.mark.parametrize("comments", [
    "At 12:19 26th Apr 2009, barriesingleton wrote: This comment was removed because the moderators "
    "found it broke the house rules.\nAt 13:18 26th Apr 2009, Jim213 wrote: Keep it coming on Monday.",
    "At 5:49 pm on 05 May 2009 , GiniaHickley wrote : It all stems from fear .\n"
    "At 5:56 pm on 05 May 2009 , stanilic wrote : Spot on , Mark .",
    "8th November 2011 - 17:42 Justice at last.\n8th November 2011 - 17:40 He got off lightly.",
])
def test_readers_comments_under_an_article_go(comments: str) -> None:
    assert clean_body(f"{ARTICLE}\n{comments}") == ARTICLE


def test_one_comment_like_line_is_kept_and_so_is_a_page_of_comments_only() -> None:
    quoted = "At 9:15 3 May 2009, the minister wrote: the border stays open."
    assert clean_body(f"{ARTICLE}\n{quoted}") == f"{ARTICLE}\n{quoted}"
    only = "At 12:19 26th Apr 2009, jo wrote: first.\nAt 13:18 26th Apr 2009, al wrote: second."
    assert clean_body(only) == only


def test_a_tokenised_research_text_is_put_back_into_running_text() -> None:
    raw = ("The family of Michael Jackson say they want to know more about the pop star 's death .\n"
           "The doctor -LRB- pictured -RRB- said `` I did n't do it '' , his lawyer said .")
    assert clean_body(raw) == ("The family of Michael Jackson say they want to know more about the pop star's death.\n"
                               "The doctor (pictured) said “I didn't do it”, his lawyer said.")


def test_a_tokenised_texts_bullets_written_as_cents_start_lines_but_a_price_stays() -> None:
    raw = ("cents BA steward in isolation ward cents Mexico invokes special measures\n"
           "The steward is being treated in London , officials said .\nIt cost 50 cents More said .")
    assert clean_body(raw) == ("BA steward in isolation ward\nMexico invokes special measures\n"
                               "The steward is being treated in London, officials said.\nIt cost 50 cents More said.")


def test_a_tokenised_texts_ticker_cut_at_its_stop_is_whole_again() -> None:
    raw = ("LONDON , June 1 -LRB- Reuters -RRB- - AstraZeneca 's -LRB- AZN . \nL -RRB- MedImmune unit has won "
           "an order , it said .\nThe shares rose .")
    assert clean_body(raw) == "AstraZeneca's (AZN.L) MedImmune unit has won an order, it said.\nThe shares rose."


def test_ordinary_text_is_not_read_as_tokenised_for_one_mark() -> None:
    raw = "The screen measures 55'' across, the maker 's spokesman said."  # inches, and one slip
    assert clean_body(raw) == raw


@given(st.lists(st.sampled_from(["word", " , ", " 's ", "``", "''", "`", "'", "-LRB-", "-RRB-", " .", "\n",
                                 "  ", "s ' ", "$ ", "( "]), max_size=60))
def test_detokenising_any_tokenised_text_keeps_its_lines(parts: list[str]) -> None:
    text = "".join(parts)
    out = detokenise(text)
    assert out.count("\n") == text.strip().count("\n") and "  " not in out
    assert all(line == line.strip() for line in out.split("\n"))


@pytest.mark.parametrize(("line", "headline"), [
    ("Advert warns about the dangers of swine flu It is too early to assume the outbreak is mild.",
     "Advert warns about the dangers of swine flu"),
    ("Family devastated by death of Scottish flu victim The son of the mother who died has also died tonight.",
     "Family devastated by death of Scottish flu victim"),
    ("Matthew Price reports from Mexico A 23-month-old child has died of swine flu in Texas, officials said.",
     "Matthew Price reports from Mexico"),
    ("Police are guarding the hotel where the man stayed About 300 people at the hotel have been quarantined.",
     "Police are guarding the hotel where the man stayed"),
    # prose, not a headline: a title of a work, a short opening, a sentence that ends first
    ("John McConnell, an editor at The Lancet, answers questions about the virus today.", ""),
    ("He said the newspaper had closed. The paper reopened a week later with new owners.", ""),
    ("Big news The council voted to close the bridge for repairs this week.", ""),
    ("swine flu spreads The council voted to close the bridge for repairs this week.", ""),
    ("BBC News, Los Angeles The high profile trial in Los Angeles has attracted supporters of both sides.", ""),
    # before a page stamp, the page's heading: a headline and its standfirst
    ("Prepare for flu, WHO warns Health chiefs say plans are needed now Tuesday 28 April 2009 17.37 BST "
     "The world should prepare for a pandemic.", "Prepare for flu, WHO warns Health chiefs say plans are needed now"),
])
def test_run_in_headline(line: str, headline: str) -> None:
    from briefing.text.furniture import run_in_headline

    assert run_in_headline(line) == headline
