"""The vocabulary of synthetic releases in Malay, Indonesian and English.

Posts (how each ministry titles each office), topics (noun phrases that state a
CONTRACT §3 topic), fields of agreements, agreement and meeting names, armed
services, numbers and list joining. Sentences that use them are in
:mod:`kg.synth.templates`.

>>> join(["a", "b", "c"], "id"), join(["a", "b"], "en")
('a, b, dan c', 'a and b')
"""

from __future__ import annotations

import random
from collections.abc import Sequence

__all__ = [
    "AGREEMENT_FIELDS",
    "EXERCISE_ACTIVITIES",
    "NUMBER_WORDS",
    "SCOPE_PHRASES",
    "THEMES",
    "TOPIC_PHRASES",
    "join",
    "ordinal",
    "post_phrase",
    "service",
]

# -- lists and numbers ------------------------------------------------------------------


def join(items: Sequence[str], lang: str) -> str:
    """Items joined as a language writes a list ("a, b and c", "a, b dan c", "a, b, dan c")."""
    items = list(items)
    word = {"en": "and", "ms": "dan", "id": "dan"}[lang]
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]} {word} {items[1]}"
    comma = "," if lang == "id" else ""
    return f"{', '.join(items[:-1])}{comma} {word} {items[-1]}"


NUMBER_WORDS = {
    "en": {2: "two", 3: "three", 4: "four", 5: "five", 8: "eight", 10: "ten", 11: "eleven"},
    "ms": {2: "dua", 3: "tiga", 4: "empat", 5: "lima", 8: "lapan", 10: "sepuluh", 11: "sebelas"},
    "id": {2: "dua", 3: "tiga", 4: "empat", 5: "lima", 8: "delapan", 10: "sepuluh", 11: "sebelas"},
}


def ordinal(n: int, lang: str, *, upper: bool = False) -> str:
    """ "19th", "ke-19"; ``upper`` for titles in capitals ("19TH", "KE-19")."""
    if lang == "en":
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        text = f"{n}{suffix}"
    else:
        text = f"ke-{n}"
    return text.upper() if upper else text


# -- countries in running text -------------------------------------------------------------

_THE = {"PH", "US", "KR", "GB", "LA"}


def country_np(label: str, code: str, lang: str, *, article: bool = True) -> str:
    """A country's label as a noun phrase: "the Philippines", "the Lao PDR", "Thailand"."""
    if lang == "en" and article and code in _THE:
        return f"the {label}"
    return label


# -- posts --------------------------------------------------------------------------------

_DM_EN = {
    "SG": "Minister for Defence",
    "AU": "Minister for Defence",
    "PH": "Secretary of National Defense",
    "US": "Secretary of Defense",
    "VN": "Minister of National Defence",
    "KH": "Minister of National Defence",
    "LA": "Minister of National Defence",
    "CN": "Minister of National Defense",
    "KR": "Minister of National Defense",
    "JP": "Minister of Defense",
    "MM": "Union Minister for Defence",
    "FR": "Minister for the Armed Forces",
    "GB": "Secretary of State for Defence",
}
_DM_MS = {
    "PH": "Setiausaha Pertahanan Negara",
    "US": "Setiausaha Pertahanan",
    "VN": "Menteri Pertahanan Negara",
    "KH": "Menteri Pertahanan Negara",
    "LA": "Menteri Pertahanan Negara",
    "FR": "Menteri Angkatan Bersenjata",
}
_DM_ID = {"FR": "Menteri Angkatan Bersenjata", "VN": "Menteri Pertahanan Nasional"}
_CDF_EN = {
    "MY": "Chief of Defence Force",
    "SG": "Chief of Defence Force",
    "ID": "Commander of the Indonesian National Armed Forces",
    "TH": "Chief of Defence Forces",
    "PH": "Chief of Staff of the Armed Forces of the Philippines",
    "BN": "Commander of the Royal Brunei Armed Forces",
    "MM": "Commander-in-Chief of Defence Services",
    "AU": "Chief of the Defence Force",
    "NZ": "Chief of Defence Force",
    "US": "Chairman of the US Joint Chiefs of Staff",
}
# Words in a post's English name that already say whose post it is.
_NAMES_COUNTRY = ("Indonesian", "Philippine", "Brunei", "US ", "Thai", "Viet Nam", "Singapore",
                  "Malaysian", "Lao", "Cambodian")  # fmt: skip
