"""Templates load by name or path, validate every key, and the shipped ones differ visibly."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.errors import TemplateError
from briefing.template import Template, available_templates, load_template, templates_dir


def test_shipped_templates_are_found_and_differ() -> None:
    assert {"weekly", "onepage"} <= set(available_templates())
    weekly, onepage = load_template("weekly"), load_template("onepage")
    assert weekly.page.size == "A4" and onepage.page.size == "Letter"
    assert weekly.fonts.body != onepage.fonts.body
    assert weekly.colors.accent != onepage.colors.accent
    assert "appendix" in weekly.sections and "appendix" not in onepage.sections
    assert weekly.article_cap >= 50 and Template().article_cap >= 50


def test_options_attributes_come_from_the_file() -> None:
    onepage = load_template("onepage")
    assert (
        onepage.name,
        onepage.summary_sentences,
        onepage.key_points,
        onepage.max_dates,
        onepage.sentences_per_date,
    ) == ("onepage", 1, 3, 6, 1)


def test_load_by_folder_and_by_file(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "style.toml").write_text('[page]\nsize = "Letter"\n[labels]\nkicker = "Daily"\n')
    by_folder, by_file = load_template(str(folder)), load_template(str(folder / "style.toml"))
    assert by_folder == by_file
    assert by_folder.name == "mine" and by_folder.labels.kicker == "Daily"
    assert by_folder.fonts == Template().fonts  # unlisted keys keep the defaults
    assert by_folder.reference_docx is None


def test_templates_dir_is_the_repository_folder() -> None:
    folder = templates_dir()
    assert folder is not None and (folder / "weekly" / "style.toml").is_file()


@pytest.mark.parametrize(
    ("toml", "named"),
    [
        ('colour = "red"\n', "'colour'"),
        ('[page]\nsize = "A5"\n', "'page.size'"),
        ("[page]\nmargin = 10\n", "'page.margin'"),
        ("[page]\nmargin_top_mm = 200\n", "'page.margin_top_mm'"),
        ('[fonts]\nbody = "comic"\n', "'fonts.body'"),
        ('[fonts]\nbody_size = "big"\n', "'fonts.body_size'"),
        ('[colors]\naccent = "navy"\n', "'colors.accent'"),
        ('[labels]\npage = "Page {page} of {total}"\n', "'labels.page'"),
        ('[labels]\npage = "Page {page} of {"\n', "'labels.page'"),
        ('[labels]\nnonsense = "x"\n', "'labels.nonsense'"),
        ('[content]\nsections = ["cover", "sidebar"]\n', "'content.sections'"),
        ('[content]\nsections = ["cover", "cover"]\n', "'content.sections'"),
        ("[content]\narticle_cap = 0\n", "'content.article_cap'"),
        ("[content]\nsummary_sentences = true\n", "'content.summary_sentences'"),
        ("[content]\nfoo = 1\n", "'content.foo'"),
        ("page = 3\n", "'page'"),
        ('language = "english please"\n', "'language'"),
        ('[content]\nfit_one_page = "yes"\n', "'content.fit_one_page'"),
    ],
)
def test_invalid_keys_are_named(tmp_path: Path, toml: str, named: str) -> None:
    style = tmp_path / "style.toml"
    style.write_text(toml)
    with pytest.raises(TemplateError) as info:
        load_template(str(style))
    assert named in str(info.value) and str(style) in str(info.value)


def test_unknown_template_and_bad_toml(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="not found"):
        load_template("no-such-template")
    style = tmp_path / "style.toml"
    style.write_text("[page\n")
    with pytest.raises(TemplateError, match="not valid TOML"):
        load_template(str(style))


def test_max_dates_zero_means_no_limit(tmp_path: Path) -> None:
    (tmp_path / "style.toml").write_text("[content]\nmax_dates = 0\n")
    assert load_template(str(tmp_path)).max_dates is None
