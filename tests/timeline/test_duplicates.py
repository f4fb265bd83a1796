"""Near-duplicate articles are grouped so that a wire story counts once."""

from __future__ import annotations

from briefing.timeline.duplicates import duplicate_groups

STORY = ("Engineers finished repairs on the old railway bridge over the river on Friday, two weeks ahead of "
         "schedule, and the first passenger trains crossed it in the evening while crowds watched from the "
         "banks. The regional transport authority said the work had cost less than expected and that freight "
         "services would resume on Monday after final safety checks by inspectors from the ministry.")
OTHER = ("The city zoo welcomed a pair of red pandas from a breeding programme abroad, and keepers said the "
         "animals would stay out of public view for a month while they settle into their new enclosure near "
         "the lake. Visitors will be able to follow them on a camera feed in the meantime, the zoo said.")


def test_wire_copies_share_a_group_and_other_stories_do_not() -> None:
    trimmed = STORY.rsplit(".", 2)[0] + "."
    extended = "UPDATED: " + STORY + " A spokesperson declined to comment further on the delays last year."
    groups = duplicate_groups([STORY, OTHER, trimmed, extended, OTHER.upper()])
    assert groups[0] == groups[2] == groups[3] == 0
    assert groups[1] == groups[4] == 1


def test_short_identical_texts_are_duplicates() -> None:
    assert duplicate_groups(["Short note.", "short note", "Another note."]) == [0, 0, 2]