_ARMY_EN = {
    "MY": "Chief of Army",
    "SG": "Chief of Army",
    "AU": "Chief of Army",
    "ID": "Chief of Staff of the Indonesian Army",
    "PH": "Commanding General of the Philippine Army",
    "US": "Chief of Staff of the Army",
}
_COMMONWEALTH = {"AU", "NZ", "GB", "CA", "IN"}


def post_phrase(
    role: str,
    code: str,
    country_label: str,
    lang: str,
    publisher: str,
    rng: random.Random,
    *,
    dpm: bool = False,
    host_label: str = "",
    host_code: str = "",
    bare: bool = False,
) -> tuple[str, list[str]]:
    """How a release titles the holder of ``role`` of country ``code``, and the posts stated.

    The publisher's own officials usually go without their country ("Minister of Defence",
    "Menteri Pertahanan RI"); others carry it ("Minister of Defence of Thailand",
    "Menteri Pertahanan Thailand"). ``host_label`` is the receiving country of an ambassador;
    ``bare`` leaves the country out whoever's official it is (for "Thai Minister of Defence …").
    """
    own = code == publisher
    cn = country_np(country_label, code, lang)
    posts: list[str] = []

    def of(phrase: str, *, always: bool = False) -> str:
        if bare:
            return phrase
        if own and not always:
            if lang == "id" and code == "ID" and rng.random() < 0.7:
                return f"{phrase} {rng.choice(('RI', 'RI', 'Republik Indonesia'))}"
            return phrase
        if lang == "en":
            return f"{phrase} of {cn}"
        return f"{phrase} {country_label}"

    if role == "dm":
        posts.append("defence-minister")
        if lang == "en":
            phrase = of(_DM_EN.get(code, "Minister of Defence"))
        elif lang == "ms":
            phrase = of(_DM_MS.get(code, "Menteri Pertahanan"))
        else:
            phrase = of(_DM_ID.get(code, "Menteri Pertahanan"))
        if dpm and rng.random() < 0.85:
            posts.insert(0, "deputy-prime-minister")
            lead = {
                "en": "Deputy Prime Minister and ",
                "ms": "Timbalan Perdana Menteri merangkap ",
                "id": "Wakil Perdana Menteri sekaligus ",
            }[lang]
            phrase = lead + phrase
        return phrase, posts
    if role == "ddm":
        posts.append("deputy-defence-minister")
        base = {
            "en": "Deputy Minister of National Defence"
            if code in ("VN", "KH", "LA")
            else "Deputy Minister of Defence",
            "ms": "Timbalan Menteri Pertahanan",
            "id": "Wakil Menteri Pertahanan",
        }[lang]
        return of(base), posts
    if role == "cdf":
        posts.append("chief-of-defence-force")
        if lang == "en":
            base = _CDF_EN.get(code)
            if base is None:
                return of("Chief of Defence Forces"), posts
            if any(w in base for w in _NAMES_COUNTRY):
                return base, posts
            return of(base), posts
        if lang == "ms":
            if code == "MY":
                return "Panglima Angkatan Tentera", posts
            return (
                f"{rng.choice(('Panglima Angkatan Tentera', 'Ketua Angkatan Pertahanan'))} {country_label}",
                posts,
            )
        if code == "ID":
            return "Panglima TNI", posts
        return f"Panglima Angkatan Bersenjata {country_label}", posts
    if role in ("pm", "president"):
        posts.append("prime-minister" if role == "pm" else "head-of-state")
        base = {
            ("pm", "en"): "Prime Minister",
            ("pm", "ms"): "Perdana Menteri",
            ("pm", "id"): "Perdana Menteri",
            ("president", "en"): "President",
            ("president", "ms"): "Presiden",
            ("president", "id"): "Presiden",
        }[(role, lang)]
        return of(base), posts
    posts.append("other")
    if role == "army":
        if lang == "en":
            base = _ARMY_EN.get(code)
            if base is None:
                return of("Chief of Army"), posts
            if any(w in base for w in _NAMES_COUNTRY):
                return base, posts
            return of(base), posts
        if lang == "ms":
            return of("Panglima Tentera Darat"), posts
        return (
            "Kepala Staf Angkatan Darat"
            if code == "ID"
            else f"Kepala Staf Angkatan Darat {country_label}"
        ), posts
    if role == "navy":
        if lang == "en":
            return of("Chief of Navy"), posts
        if lang == "ms":
            return of("Panglima Tentera Laut"), posts
        return (
            "Kepala Staf Angkatan Laut"
            if code == "ID"
            else f"Kepala Staf Angkatan Laut {country_label}"
        ), posts
    if role == "dm2":
        if code == "BN":
            return {
                "en": "Minister at the Prime Minister's Office and Minister of Defence II"
                + ("" if own or bare else " of Brunei Darussalam"),
                "ms": "Menteri di Jabatan Perdana Menteri dan Menteri Pertahanan II"
                + ("" if own else " Brunei Darussalam"),
                "id": "Menteri Pertahanan II Brunei Darussalam",
            }[lang], posts
        return {
            "en": of(
                rng.choice(("Second Minister for Defence", "Senior Minister of State for Defence"))
            ),
            "ms": f"Menteri Kedua Pertahanan {country_label}",
            "id": f"Menteri Kedua Pertahanan {country_label}",
        }[lang], posts
    if role == "permsec":
        if lang == "en":
            base = {
                "SG": "Permanent Secretary (Defence)",
                "BN": "Permanent Secretary at the Ministry of Defence",
                "PH": "Undersecretary of National Defense",
                "MY": "Secretary-General of the Ministry of Defence",
                "VN": "Director-General of the Foreign Relations Department",
                "KH": "Secretary of State at the Ministry of National Defence",
                "LA": "Director-General of the Foreign Relations Department",
            }.get(code, "Permanent Secretary of the Ministry of Defence")
            return (base if own or bare else f"{base} of {cn}"), posts
        if lang == "ms":
            return of("Ketua Setiausaha Kementerian Pertahanan"), posts
        return of("Sekretaris Jenderal Kementerian Pertahanan"), posts
    if role == "spokes":
        if lang == "id":
            return "Kepala Biro Humas Setjen Kemhan", posts
        if lang == "ms":
            return of("Pengarah Komunikasi Strategik Kementerian Pertahanan"), posts
        return of("Spokesperson of the Ministry of Defence"), posts
    if role == "amb":
        hc = code in _COMMONWEALTH and host_code in ("MY", "SG", "BN")
        to = country_np(host_label, host_code, lang)
        if lang == "en":
            title = "High Commissioner" if hc else "Ambassador"
            return f"{title} of {cn} to {to}", posts
        if lang == "ms":
            title = "Pesuruhjaya Tinggi" if hc else "Duta Besar"
            return f"{title} {country_label} ke {host_label}", posts
        return f"Duta Besar {country_label} untuk {host_label}", posts
    raise ValueError(role)


