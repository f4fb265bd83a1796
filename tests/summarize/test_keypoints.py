"""Key points across articles: ranked, not repeated, each citing every article it comes from."""

from __future__ import annotations

from datetime import date

from briefing.analyse import analyse_article
from briefing.keypoints import key_points
from briefing.model import Article, ArticleAnalysis


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


def test_no_articles_no_key_points() -> None:
    assert key_points([], n=5) == []
    assert key_points([STORM_A], n=0) == []
