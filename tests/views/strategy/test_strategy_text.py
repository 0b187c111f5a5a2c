"""The strategy laid out to read: nothing a strategy file says is left unshown."""

from __future__ import annotations

from dataclasses import replace

from cpdesk.config import bundled_strategy_path
from cpdesk.domain.strategy import Narrative, read_strategy_file
from cpdesk.views.strategy.text import contents, section_html


def test_a_passage_the_layout_does_not_know_is_still_shown() -> None:
    content = read_strategy_file(bundled_strategy_path())
    extra = Narrative("summary_for_young_people", "A summary for young people", ("Short and clear.",))
    revised = replace(content, narratives=(*content.narratives, extra))
    html = section_html(revised, "overview")
    assert "A summary for young people" in html and "Short and clear." in html


def test_every_section_renders_and_text_is_escaped() -> None:
    content = read_strategy_file(bundled_strategy_path())
    risky = replace(content, principles=("Children <b>first</b> & always",))
    for section in contents(risky):
        for key in (section.key, *(child.key for child in section.children)):
            assert section_html(risky, key)
    assert "Children &lt;b&gt;first&lt;/b&gt; &amp; always" in section_html(risky, "principles")