# -- topics -------------------------------------------------------------------------------

#: Noun phrases stating each topic, by language. A release that uses one says the topic.
TOPIC_PHRASES: dict[str, dict[str, tuple[str, ...]]] = {
    "regional-security": {
        "en": ("regional security developments", "the security outlook of the region",
               "peace and stability in the region"),
        "ms": ("perkembangan keselamatan serantau", "isu keamanan dan kestabilan serantau",
               "cabaran keselamatan serantau"),
        "id": ("perkembangan situasi keamanan kawasan", "stabilitas kawasan",
               "isu keamanan regional"),
    },
    "asean-centrality": {
        "en": ("ASEAN unity and centrality", "the centrality of ASEAN in the regional architecture"),
        "ms": ("kepusatan dan perpaduan ASEAN", "prinsip kepusatan ASEAN"),
        "id": ("sentralitas dan kesatuan ASEAN", "sentralitas ASEAN"),
    },
    "border-security": {
        "en": ("security along the common border", "border security cooperation"),
        "ms": ("kawalan keselamatan di sempadan bersama", "keselamatan sempadan kedua-dua negara"),
        "id": ("pengamanan wilayah perbatasan", "keamanan perbatasan kedua negara"),
    },
    "maritime-security": {
        "en": ("maritime security", "the situation in the South China Sea and maritime security"),
        "ms": ("keselamatan maritim", "keselamatan perairan serantau"),
        "id": ("keamanan maritim", "keamanan di Laut China Selatan"),
    },
    "counter-terrorism": {
        "en": ("counter-terrorism cooperation", "efforts to counter terrorism and violent extremism"),
        "ms": ("usaha membanteras keganasan", "kerjasama mencegah ancaman keganasan"),
        "id": ("penanggulangan terorisme", "kerja sama kontra-terorisme"),
    },
    "cybersecurity": {
        "en": ("cyber security", "cooperation against cyber threats"),
        "ms": ("keselamatan siber", "ancaman siber"),
        "id": ("keamanan siber", "ancaman siber"),
    },
    "hadr": {
        "en": ("humanitarian assistance and disaster relief (HADR)",
               "cooperation in disaster relief"),
        "ms": ("bantuan kemanusiaan dan bantuan bencana (HADR)", "kerjasama bantuan bencana"),
        "id": ("bantuan kemanusiaan dan penanggulangan bencana", "penanggulangan bencana alam"),
    },
    "peacekeeping": {
        "en": ("UN peacekeeping operations", "peacekeeping cooperation"),
        "ms": ("operasi pengaman PBB", "kerjasama operasi pengaman"),
        "id": ("misi pemeliharaan perdamaian PBB", "kerja sama misi perdamaian"),
    },
    "capacity-building": {
        "en": ("capacity building", "capacity-building programmes"),
        "ms": ("pembangunan kapasiti", "program pembangunan kapasiti"),
        "id": ("peningkatan kapasitas", "pembangunan kapasitas"),
    },
    "personnel-exchange": {
        "en": ("personnel exchanges", "exchanges of officers between the two armed forces"),
        "ms": ("pertukaran pegawai", "program pertukaran personel"),
        "id": ("pertukaran personel", "program pertukaran perwira"),
    },
    "training": {
        "en": ("military training and education", "the cross-attendance of military courses"),
        "ms": ("latihan dan pendidikan ketenteraan", "penyertaan silang kursus ketenteraan"),
        "id": ("pendidikan dan pelatihan militer", "pelatihan militer"),
    },
    "military-exercise": {
        "en": ("joint military exercises", "bilateral exercises"),
        "ms": ("latihan bersama ketenteraan", "eksesais dua hala"),
        "id": ("latihan militer bersama", "latihan bersama"),
    },
    "defence-industry": {
        "en": ("defence industry collaboration", "cooperation between the defence industries"),
        "ms": ("kerjasama industri pertahanan", "pembangunan industri pertahanan"),
        "id": ("kerja sama industri pertahanan", "pengembangan industri pertahanan"),
    },
    "science-technology": {
        "en": ("defence science and technology", "research and development in defence technology"),
        "ms": ("sains dan teknologi pertahanan", "penyelidikan dan pembangunan teknologi pertahanan"),
        "id": ("ilmu pengetahuan dan teknologi pertahanan", "riset teknologi pertahanan"),
    },
    "military-medicine": {
        "en": ("military medicine", "cooperation between military medical services"),
        "ms": ("perubatan ketenteraan", "kerjasama perkhidmatan kesihatan ketenteraan"),
        "id": ("kesehatan militer", "kerja sama kedokteran militer"),
    },
    "defence-cooperation": {
        "en": ("bilateral defence cooperation", "ways to strengthen defence ties"),
        "ms": ("kerjasama pertahanan dua hala", "usaha memperkukuh hubungan pertahanan"),
        "id": ("kerja sama pertahanan bilateral", "upaya mempererat hubungan pertahanan"),
    },
}  # fmt: skip

