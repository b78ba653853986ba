"""Block labels inside and outside the main content region, each with its reason."""

from __future__ import annotations

import lxml.html

from thresher.blocks import build_blocks
from thresher.classify import Region, classify, section_label
from thresher.labels import Label

PROSE = "This sentence is long enough, with commas and a full stop, to read as prose in a page. " * 3


def decide(body: str, root_id: str = "main", thread: bool = False):
    tree = lxml.html.document_fromstring(f"<html><body>{body}</body></html>")
    blocks = build_blocks(tree)
    root = tree.get_element_by_id(root_id)
    path = (*reversed(list(root.iterancestors())), root)[1:]  # from <body> down
    chars = {id(root): sum(b.chars for b in blocks if root in b.path)}
    for block in blocks:
        for element in block.path:
            if element is not root:
                chars[id(element)] = chars.get(id(element), 0) + block.chars
    decisions = classify(blocks, Region(roots=(root,), path=path, chars=chars, thread=thread))
    return {d.block.text[:20]: (d.label, d.reason) for d in decisions}


def test_boilerplate_inside_the_region_is_dropped_by_its_cue():
    labels = decide(f'<div id="main"><p>{PROSE}</p><div class="share-tools"><a>Facebook</a></div>'
                    f'<div class="author-bio"><p>Jo writes about bread.</p></div></div>')
    assert labels[PROSE[:20]][0] is Label.BODY
    assert labels["Facebook"] == (Label.SHARE, "inside an element marked 'share' within the main content")
    assert labels["Jo writes about brea"][0] is Label.BIO


def test_outside_the_region_cues_name_the_chaff_and_plain_text_is_other():
    labels = decide(f'<nav><a href="/">Home page</a></nav><div id="main"><p>{PROSE}</p></div><div><p>Short.</p></div>')
    assert labels["Home page"][0] is Label.NAV
    assert labels["Short."] == (Label.OTHER, "outside the main content")


def test_prose_beside_the_region_is_body():
    labels = decide(f'<div><p class="lead">Lead: {PROSE}</p><div id="main"><p>{PROSE}</p></div></div>')
    assert labels["Lead: This sentence "] == (Label.BODY, "prose beside the main content")


def test_a_related_heading_takes_its_section_with_it():
    labels = decide(f'<div id="main"><p>{PROSE}</p><h2>Related articles</h2><p>Another story, long enough.</p>'
                    '<h2>Back to the body</h2></div>')
    assert labels["Related articles"][0] is Label.RELATED
    assert labels["Another story, long "] == (Label.RELATED, "in the section under the heading 'Related articles'")
    assert labels["Back to the body"][0] is Label.BODY


def test_a_heading_over_dropped_text_goes_and_a_listing_heading_over_a_date_stays():
    links = "".join(f'<li><a href="/s{n}">Another story of the site, number {n}</a></li>' for n in range(5))
    labels = decide(f'<div id="main"><p>{PROSE}</p><h3>Neueste Artikel</h3><ul class="recirc">{links}</ul>'
                    f'<h3>Spring conference</h3><p class="meta">Mar 14</p>'
                    f'<h3>Plain heading</h3><p>{PROSE}</p></div>')
    assert labels["Another story of the"][0] is not Label.BODY
    assert labels["Neueste Artikel"] == (Label.OTHER, "a heading with nothing kept under it")
    assert labels["Spring conference"][0] is Label.BODY
    assert labels["Plain heading"][0] is Label.BODY


def test_text_labels_cookie_byline_share_read_also():
    labels = decide(f'<div id="main"><p>By Jane Doe</p><p>We use cookies to give you the best experience.</p>'
                    f'<p>Share this</p><p>By the end of the day, it rained.</p><p>{PROSE}</p>'
                    f'<p>Lea también: <a href="/x">Impiden ingreso a reportero</a></p><p>Mira el video aquí.</p></div>')
    assert labels["By Jane Doe"][0] is Label.BYLINE
    assert labels["We use cookies to gi"][0] is Label.COOKIE
    assert labels["Share this"][0] is Label.SHARE
    assert labels["By the end of the da"][0] is Label.BODY
    assert labels["Lea también: Impiden"][0] is Label.RELATED  # a pointer to another story
    assert labels["Mira el video aquí."][0] is Label.BODY


def test_text_labels_back_links_glued_share_buttons_and_ad_labels():
    labels = decide(f'<div id="main"><p>{PROSE}</p><p>- Anzeige -</p><p>{PROSE}</p>'
                    '<p>FacebookTwitterPinterestE-MailWhatsApp</p><p>Seite teilen</p><p>Zurück zur Übersicht</p>'
                    '<h3>Back to the future of work</h3><p>Back to school, she said, was a relief.</p></div>')
    assert labels["- Anzeige -"][0] is Label.ADS
    assert labels["FacebookTwitterPinte"][0] is Label.SHARE
    assert labels["Seite teilen"][0] is Label.SHARE
    assert labels["Zurück zur Übersicht"] == (Label.NAV, "a link back to the list, the home page or the top")
    assert labels["Back to the future o"][0] is Label.BODY  # a heading, and no back link's target
    assert labels["Back to school, she "][0] is Label.BODY


