from __future__ import annotations

import pytest

from thresher.authors import clean_authors, clean_handle, declared_name, is_organisation, split_names


@pytest.mark.parametrize(
    "raw, names",
    [
        ("By Ann Lee and Bo Chan", ["Ann Lee", "Bo Chan"]),
        ("Ann Lee, Senior Editor", ["Ann Lee"]),
        ("By John Smith on May 3, 2024", ["John Smith"]),
        ("Ann Lee | 3 min read", ["Ann Lee"]),
        ("By Ann Lee and 3 more", ["Ann Lee"]),
        ("Jane Doe (jane@example.org)", ["Jane Doe"]),
        ("https://www.facebook.com/jane.doe", []),
        ("@janedoe", []),
        ("Von Max Müller und Erika Mustermann", ["Max Müller", "Erika Mustermann"]),
        ("Par Jean Dupont, publié le 3 mai 2024", ["Jean Dupont"]),
        ("Ludwig van Beethoven", ["Ludwig van Beethoven"]),
        ("Posted by admin", []),
        ("By", []),
        ("Written By", []),
        ("the quick brown fox", []),
        ("aawoods", ["aawoods"]),
        ("March", []),
        ("Dec.", []),
        ("Jan Kowalski", ["Jan Kowalski"]),
        ("CM Craig McCarthy", ["Craig McCarthy"]),
        ("Paul Frew, Home and Digital Security Expert", ["Paul Frew"]),
        ("Veröffentlicht von Cem Basman", ["Cem Basman"]),
        ("Erstellt von Andri Bryner", ["Andri Bryner"]),
        ("Tomas Spahn Fr, 22. Mai 2020", ["Tomas Spahn"]),
        ("José Miguel Wilson Hace 3 horas", ["José Miguel Wilson"]),
        ("Grant Tinsley, PhD", ["Grant Tinsley"]),
        ("Jillian Kubala, MS, RD", ["Jillian Kubala"]),
        ("Ann Lee, M.D.", ["Ann Lee"]),
        ("No Author", []),
        ("Alle Beiträge", []),
        ("The Author", []),
        ("Article by Matias Heikkilä", ["Matias Heikkilä"]),
        ("Dec. 19, 2025 · Niko Matsakis on behalf of Vision Doc group", ["Niko Matsakis"]),
        ("symple.ch", []),
        ("Mike Smith, example.com", ["Mike Smith"]),
        ("By The Upwork Team", ["The Upwork Team"]),
        ("Resy Staff", ["Resy Staff"]),
        ("Our Editors", ["Our Editors"]),
        ("Team SimplyThrilled", ["Team SimplyThrilled"]),
        ("Team", []),
        ("Senior Editor", []),
        ("Ann Lee and the Acme Team", ["Ann Lee", "the Acme Team"]),
        ("Full Bio", []),
        ("By Keith Barry Senior Autos Reporter", ["Keith Barry"]),
        ("John A. Smith Staff Writer", ["John A. Smith"]),
        ("Brett Cruz, Digital Security Expert", ["Brett Cruz"]),
        ("Juliette Carreiro Tech Writer", []),
        ("by Outer Armatonisdaristan » Tue Aug 27, 2019 1:47 am", ["Outer Armatonisdaristan"]),
        ("Veröffentlicht", []),
        ("By Ben Applebaum-Bauch ⋅ Review Editor", ["Ben Applebaum-Bauch"]),
        ("Written by:Elise Nass", ["Elise Nass"]),
        ("Yucy Yucy", ["Yucy"]),
        ("Ann Lee Ann Lee", ["Ann Lee"]),
        ("By Payam Montie", ["Payam Montie"]),
        ("Ann Lee Monday, May 3", ["Ann Lee"]),
    ],
)
def test_split_names(raw: str, names: list[str]) -> None:
    assert split_names(raw) == names


def test_clean_authors_dedupes_case_insensitively_and_keeps_order() -> None:
    assert clean_authors(["Ann Lee", "By ANN LEE", "Bo Chan; Ann Lee"]) == ["Ann Lee", "Bo Chan"]


@pytest.mark.parametrize(
    "name, organisation",
    [("Acme Media", True), ("Reuters Staff", True), ("The Upwork Team", True), ("example.com", True),
     ("Ann Lee", False)],
)
def test_is_organisation(name: str, organisation: bool) -> None:
    assert is_organisation(name) is organisation


@pytest.mark.parametrize(
    "raw, handle",
    [
        ("b.scherer", "b.scherer"),
        ("Noah_B", "Noah_B"),
        ("user3080392", "user3080392"),
        ("@ControlCAD", "ControlCAD"),
        ("Payam Montie", "Payam Montie"),
        ("Member", None),
        ("Reply", None),
        ("x", None),
        ("someone@example.com", None),
        ("https://example.com/u/1", None),
        ("this is a whole sentence here", None),
    ],
)
def test_clean_handle(raw: str, handle: str | None) -> None:
    assert clean_handle(raw) == handle


@pytest.mark.parametrize(
    "raw, name",
    [("kirstin boatto", "kirstin boatto"), ("Mr_Enigmatic", "Mr_Enigmatic"), ("oe24.at", None), ("red.", None)],
)
def test_declared_name_keeps_handles_but_not_web_addresses(raw: str, name: str | None) -> None:
    assert declared_name(raw) == name