#: Fields of cooperation as an agreement's scope names them, per topic.
SCOPE_PHRASES: dict[str, dict[str, str]] = {
    "training": {"en": "military training and education", "ms": "latihan dan pendidikan ketenteraan",
                 "id": "pendidikan dan pelatihan militer"},
    "personnel-exchange": {"en": "personnel exchanges", "ms": "pertukaran personel",
                           "id": "pertukaran personel"},
    "military-exercise": {"en": "joint exercises", "ms": "latihan bersama", "id": "latihan bersama"},
    "maritime-security": {"en": "maritime security", "ms": "keselamatan maritim",
                          "id": "keamanan maritim"},
    "counter-terrorism": {"en": "counter-terrorism", "ms": "pencegahan keganasan",
                          "id": "penanggulangan terorisme"},
    "hadr": {"en": "humanitarian assistance and disaster relief",
             "ms": "bantuan kemanusiaan dan bantuan bencana",
             "id": "bantuan kemanusiaan dan penanggulangan bencana"},
    "defence-industry": {"en": "defence industry", "ms": "industri pertahanan",
                         "id": "industri pertahanan"},
    "science-technology": {"en": "defence science and technology",
                           "ms": "sains dan teknologi pertahanan",
                           "id": "ilmu pengetahuan dan teknologi pertahanan"},
    "military-medicine": {"en": "military medicine", "ms": "perubatan ketenteraan",
                          "id": "kesehatan militer"},
    "peacekeeping": {"en": "peacekeeping", "ms": "operasi pengaman",
                     "id": "misi pemeliharaan perdamaian"},
    "capacity-building": {"en": "capacity building", "ms": "pembangunan kapasiti",
                          "id": "peningkatan kapasitas"},
    "cybersecurity": {"en": "cyber security", "ms": "keselamatan siber", "id": "keamanan siber"},
}  # fmt: skip