def test_a_sentence_printed_three_times_is_a_slideshow_caption_and_a_listing_attribute_is_not():
    caption = "The minister, left, and his guest review an honour guard at the ministry in the capital on Wednesday."
    attribute = "Must be presented before start of work."
    views = "".join(f"<p>{caption}</p><p>{attribute}</p>" for _ in range(3))
    labels = decide(f'<div id="main">{views}<p>{PROSE}</p></div>')
    assert labels[caption[:20]] == (Label.CAPTION, "the same text 3 times on the page (a slideshow's caption)")
    assert labels[attribute[:20]][0] is Label.BODY


def test_a_linked_line_in_capitals_is_another_story_and_a_plain_one_is_not():
    labels = decide(f'<div id="main"><p>{PROSE}</p><p><a href="/x">SEAN SPICER ELIMINATED FROM THE SHOW</a></p>'
                    '<p>NASA AND ESA AGREE ON A NEW MISSION PLAN.</p>'
                    '<p><a href="/y">Read the full report here</a></p></div>')
    assert labels["SEAN SPICER ELIMINAT"] == (Label.RELATED, "a linked line in capitals (a pointer to another story)")
    assert labels["NASA AND ESA AGREE O"][0] is Label.BODY  # capitals, but not a link
    assert labels["Read the full report"][0] is Label.BODY  # a link, but not in capitals


def test_comments_are_content_in_a_thread_and_chaff_in_an_article():
    body = f'<div id="main"><p>{PROSE}</p><div class="comment"><p>I disagree with this post.</p></div></div>'
    assert decide(body)["I disagree with this"][0] is Label.COMMENTS
    assert decide(body, thread=True)["I disagree with this"][0] is Label.BODY


def test_a_cue_on_most_of_the_region_is_ignored():
    labels = decide(f'<div id="main"><div class="sidebar-layout"><p>{PROSE}</p><p>Short body line.</p></div></div>')
    assert labels["Short body line."][0] is Label.BODY


def test_long_prose_overrules_a_class_name():
    # Distinct openings: ``decide`` keys blocks by their first 20 characters.
    labels = decide(f'<div id="main"><p>One. {PROSE}</p><div class="banner"><p>{PROSE * 3}</p></div>'
                    f'<p>Two. {PROSE}</p><p>Three. {PROSE}</p></div>')
    assert len(labels) == 4 and all(label is Label.BODY for label, _ in labels.values())
    consent = PROSE.replace("This sentence", "This notice")
    labels = decide(f'<div id="main"><p>{PROSE}</p></div><div id="onetrust-consent-sdk"><p>{consent * 3}</p></div>')
    assert labels["This notice is long "][0] is Label.COOKIE  # but not a consent dialog's prose


def test_section_labels():
    assert section_label("3 Comments") is Label.COMMENTS
    assert section_label("You may also like") is Label.RELATED
    assert section_label("Installation") is None


def test_a_short_line_repeated_across_the_page_is_a_widget_label():
    labels = decide(f'<div id="main"><p>{PROSE}</p><p>Read more</p><p>Other text.</p><p>Read more</p>'
                    '<p>Read more</p></div>')
    assert labels["Read more"] == (Label.OTHER, "a short line repeated 3 times on the page")


def test_an_h1_names_the_page_and_opens_no_chaff_section():
    labels = decide(f'<div id="main"><h1>Most popular movies</h1><p>{PROSE}</p>'
                    '<h2>Most popular shows</h2><p>Another list, long enough.</p></div>')
    assert labels["Most popular movies"][0] is Label.BODY
    assert labels[PROSE[:20]][0] is Label.BODY
    assert labels["Most popular shows"][0] is Label.RELATED


def test_a_cue_on_an_ancestor_of_the_region_says_nothing_outside_it():
    labels = decide(f'<div class="skip-nav"><div id="main"><p>{PROSE}</p></div><div><p>Specs: 3 kg.</p></div></div>'
                    '<nav><a href="/">Home page</a></nav>')
    assert labels["Specs: 3 kg."] == (Label.OTHER, "outside the main content")
    assert labels["Home page"][0] is Label.NAV



TEASERS = "".join(f'<h3><a href="/s{i}">Other story number {i} in the news</a></h3><a href="/s{i}">{i}H ago</a>'
                  for i in range(5))


def test_linked_teasers_closing_an_article_are_related():
    labels = decide(f'<div id="main"><p>{PROSE}</p><p>{PROSE}</p><h2>World</h2>{TEASERS}'
                    '<p>By subscribing you accept the terms.</p></div>')
    assert labels[PROSE[:20]][0] is Label.BODY
    assert labels["World"][0] is Label.RELATED
    assert labels["Other story number 3"] == (Label.RELATED, "one of 10 linked teasers closing the main content")
    assert labels["By subscribing you a"][0] is Label.BODY


def test_linked_items_after_a_lone_blurb_stay_a_listing():
    labels = decide(f'<div id="main"><p>{PROSE}</p>{TEASERS}</div>')
    assert labels["Other story number 3"][0] is Label.BODY


def test_links_followed_by_more_text_are_not_a_closing_run():
    labels = decide(f'<div id="main"><p>{PROSE}</p><p>{PROSE}</p>{TEASERS}<p>{PROSE} Again.</p></div>')
    assert labels["Other story number 3"][0] is Label.BODY
