"""Lay a draft out as its ministry would publish it: a text release or a web page.

Each house style has its masthead, label (SIARAN MEDIA, NEWS RELEASE, SIARAN PERS …),
reference number where the ministry prints one, title, dateline and sign-off:
numbered paragraphs and "-TAMAT-" for Malaysia, "Nomor: …/SP/…" and a closing
"Jakarta, 10 Maret 2025" for Indonesia, a date line under the label for Singapore,
and so on. :func:`render_html` wraps the same article in a site's navigation and footer.
"""

from __future__ import annotations

import html

from kg.synth import dates
from kg.synth.draft import Draft

__all__ = ["identifier", "render_html", "render_text"]

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def identifier(d: Draft) -> str | None:
    """The reference number the ministry prints (drawn once per draft), or ``None``."""
    rng, day = d.rng, d.date
    if d.style == "MY" and rng.random() < 0.65:
        return (
            f"MOD.{rng.choice((100, 100, 200))}/2/1/{rng.randint(1, 4)} JLD {rng.randint(1, 9)} "
            f"({rng.randint(1, 60)}) {day.day:02d}/{day.month:02d}"
        )
    if d.style == "ID" and rng.random() < 0.9:
        n = rng.randint(1, 320)
        if day.year >= 2024 and rng.random() < 0.5:
            return f"SP/{n:03d}/{_ROMAN[day.month - 1]}/{day.year}/Biro Infohan"
        if rng.random() < 0.5:
            return f"SP/{n:03d}/{_ROMAN[day.month - 1]}/{day.year}"
        return f"{n}/SP/{_ROMAN[day.month - 1]}/{day.year}"
    if d.style == "TH" and rng.random() < 0.7:
        return f"No. {rng.randint(1, 250)}/{day.year + 543}"
    return None


def _numbered(d: Draft) -> bool:
    return d.style in ("MY", "chair")


def _body(d: Draft) -> list[str]:
    """The paragraphs, numbered where the house style numbers them, with the lead's dateline."""
    paragraphs = list(d.paragraphs)
    city = d.dateline.label(d.lang) if d.dateline else ""
    if paragraphs and city:
        lead = paragraphs[0]
        if d.style == "ID":
            paragraphs[0] = f"{city} – {lead}"
        elif d.style == "PH":
            paragraphs[0] = f"{city.upper()} — {lead}"
        elif d.style == "TH":
            paragraphs[0] = f"{city}, {dates.day(d.date, 'en', 'mdy')} – {lead}"
        elif d.style == "BN":
            paragraphs[0] = f"{city.upper()}, {dates.day(d.date, 'en', 'wdmy')} – {lead}"
    if _numbered(d):
        paragraphs = [f"{i}. {p}" for i, p in enumerate(paragraphs, 1)]
    return paragraphs


def _parts(d: Draft, ref: str | None) -> tuple[list[str], list[str]]:
    """Masthead lines (before the body) and sign-off lines (after it), blank lines as ""."""
    rng, day, lang = d.rng, d.date, d.lang
    style = d.style
    if style == "MY":
        label = rng.choice(
            ("SIARAN MEDIA", "KENYATAAN MEDIA", "SIARAN AKHBAR")
            if lang == "ms"
            else ("MEDIA STATEMENT", "PRESS RELEASE", "MEDIA RELEASE")
        )
        ministry = (
            "KEMENTERIAN PERTAHANAN MALAYSIA" if lang == "ms" else "MINISTRY OF DEFENCE MALAYSIA"
        )
        head = [ministry, "", label, ""]
        if ref:
            head += [ref, ""]
        head += [d.title, ""]
        tail = ["", "-TAMAT-", ""]
        if rng.random() < 0.6:
            tail += ['"BERKHIDMAT UNTUK NEGARA"', ""]
        tail += [
            "Kementerian Pertahanan Malaysia" if lang == "ms" else "Ministry of Defence Malaysia",
            "",
            dates.day(day, lang),
        ]
        return head, tail
    if style == "ID":
        bureau = (
            "BIRO INFORMASI PERTAHANAN SETJEN KEMHAN"
            if day.year >= 2024
            else "BIRO HUBUNGAN MASYARAKAT SETJEN KEMHAN"
        )
        head = ["KEMENTERIAN PERTAHANAN REPUBLIK INDONESIA", bureau, "", "SIARAN PERS"]
        if ref:
            head.append(f"Nomor: {ref}")
        head += ["", d.title, ""]
        sign = "Biro Infohan Setjen Kemhan" if day.year >= 2024 else "Biro Humas Setjen Kemhan"
        tail = ["", f"Jakarta, {dates.day(day, 'id')}", sign]
        return head, tail
    if style == "SG":
        mast = rng.choice(("MINISTRY OF DEFENCE, SINGAPORE", "MINDEF SINGAPORE"))
        return [mast, "", "NEWS RELEASE", "", dates.day(day, "en", "dmy0"), "", d.title, ""], []
    if style == "PH":
        when = dates.day(day, "en", rng.choice(("dmy", "mdy")))
        head = [
            "DEPARTMENT OF NATIONAL DEFENSE",
            "Republic of the Philippines",
            "",
            "PRESS RELEASE",
            when,
            "",
            d.title,
            "",
        ]
        return head, (["", "###"] if rng.random() < 0.5 else [])
    if style == "TH":
        head = ["MINISTRY OF DEFENCE", "KINGDOM OF THAILAND", "", "PRESS RELEASE"]
        if ref:
            head.append(ref)
        head += ["", d.title, ""]
        return head, ["", "Office of the Defence Spokesperson", "Ministry of Defence"]
    if style == "VN":
        stamp = f"{dates.WEEKDAYS['en'][day.weekday()]}, {day.day:02d}/{day.month:02d}/{day.year} | {rng.randint(7, 21):02d}:{rng.randrange(0, 60):02d}"
        head = [
            "MINISTRY OF NATIONAL DEFENCE",
            "SOCIALIST REPUBLIC OF VIET NAM",
            f"Viet Nam Defence Portal | {stamp}",
            "",
            d.title,
            "",
        ]
        return head, []
    if style == "KH":
        city = d.world.capital("KH").label("en")
        head = [
            "MINISTRY OF NATIONAL DEFENCE",
            "KINGDOM OF CAMBODIA",
            "",
            "PRESS RELEASE",
            "",
            d.title,
            f"{city}, {dates.day(day, 'en')}",
            "",
        ]
        return head, ["", "Ministry of National Defence", f"{city}, {dates.day(day, 'en')}"]
    if style == "BN":
        return (
            ["MINISTRY OF DEFENCE", "BRUNEI DARUSSALAM", "", "PRESS RELEASE", "", d.title, ""],
            ["", "MINISTRY OF DEFENCE", "BRUNEI DARUSSALAM"],
        )
    if style == "LA":
        head = [
            "LAO PEOPLE'S DEMOCRATIC REPUBLIC",
            "PEACE INDEPENDENCE DEMOCRACY UNITY PROSPERITY",
            "",
            "MINISTRY OF NATIONAL DEFENCE",
            "",
            "PRESS RELEASE",
            "",
            d.title,
            f"Vientiane, {dates.day(day, 'en')}",
            "",
        ]
        return head, ["", "Ministry of National Defence, Lao PDR"]
    # chair's statement
    place = d.dateline.label("en").upper() if d.dateline else ""
    head = [d.title, ""]
    if rng.random() < 0.5:
        from kg.synth.phrases import THEMES

        head += [f'"{rng.choice(THEMES["en"]).upper()}"', ""]
    head += [f"{place}, {dates.day(day, 'en', 'upper')}", ""]
    return head, []