#: What an exercise includes, per topic (military-exercise is every exercise's own topic).
EXERCISE_ACTIVITIES: dict[str, dict[str, str]] = {
    "counter-terrorism": {
        "en": "counter-terrorism drills",
        "ms": "latihan menangani ancaman keganasan",
        "id": "simulasi penanggulangan terorisme",
    },
    "hadr": {
        "en": "humanitarian assistance and disaster relief scenarios",
        "ms": "senario bantuan kemanusiaan dan bantuan bencana",
        "id": "skenario penanggulangan bencana",
    },
    "maritime-security": {
        "en": "maritime security operations",
        "ms": "operasi keselamatan maritim",
        "id": "operasi keamanan maritim",
    },
    "personnel-exchange": {
        "en": "professional exchanges between personnel",
        "ms": "pertukaran pengalaman antara anggota",
        "id": "pertukaran personel",
    },
    "military-medicine": {
        "en": "combat medical support",
        "ms": "sokongan perubatan ketenteraan",
        "id": "dukungan kesehatan militer",
    },
    "cybersecurity": {
        "en": "cyber defence scenarios",
        "ms": "senario pertahanan siber",
        "id": "skenario pertahanan siber",
    },
}

#: Fields of cooperation an agreement is about: (topics, name by language).
AGREEMENT_FIELDS: tuple[tuple[tuple[str, ...], dict[str, str]], ...] = (
    (("defence-cooperation",),
     {"en": "Defence Cooperation", "ms": "Kerjasama Pertahanan", "id": "Kerja Sama Pertahanan"}),
    (("defence-industry",),
     {"en": "Defence Industry Cooperation", "ms": "Kerjasama Industri Pertahanan",
      "id": "Kerja Sama Industri Pertahanan"}),
    (("training",),
     {"en": "Military Training and Education", "ms": "Latihan dan Pendidikan Ketenteraan",
      "id": "Pendidikan dan Pelatihan Militer"}),
    (("military-medicine",),
     {"en": "Cooperation in Military Medicine", "ms": "Kerjasama Perubatan Ketenteraan",
      "id": "Kerja Sama Kesehatan Militer"}),
    (("hadr",),
     {"en": "Humanitarian Assistance and Disaster Relief",
      "ms": "Bantuan Kemanusiaan dan Bantuan Bencana",
      "id": "Bantuan Kemanusiaan dan Penanggulangan Bencana"}),
    (("science-technology",),
     {"en": "Defence Science and Technology", "ms": "Sains dan Teknologi Pertahanan",
      "id": "Ilmu Pengetahuan dan Teknologi Pertahanan"}),
    (("maritime-security",),
     {"en": "Maritime Security Cooperation", "ms": "Kerjasama Keselamatan Maritim",
      "id": "Kerja Sama Keamanan Maritim"}),
    (("peacekeeping", "training"),
     {"en": "Peacekeeping Training", "ms": "Latihan Operasi Pengaman",
      "id": "Pelatihan Misi Pemeliharaan Perdamaian"}),
    (("cybersecurity",),
     {"en": "Cyber Defence Cooperation", "ms": "Kerjasama Pertahanan Siber",
      "id": "Kerja Sama Pertahanan Siber"}),
)  # fmt: skip

