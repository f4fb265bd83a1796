"""Key points across articles: ranked, not repeated, each citing every article it comes from."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analyse import analyse_article
from briefing.keypoints import (
    SAME_POINT,
    _same_point_pairs,
    article_points,
    body_terms,
    key_points,
    prepare,
    stock_text,
)
from briefing.model import Article, ArticleAnalysis
from briefing.options import make_options
from briefing.pipeline import build
from briefing.text.words import content_terms


def analysis(article_id: str, published: date, *paragraphs: str) -> ArticleAnalysis:
    text = "\n\n".join(paragraphs)
    return analyse_article(Article(article_id, article_id.title(), published, text, source="test"))


STORM_A = analysis(
    "storm-a", date(2021, 3, 2),
    "A powerful storm hit the northern coast on Monday, cutting power to 200,000 homes.",
    "Rescue teams worked through the night to reach flooded villages near the coast.",
    "The weather service said the storm was the strongest in a decade.",
    "Schools in the region will stay closed until Thursday.",
)
STORM_B = analysis(
    "storm-b", date(2021, 3, 3),
    "A powerful storm hit the northern coast on Monday and cut power to 200,000 homes.",
    "Power companies said most homes would be reconnected within two days.",
    "Insurers expect claims to run into hundreds of millions.",
    "The government promised emergency funds for the flooded villages.",
)
ELECTION = analysis(
    "vote", date(2021, 3, 4),
    "Voters in the capital elected a new mayor on Sunday after a close campaign.",
    "The new mayor promised cheaper public transport and more housing.",
    "Turnout was the highest in twenty years, officials said.",
    "The outgoing mayor congratulated her successor.",
)


def test_the_same_point_from_two_articles_is_shown_once_and_cites_both() -> None:
    points = key_points([STORM_A, STORM_B, ELECTION], n=5)
    storm = [p for p in points if "storm hit the northern coast" in p.text]
    assert len(storm) == 1
    assert {s.article_id for s in storm[0].sources} == {"storm-a", "storm-b"}


def test_the_most_shared_story_comes_first_and_n_is_respected() -> None:
    points = key_points([ELECTION, STORM_A, STORM_B], n=2)
    assert len(points) == 2
    assert "storm" in points[0].text


def test_key_points_are_sentences_of_the_articles_with_their_dates() -> None:
    points = key_points([STORM_A, STORM_B, ELECTION], n=5)
    bodies = {a.article.id: a.body for a in (STORM_A, STORM_B, ELECTION)}
    published = {a.article.id: a.article.published for a in (STORM_A, STORM_B, ELECTION)}
    for p in points:
        assert all(s.sentence in bodies[s.article_id] for s in p.sources)
        assert p.date is not None and p.date <= max(published.values())
    texts = [p.text for p in points]
    assert len(texts) == len(set(texts))


def test_a_run_on_fact_box_is_no_key_point() -> None:
    box = ("Born: August 29, 1958, Gary, Indiana, US Also known as: The King of Pop Biggest hits: "
           "I Want You Back, Billie Jean, Bad, Black or White, Earth Song, Thriller, Beat It, Smooth "
           "Criminal, Man in the Mirror, Remember the Time, They Don't Care About Us, Scream, You Are "
           "Not Alone The storm hit the northern coast on Monday and cut power to 200,000 homes")
    boxed = analysis("box", date(2021, 3, 3), box + ".", "The storm hit the northern coast on Monday.")
    assert box.split()[0] in boxed.summary.sentences[0]  # the run-on is in the article's summary ...
    points = key_points([STORM_A, boxed, ELECTION], n=5)
    assert all(not p.text.startswith("Born:") for p in points)  # ... but is no key point


def test_long_sentences_and_quotes_with_colons_stay_candidates() -> None:
    quoted = ("Mayor Jones said: \"we will rebuild the harbour\", and Governor Smith replied: \"we will pay "
              "for it\", as a long debate about the storm damage to the northern coast and its villages, "
              "its roads, its schools and its power lines, which had lasted all week, came to an end.")
    article = analysis("quote", date(2021, 3, 3), quoted, "The storm hit the northern coast on Monday.")
    assert quoted in article.summary.sentences
    assert any(article.summary.sentences[i] == quoted for i, _, _ in article_points(article).candidates)


def test_no_articles_no_key_points() -> None:
    assert key_points([], n=5) == []
    assert key_points([STORM_A], n=0) == []


def test_stock_background_repeated_across_articles_is_not_a_key_point() -> None:
    stock = "The party uses caucuses and primaries to select its presidential nominee each cycle."
    shared = [analysis(f"race-{i}", date(2021, 3, 1 + i),
                       f"Candidate {name} won the {state} primary on Tuesday by a wide margin.", stock,
                       f"Turnout in {state} rose sharply compared with the previous election.")
              for i, (name, state) in enumerate([("Adams", "Ohio"), ("Baker", "Iowa"), ("Clark", "Utah")])]
    assert any(stock in a.summary.sentences for a in shared)  # it is a candidate...
    points = key_points(shared, n=10)
    assert points and all(stock not in p.text for p in points)  # ...but never shown


STOCK = "The party uses caucuses and primaries to select its presidential nominee each cycle."
RACES = [(f"Candidate {name} won the {state} primary on Tuesday by a wide margin.", STOCK,
          f"Turnout in {state} rose sharply compared with the previous election.")
         for name, state in [("Adams", "Ohio"), ("Baker", "Iowa"), ("Clark", "Utah")]]


def test_stock_background_found_over_the_whole_run_is_no_key_point_of_one_article() -> None:
    # A weekly briefing may hold one article carrying the stock sentence: the run shows it is stock.
    races = [analysis(f"race-{i}", date(2021, 3, 1 + 7 * i), *paragraphs) for i, paragraphs in enumerate(RACES)]
    assert any(STOCK in p.text for p in key_points(races[:1], n=3))  # alone, nothing tells it from news
    ready = prepare(races[:1], stock=stock_text(races))
    points = key_points(races[:1], n=3, prepared=ready)
    assert points and all(STOCK not in p.text for p in points)


def test_weekly_briefings_leave_out_stock_text_the_run_repeats(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for i, paragraphs in enumerate(RACES):  # one race a week
        day = date(2021, 3, 1 + 7 * i).isoformat()
        (folder / f"race-{i}.txt").write_text(f"date {day} Race {i}\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    result = build([folder], make_options(out_dir=tmp_path / "out", formats="md", weekly=True, jobs=1,
                                          use_cache=False))
    assert len(result.briefings) == 3
    for briefing in result.briefings:
        assert briefing.key_points and all(STOCK not in p.text for p in briefing.key_points)


def test_a_one_week_run_leaves_out_stock_text_the_weeks_around_it_repeat(tmp_path: Path) -> None:
    # A scheduled run briefs one week of a folder of many: the same as that week of --weekly.
    folder = tmp_path / "articles"
    folder.mkdir()
    for i, paragraphs in enumerate(RACES):
        day = date(2021, 3, 1 + 7 * i).isoformat()
        (folder / f"race-{i}.txt").write_text(f"date {day} Race {i}\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    one = build([folder], make_options(out_dir=tmp_path / "one", formats="md", week="2021-W10", jobs=1,
                                       use_cache=False))
    (briefing,) = one.briefings
    assert [a.article.id for a in briefing.articles] == ["race-1"]
    assert briefing.key_points and all(STOCK not in p.text for p in briefing.key_points)
    weekly = build([folder], make_options(out_dir=tmp_path / "all", formats="md", weekly=True, jobs=1,
                                          use_cache=False))
    assert (tmp_path / "one" / "briefing-2021-W10.md").read_bytes() == (
        tmp_path / "all" / "briefing-2021-W10.md").read_bytes()
    assert len(weekly.briefings) == 3


def test_the_stock_window_spans_weeks_and_enough_articles_either_side() -> None:
    from briefing.keypoints import STOCK_WINDOW_ARTICLES, STOCK_WINDOW_DAYS, stock_window

    wide = timedelta(days=STOCK_WINDOW_DAYS)
    first, last = date(2021, 6, 7), date(2021, 6, 13)
    busy = sorted(date(2021, 1, 1) + timedelta(days=d) for d in range(365) for _ in range(20))
    assert stock_window(first, last, busy) == (first - wide, last + wide)  # weeks hold enough articles
    sparse = [date(2010, 1, 1) + timedelta(days=9 * k) for k in range(STOCK_WINDOW_ARTICLES + 440)]
    assert sum(d < first for d in sparse) > STOCK_WINDOW_ARTICLES > sum(d > last for d in sparse)
    lo, hi = stock_window(first, last, sparse)
    assert sum(lo <= d < first for d in sparse) == STOCK_WINDOW_ARTICLES  # months, to find enough
    assert hi == sparse[-1]  # fewer than enough after the period: all of them
    assert stock_window(first, last, []) == (first - wide, last + wide)
    assert stock_window(None, None, sparse) == (None, None)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 400), max_size=60), st.integers(0, 400), st.integers(0, 30), st.integers(0, 30),
       st.integers(0, 30))
def test_a_wider_period_has_a_wider_stock_window(offsets: list[int], start: int, length: int, before: int,
                                                   after: int) -> None:
    # A --from/--to run's window must hold each week's, or a week would see less than --weekly.
    from briefing.keypoints import stock_window

    base = date(2021, 1, 1)
    days = sorted(base + timedelta(days=o) for o in offsets)
    first, last = base + timedelta(days=start), base + timedelta(days=start + length)
    lo, hi = stock_window(first, last, days)
    wide_lo, wide_hi = stock_window(first - timedelta(days=before), last + timedelta(days=after), days)
    assert wide_lo is not None and lo is not None and wide_hi is not None and hi is not None
    assert wide_lo <= lo and hi <= wide_hi


def test_a_site_promotion_on_many_pages_is_not_a_key_point_even_alone_on_a_page() -> None:
    promo = "Our next generation trading platform connects markets, news and compliance for every desk worldwide."
    stories = [analysis(f"wire-{i}", date(2021, 3, 1 + i), f"{lede}.", f"{detail}.", promo) for i, (lede, detail) in
               enumerate([("The central bank raised interest rates by half a point on Tuesday",
                           "Markets had expected a smaller rise after weak growth figures"),
                          ("Flooding closed the main rail line between the two cities for a week",
                           "Engineers said the embankment would need to be rebuilt"),
                          ("The health ministry reported the first case of the new flu strain",
                           "The patient had returned from a trip abroad last week")])]
    bare = analysis("bare", date(2021, 3, 5), promo)  # a page whose text is only the promotion
    assert bare.summary.sentences == (promo,)
    points = key_points([*stories, bare], n=10)
    assert len(points) >= 3 and all(promo not in p.text for p in points)


def test_a_wire_lede_that_many_outlets_carry_is_still_a_key_point() -> None:
    lede = "A powerful earthquake struck the southern coast early on Sunday, killing at least forty people."
    copies = [analysis(f"copy-{i}", date(2021, 3, 7), lede, f"{detail}.") for i, detail in
              enumerate(["Rescuers searched collapsed buildings in the port city through the day",
                         "The quake was felt more than two hundred kilometres away",
                         "Hospitals in the region appealed for blood donors"])]
    points = key_points([*copies, ELECTION], n=5)
    assert points[0].text == lede and len(points[0].sources) == 3


def test_precomputed_article_points_give_the_same_key_points() -> None:
    analyses = [STORM_A, STORM_B, ELECTION]
    points = {a.article.id: article_points(a) for a in analyses}
    assert key_points(analyses, n=5, points=points) == key_points(analyses, n=5)
    assert body_terms(STORM_A) == frozenset(content_terms(STORM_A.body))


def test_candidates_prepared_in_another_order_give_the_same_key_points() -> None:
    # The pipeline rates candidates while the timeline decides the article order.
    ready = prepare([ELECTION, STORM_B, STORM_A])
    for order in ([STORM_A, STORM_B, ELECTION], [ELECTION, STORM_B, STORM_A], [STORM_B, ELECTION]):
        assert key_points(order, n=5, prepared=ready) == key_points(order, n=5)


@pytest.mark.parametrize("seed", range(5))
def test_same_point_pairs_are_exactly_those_over_the_jaccard_threshold(seed: int) -> None:
    # The indexed search must find every pair a comparison of all pairs finds, and no other,
    # including identical sentences (syndicated copies) and sets right at the threshold.
    rng = random.Random(seed)
    vocab = [f"t{i}" for i in range(30)]
    sets = [frozenset(rng.sample(vocab[: rng.randint(8, 30)], rng.randint(1, 8))) for _ in range(80)]
    sets += sets[:6] + [s | {"extra"} for s in sets[6:12]]
    sets += [frozenset(vocab[:9]), frozenset(vocab[:9] + vocab[19:30])]  # Jaccard 9/20: exactly SAME_POINT
    found = _same_point_pairs(sets)
    for i, a in enumerate(sets):
        expected = {j for j, b in enumerate(sets) if j != i and len(a & b) / len(a | b) >= SAME_POINT}
        assert set(found[i]) == expected
        assert len(found[i]) == len(set(found[i]))


def test_a_site_promotion_alone_on_an_untitled_page_is_no_key_point_though_split_as_a_headline(
        tmp_path: Path) -> None:
    # An untitled page's first line is cut into a title and a lede where a lede seems to open
    # ("... distribution A connected ..."): the page that is nothing but the promotion then has
    # a body no other page carries.
    promo = ("An ultra fast infrastructure for electronic trading and data distribution A connected approach "
             "to governance, risk and compliance for every desk")
    ledes = ["The central bank raised interest rates by half a point on Tuesday.",
             "Flooding closed the main rail line between the two cities for a week.",
             "The health ministry reported the first case of the new flu strain."]
    records = [{"id": f"wire-{i}", "date": f"2021-03-0{1 + i}",
                "text": f"{lede}\nOfficials said more details would follow later in the week.\n{promo}"}
               for i, lede in enumerate(ledes)]
    records.append({"id": "bare", "date": "2021-03-05", "text": promo})
    feed = tmp_path / "wire.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    result = build([feed], make_options(out_dir=tmp_path / "out", formats="md", jobs=1, use_cache=False))
    (briefing,) = result.briefings
    bare = next(a for a in briefing.articles if a.article.id == "bare")
    assert bare.article.title.startswith("An ultra fast") and bare.sentences[0].text.startswith("A connected")
    assert len(briefing.key_points) >= 3
    assert all("connected approach" not in p.text for p in briefing.key_points)


def test_a_key_point_is_a_whole_sentence_not_a_headline_run_in() -> None:
    headline = "Black Eyed Peas pull out of the tribute concert in the capital"
    stories = [analysis(f"gig-{i}", date(2021, 3, 1 + i), text, f"{detail}.") for i, (text, detail) in
               enumerate([(headline, "Organisers said the cancellation was due to unavoidable circumstances"),
                          (f"{headline}.", "Tickets will be refunded in full within two weeks"),
                          ("The band said it regretted letting down fans of the singer.",
                           "The concert goes ahead on Saturday with other acts")])]
    assert headline in stories[0].summary.sentences  # a candidate of its article's summary...
    texts = [p.text for p in key_points(stories, n=10)]
    assert texts and headline not in texts  # ...but only its whole sentence is a key point
    assert f"{headline}." in texts