def render_text(d: Draft, ref: str | None) -> str:
    """The release as a .txt file."""
    head, tail = _parts(d, ref)
    body: list[str] = []
    for p in _body(d):
        body += [p, ""]
    lines = head + body[:-1] + tail
    return "\n".join(lines).strip("\n") + "\n"


_SITES = {
    "MY": ("Kementerian Pertahanan Malaysia", "Laman Utama|Korporat|Media|Hubungi Kami"),
    "ID": ("Kementerian Pertahanan Republik Indonesia", "Beranda|Profil|Berita|Siaran Pers|Kontak"),
    "SG": ("MINDEF Singapore", "About Us|News and Events|Defence Matters|Careers|Contact Us"),
    "PH": (
        "Department of National Defense",
        "Home|About Us|Bureaus|News|Transparency Seal|Contact",
    ),
    "TH": ("Ministry of Defence Thailand", "Home|About|News|Spokesperson|Contact"),
    "VN": (
        "Ministry of National Defence of Viet Nam",
        "Home|News|Defence Diplomacy|Documents|Contact",
    ),
    "KH": ("Ministry of National Defence of Cambodia", "Home|News|Press Releases|About"),
    "BN": ("Ministry of Defence Brunei Darussalam", "Home|About MINDEF|Media|E-Services|Contact"),
    "LA": ("Ministry of National Defence of the Lao PDR", "Home|News|Activities|Contact"),
    "chair": ("ASEAN Defence Ministers' Meeting", "Home|About ADMM|Documents|Meetings|Contact"),
}


def render_html(d: Draft, ref: str | None) -> str:
    """The release as a page of the ministry's website: navigation, article, footer."""
    site, menu = _SITES[d.style]
    head, tail = _parts(d, ref)
    esc = html.escape
    links = "\n".join(
        f'        <li><a href="/{item.lower().replace(" ", "-")}/">{esc(item)}</a></li>'
        for item in menu.split("|")
    )
    article = [
        f'      <p class="masthead">{esc(line)}</p>' for line in head if line and line != d.title
    ]
    article.insert(0, f"      <h1>{esc(d.title)}</h1>")
    article += [f"      <p>{esc(p)}</p>" for p in _body(d)]
    article += [f'      <p class="signoff">{esc(line)}</p>' for line in tail if line]
    year = d.date.year
    return f"""<!DOCTYPE html>
<html lang="{d.lang}">
<head>
  <meta charset="utf-8">
  <title>{esc(d.title)} | {esc(site)}</title>
  <link rel="stylesheet" href="/assets/css/site.css">
</head>
<body>
  <header class="site-header">
    <p class="site-name">{esc(site)}</p>
    <nav class="main-menu">
      <ul>
{links}
      </ul>
    </nav>
  </header>
  <main>
    <article class="release">
{chr(10).join(article)}
    </article>
    <aside class="related">
      <h2>{"Berita Berkaitan" if d.lang == "ms" else ("Berita Terkait" if d.lang == "id" else "Related Releases")}</h2>
      <ul><li><a href="/archive/{year}/">{year}</a></li></ul>
    </aside>
  </main>
  <footer class="site-footer">
    <p>&copy; {year} {esc(site)}. All rights reserved.</p>
    <ul><li><a href="/privacy/">Privacy</a></li><li><a href="/sitemap/">Sitemap</a></li></ul>
  </footer>
</body>
</html>
"""