#: Themes of joint statements and declarations (no topic cue of their own).
THEMES = {
    "en": ("Partnership for a Resilient Region", "Solidarity and Shared Prosperity",
           "a Peaceful and Secure Community", "Adaptive and Forward-Looking Cooperation",
           "Sustaining Trust and Friendship"),
    "ms": ("Perkongsian untuk Rantau yang Berdaya Tahan", "Solidariti dan Kemakmuran Bersama",
           "Komuniti yang Aman dan Selamat", "Kerjasama yang Adaptif dan Berpandangan Jauh",
           "Mengekalkan Kepercayaan dan Persahabatan"),
    "id": ("Kemitraan untuk Kawasan yang Tangguh", "Solidaritas dan Kemakmuran Bersama",
           "Komunitas yang Damai dan Aman", "Kerja Sama yang Adaptif dan Visioner",
           "Menjaga Kepercayaan dan Persahabatan"),
}  # fmt: skip

# -- armed services (for exercises) ------------------------------------------------------

_ARMIES_EN = {
    "MY": "the Malaysian Army",
    "SG": "the Singapore Army",
    "TH": "the Royal Thai Army",
    "ID": "the Indonesian Army",
    "PH": "the Philippine Army",
    "VN": "the Viet Nam People's Army",
    "BN": "the Royal Brunei Land Force",
    "KH": "the Royal Cambodian Army",
    "LA": "the Lao People's Army",
    "AU": "the Australian Army",
    "US": "the United States Army",
    "NZ": "the New Zealand Army",
    "IN": "the Indian Army",
    "JP": "the Japan Ground Self-Defense Force",
    "KR": "the Republic of Korea Army",
    "GB": "the British Army",
}
_NAVIES_EN = {
    "MY": "the Royal Malaysian Navy",
    "SG": "the Republic of Singapore Navy",
    "TH": "the Royal Thai Navy",
    "ID": "the Indonesian Navy",
    "PH": "the Philippine Navy",
    "VN": "the Viet Nam People's Navy",
    "BN": "the Royal Brunei Navy",
    "AU": "the Royal Australian Navy",
    "US": "the United States Navy",
    "IN": "the Indian Navy",
    "JP": "the Japan Maritime Self-Defense Force",
}


def service(code: str, label: str, lang: str, branch: str) -> str:
    """An armed service of a country: "the Royal Thai Army", "Tentera Darat Thailand",
    "TNI Angkatan Laut"."""
    if lang == "en":
        table = _ARMIES_EN if branch == "army" else _NAVIES_EN
        return table.get(code) or f"the {'army' if branch == 'army' else 'navy'} of {label}"
    if lang == "ms":
        if code == "MY":
            return "Tentera Darat Malaysia" if branch == "army" else "Tentera Laut Diraja Malaysia"
        return f"{'Tentera Darat' if branch == 'army' else 'Tentera Laut'} {label}"
    if code == "ID":
        return "TNI Angkatan Darat" if branch == "army" else "TNI Angkatan Laut"
    return f"{'Angkatan Darat' if branch == 'army' else 'Angkatan Laut'} {label}"


#: Words that name joint exercises (fictitious pairs; one per country pair in a run).
EXERCISE_WORDS = (
    ("Harimau", "Helang", "Semangat", "Naga", "Garuda", "Merpati", "Kris", "Badik",
     "Southern", "Coastal", "Ocean", "Jungle", "Golden", "Rising"),
    ("Sakti", "Perkasa", "Padu", "Jaya", "Setia", "Bersatu", "Waja", "Shield", "Guardian",
     "Spirit", "Strike", "Bond", "Lance", "Sentinel"),
)  # fmt: skip
