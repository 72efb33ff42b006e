"""Extraction rules on the seed and on sentences in other styles (no list of known people)."""

import datetime as dt
import os
from pathlib import Path

import pytest

from kg.extract import extract
from kg.extract.persons import PersonFinder
from kg.ingest import Source, parse_document, read_source
from kg.lexicon import load_lexicon


def _people(sentence: str) -> list[tuple[str | None, str | None, list[str]]]:
    finder = PersonFinder(load_lexicon())
    return [
        (m.name, m.country, [p for p, _ in m.posts]) for m in finder.mentions(sentence) if m.name
    ]


def test_seed_people_posts_and_events(seed_path: Path) -> None:
    lex = load_lexicon()
    ex = extract(parse_document(read_source(seed_path), lex), lex)
    people = {
        p.name: (p.country, sorted(q.post_type for q in p.posts)) for p in ex.persons.values()
    }
    assert people == {
        "Mohamed Khaled Nordin": ("MY", ["defence-minister"]),
        "Chansamone Chanyalath": ("LA", ["defence-minister", "deputy-prime-minister"]),
        "Sutin Klungsang": ("TH", ["defence-minister"]),
    }
    retreat, my_la, my_th = ex.events
    assert (retreat.kind, retreat.forum, retreat.retreat) == ("multilateral-meeting", "admm", True)
    assert (retreat.start.isoformat(), retreat.end.isoformat()) == ("2024-03-04", "2024-03-06")
    assert (retreat.place, retreat.host, retreat.chair) == (
        "Luang Prabang",
        "LA",
        "Chansamone Chanyalath",
    )
    assert retreat.countries == ["BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "VN"]
    assert sorted(my_la.countries) == ["LA", "MY"] and my_la.parent == retreat.key
    assert sorted(my_th.participants) == ["Mohamed Khaled Nordin", "Sutin Klungsang"]
    mou, statement = ex.agreements
    assert (mou.kind, mou.status, mou.parties, mou.proposed_by) == (
        "mou",
        "proposed",
        ["MY", "TH"],
        "MY",
    )
    assert (statement.kind, statement.status, statement.concluded_at) == (
        "joint-statement",
        "adopted",
        retreat.key,
    )


def test_unknown_person_still_yields_name_and_post() -> None:
    # Nobody keeps a list of office holders: shape alone must find the person.
    assert _people("TYT Jeneral Bounmy Phetsavanh, Menteri Pertahanan Lao PDR, hadir.") == [
        ("Bounmy Phetsavanh", "LA", ["defence-minister"])
    ]


def test_english_post_before_name_and_possessive_country() -> None:
    assert _people("Singapore's Minister for Defence Dr Ng Eng Hen met reporters.") == [
        ("Ng Eng Hen", "SG", ["defence-minister"])
    ]
    assert _people("He met Philippine Secretary of National Defense Gilberto Teodoro.") == [
        ("Gilberto Teodoro", "PH", ["defence-minister"])
    ]


def test_acting_minister_holds_the_ministers_post() -> None:
    assert _people(
        "Pemangku Menteri Pertahanan Malaysia, Dato' Seri Ahmad Zahid bin Hamidi, tiba."
    ) == [("Ahmad Zahid Hamidi", "MY", ["defence-minister"])]


def test_future_meeting_is_not_an_event() -> None:
    text = (
        "KEMENTERIAN PERTAHANAN MALAYSIA\n\nSIARAN MEDIA\n\nTAJUK UJIAN RELEASE INI\n\n"
        "1. YB Dato' Seri Mohamed Khaled bin Nordin, Menteri Pertahanan Malaysia telah bercakap "
        "mengenai Mesyuarat Menteri-Menteri Pertahanan ASEAN yang akan diadakan di Kuala Lumpur "
        "pada 12 November 2025.\n2. Beliau berucap.\n\n-TAMAT-\n\n6 Mac 2025\n"
    )
    lex = load_lexicon()
    ex = extract(parse_document(Source(Path("f.txt"), text, "utf-8", "txt"), lex), lex)
    assert ex.events == []
    assert list(ex.persons) == ["Mohamed Khaled Nordin"]


def _read(text: str, name: str = "f.txt"):
    lex = load_lexicon()
    return extract(parse_document(Source(Path(name), text, "utf-8", "txt"), lex), lex)


def test_bare_post_subject_meets_foreign_counterpart_in_own_release() -> None:
    # One side named, the other the publishing ministry's principal ("The Minister also met …").
    ex = _read(
        "MINISTRY OF DEFENCE MALAYSIA\n\nPRESS RELEASE\n\nA TEST TITLE FOR THIS RELEASE\n\n"
        "1. YB Dato' Seri Ahmad Faiz bin Rahim, Minister of Defence, visited Kuantan on "
        "3 March 2025.\n2. The Minister also met H.E. Kenji Sato, Minister of Defense of Japan, "
        "on 3 March 2025.\n\n-END-\n\n4 March 2025\n"
    )
    meeting = next(e for e in ex.events if e.kind == "bilateral-meeting")
    assert sorted(meeting.countries) == ["JP", "MY"]
    assert sorted(meeting.participants) == ["Ahmad Faiz Rahim", "Kenji Sato"]


def test_future_sentence_names_no_venue_and_dateline_venue_then_city() -> None:
    ex = _read(
        "Department of National Defense\n\nPRESS RELEASE\nMay 5, 2025\n\nA test title\n\n"
        "CAMP GENERAL JUAN REYES, Quezon City — Secretary of National Defense Pedro Cruz on "
        "Monday held talks with New Zealand Minister of Defence Anna Blake.\n\n"
        "The next round of talks will be held in Wellington next year.\n"
    )
    meeting = next(e for e in ex.events if e.kind == "bilateral-meeting")
    assert (meeting.place, meeting.host, sorted(meeting.countries)) == (
        "Quezon City",
        "PH",
        ["NZ", "PH"],
    )


def test_counterpart_with_no_country_takes_the_other_side() -> None:
    # A VN release: the President called on is named with no country; the call is in Manila.
    ex = _read(
        "MINISTRY OF NATIONAL DEFENCE\nSOCIALIST REPUBLIC OF VIET NAM\nFriday, 07/03/2025\n\n"
        "A test title\n\n(MOD Portal) - On March 7, General Tran Van An, Minister of National "
        "Defence, paid a courtesy call on President Maria Santos at the presidential palace in "
        "Manila.\n"
    )
    call = next(e for e in ex.events if e.kind == "courtesy-call")
    assert sorted(call.countries) == ["PH", "VN"]
    assert (ex.persons["Tran Van An"].country, ex.persons["Maria Santos"].country) == ("VN", "PH")


def test_country_before_a_post_belongs_to_the_next_person() -> None:
    people = _people("Prime Minister Tan Ah Kow and United States President John Doe met.")
    assert people == [
        ("Tan Ah Kow", None, ["prime-minister"]),
        ("John Doe", "US", ["head-of-state"]),
    ]


def test_second_minister_post_and_titled_commander_in_malay() -> None:
    assert _people("Yang Berhormat Awang Musa bin Ali, Menteri Pertahanan II, hadir.") == [
        ("Musa Ali", None, ["other"])
    ]
    people = _people(
        "Pemerintah Angkatan Bersenjata Diraja Brunei, Major General Dato Seri Pahlawan Haji "
        "Rahman bin Haji Omar, hadir."
    )
    assert people == [("Rahman Omar", "BN", ["chief-of-defence-force"])]


def test_label_before_reference_number_is_dropped() -> None:
    lex = load_lexicon()
    doc = parse_document(
        Source(
            Path("f.txt"),
            "MINISTRY OF DEFENCE\nKINGDOM OF THAILAND\n\nPRESS RELEASE No. 12/2567\n\n"
            "A test title\n\n3 March 2024\n\nGeneral Somchai Dee, Chief of Defence Forces, "
            "received the Ambassador of Japan at the Ministry of Defence in Bangkok today.\n",
            "utf-8",
            "txt",
        ),
        lex,
    )
    assert doc.identifier == "No. 12/2567"


def test_plans_renewals_and_entry_into_force() -> None:
    ex = _read(
        "MINISTRY OF NATIONAL DEFENCE\nSOCIALIST REPUBLIC OF VIET NAM\nFriday, 07/03/2025\n\n"
        "A test title\n\n(MOD Portal) - On March 7, General Tran Van An, Minister of National "
        "Defence of Viet Nam, held talks with General Somsak Vong, Minister of National Defence of "
        "the Lao PDR, in Ha Noi. After the talks, the two ministers signed the Cooperation Plan "
        "for 2026 between the two ministries.\n\n"
        "The Defence Cooperation Agreement between Viet Nam and Cambodia entered into force "
        "today.\n"
    )
    plan, dca = ex.agreements
    assert (plan.kind, plan.status, plan.parties) == ("agreement", "signed", ["LA", "VN"])
    assert plan.concluded_at == ex.events[0].key
    assert (dca.kind, dca.status, dca.concluded_at) == (
        "defence-cooperation-agreement",
        "in-force",
        None,
    )
    renewed = _read(
        "MINISTRY OF DEFENCE, SINGAPORE\n\nNEWS RELEASE\n\n05 Mar 2025\n\nA test title\n\n"
        "Singapore and Australia renew their Memorandum of Understanding on training today.\n"
    ).agreements
    assert [(a.kind, a.status) for a in renewed] == [("mou", "renewed")]


def test_others_present_join_a_call_and_an_unknown_venue_takes_the_province() -> None:
    ex = _read(
        "KEMENTERIAN PERTAHANAN MALAYSIA\n\nKENYATAAN MEDIA\n\nTAJUK UJIAN RELEASE INI\n\n"
        "1. YB Dato' Seri Ahmad Faiz bin Rahim, Menteri Pertahanan Malaysia telah menerima "
        "kunjungan hormat daripada TYT Kenji Sato, Duta Besar Jepun ke Malaysia pada "
        "Selasa (4/3/2025).\n2. Turut hadir ialah Panglima Angkatan Tentera, Jeneral Tan Sri "
        "Hamzah bin Yusof.\n\n-TAMAT-\n\n4 Mac 2025\n"
    )
    call = ex.events[0]
    assert call.kind == "courtesy-call"
    assert sorted(call.participants) == ["Ahmad Faiz Rahim", "Hamzah Yusof", "Kenji Sato"]
    drill = _read(
        "MINISTRY OF DEFENCE\nKINGDOM OF THAILAND\n\nPRESS RELEASE\n\nA test title\n\n"
        "3 March 2024\n\nExercise Test Shield 2024 opened at Fictional Camp, Nong Bua Province "
        "on 3 March 2024 with troops from Thailand and the United States taking part.\n"
    ).events[0]
    assert (drill.kind, drill.place, drill.place_country, drill.host) == (
        "exercise",
        "Nong Bua",
        "TH",
        "TH",
    )


def test_country_inside_a_post_title_and_possessive_name() -> None:
    # "Chief of the <demonym> Defence Force"; a title that names its country; "X's" is no name.
    assert _people("Admiral Peter Grant, Chief of the Australian Defence Force, arrived.") == [
        ("Peter Grant", "AU", ["chief-of-defence-force"])
    ]
    assert _people("Panglima Tentara Nasional Indonesia, Jenderal TNI Budi Santosa, tiba.") == [
        ("Budi Santosa", "ID", ["chief-of-defence-force"])
    ]
    assert _people("It was Admiral Grant's first trip.") == [("Grant", None, [])]


def test_bracketed_aside_between_title_and_name_keeps_country() -> None:
    assert _people(
        "It was chaired by the Minister of National Defence of the Lao PDR (also Deputy Prime "
        "Minister), General Bounmy Keola, and others."
    ) == [("Bounmy Keola", "LA", ["defence-minister", "deputy-prime-minister"])]
    assert _people("Dipimpin Wakil Menteri Filipina (Senior Undersecretary) Jose Reyes.") == [
        ("Jose Reyes", "PH", ["other"])
    ]


def test_rank_inside_a_title_a_list_of_people_and_a_ministry_are_no_names() -> None:
    assert _people("Sekretaris Jenderal Kemhan Marsdya TNI Adi Nugroho membuka sidang.") == [
        ("Adi Nugroho", None, ["other"])
    ]
    assert _people(
        "H.E. General Sok Vanna, General Kham Seng and General Le Van Tam, Minister of National "
        "Defence of Viet Nam, met."
    ) == [
        ("Sok Vanna", None, []),
        ("Kham Seng", None, []),
        ("Le Van Tam", "VN", ["defence-minister"]),
    ]
    assert _people("Chief of Defence Force (CDF) Vice-Admiral (VADM) Tan Wei attended.") == [
        ("Tan Wei", None, ["chief-of-defence-force"])
    ]


def test_passive_courtesy_call_and_same_day_meeting_during_a_visit() -> None:
    ex = _read(
        "KEMENTERIAN PERTAHANAN REPUBLIK INDONESIA\n\nSIARAN PERS\n\nJudul rilis uji coba\n\n"
        "Hanoi – Menteri Pertahanan RI Budi Hartono diterima Perdana Menteri Vietnam Nguyen Van "
        "Binh di Hanoi, Selasa (4/3/2025). Pertemuan tersebut bagian dari kunjungan kerja Menhan "
        "ke Vietnam pada 3–5 Maret 2025.\n\n"
        "Pada hari yang sama, Menhan Budi mengadakan pertemuan bilateral dengan Menteri "
        "Pertahanan Vietnam Jenderal Tran Quoc Hung di Hanoi.\n\nJakarta, 6 Maret 2025\n"
    )
    call = next(e for e in ex.events if e.kind == "courtesy-call")
    talks = next(e for e in ex.events if e.kind == "bilateral-meeting")
    visit = next(e for e in ex.events if e.kind == "visit")
    assert sorted(call.countries) == ["ID", "VN"] and call.start.isoformat() == "2025-03-04"
    assert sorted(call.participants) == ["Budi Hartono", "Nguyen Van Binh"]
    assert (talks.start.isoformat(), talks.parent, call.parent) == (
        "2025-03-04",
        visit.key,
        visit.key,
    )


def test_dateline_date_is_not_the_meetings_and_loose_visit_is_no_visit() -> None:
    ex = _read(
        "MINISTRY OF DEFENCE\nKINGDOM OF THAILAND\n\nPRESS RELEASE\n\nA TEST TITLE HERE\n\n"
        "Bangkok, 9 May 2024 – H.E. Mr. Somchai Dee, Minister of Defence, held bilateral talks "
        "with H.E. Mr. Lars Berg, Minister for Defence of Sweden, at the Ministry of Defence, "
        "Bangkok, on Wednesday, 8 May 2024. This is Mr. Berg's first visit to Thailand.\n"
    )
    assert [e.kind for e in ex.events] == ["bilateral-meeting"]
    assert ex.events[0].start.isoformat() == "2024-05-08"


def test_forum_named_as_an_example_is_no_meeting() -> None:
    ex = _read(
        "MINISTRY OF DEFENCE MALAYSIA\n\nPRESS RELEASE\n\nA TEST TITLE FOR THIS RELEASE\n\n"
        "1. YB Dato' Seri Ahmad Faiz bin Rahim, Minister of Defence, held a bilateral meeting "
        "with H.E. Kenji Sato, Minister of Defense of Japan, on 3 March 2025.\n"
        "2. The two ministers discussed cooperation through platforms such as the ASEAN Defence "
        "Ministers' Meeting (ADMM).\n\n-END-\n\n3 March 2025\n"
    )
    assert [e.kind for e in ex.events] == ["bilateral-meeting"]


def test_topics_of_a_call_reported_before_its_visit_and_after_a_sideline_meeting() -> None:
    # Paragraphs after the call go to the call, not the visit named later.
    ex = _read(
        "MINISTRY OF DEFENCE MALAYSIA\n\nPRESS RELEASE\n\nA TEST TITLE FOR THIS RELEASE\n\n"
        "1. YB Dato' Seri Ahmad Faiz bin Rahim, Minister of Defence, received a courtesy call "
        "from General Somsak Rak, Chief of Defence Forces of Thailand, on 5 May 2025.\n"
        "2. The call was part of General Somsak's introductory visit to Malaysia from 4 to 6 May "
        "2025.\n3. Both leaders discussed border security and officer exchanges.\n\n-END-\n\n"
        "5 May 2025\n"
    )
    call = next(e for e in ex.events if e.kind == "courtesy-call")
    visit = next(e for e in ex.events if e.kind == "visit")
    assert {"border-security", "personnel-exchange"} <= call.topics and not visit.topics


def test_bare_name_with_post_in_apposition_middle_initial_and_weekday() -> None:
    # No title before the name: the post after it makes it a person; an initial is dropped.
    assert _people(
        "Jakarta – Rahmat Adi Saputra, Menteri Pertahanan Republik Indonesia, hadir."
    ) == [("Rahmat Adi Saputra", "ID", ["defence-minister"])]
    assert _people(
        "Benjamin I. Salazar, Secretary of National Defense of the Philippines, spoke."
    ) == [("Benjamin Salazar", "PH", ["defence-minister"])]
    # A weekday after the name ("… Sabtu (16/3/2024)") is no part of it.
    assert _people("Ia bertemu Menteri Pertahanan Thailand Somsak Rakdee Sabtu (16/3/2024).") == [
        ("Somsak Rakdee", "TH", ["defence-minister"])
    ]


def test_title_word_ending_a_name_and_bare_title_are_kept_apart() -> None:
    # "Tuan" after the name words is a Vietnamese given name, not an honorific.
    assert _people("He met Minister of National Defence General Le Van Tuan of Viet Nam.") == [
        ("Le Van Tuan", "VN", ["defence-minister"])
    ]
    # "YB Menteri" stands for someone; it names nobody.
    assert _people("YB Menteri turut menghadiri majlis tersebut.") == []


def test_committee_session_is_a_bilateral_meeting_with_its_delegation_heads() -> None:
    ex = _read(
        "MINISTRY OF DEFENCE\nKINGDOM OF THAILAND\n\nPRESS RELEASE\n\nA TEST TITLE HERE\n\n"
        "The 9th meeting of the Thailand-Norway Joint Defence Cooperation Committee (JDCC) was "
        "held in Bangkok on 4 June 2024. Somchai Rakdee, Permanent Secretary for Defence, and "
        "Ola Nordmann, Deputy Minister of Defence of Norway, led their respective "
        "delegations.\n\nThe two sides signed the Agreed Minutes of the meeting.\n\n"
        "4 June 2024\n"
    )
    jdcc = ex.events[0]
    assert (jdcc.kind, sorted(jdcc.countries), jdcc.start.isoformat()) == (
        "bilateral-meeting",
        ["NO", "TH"],
        "2024-06-04",
    )
    assert sorted(jdcc.participants) == ["Ola Nordmann", "Somchai Rakdee"]
    assert [(a.kind, a.parties, a.concluded_at) for a in ex.agreements] == [
        ("agreement", ["NO", "TH"], jdcc.key)
    ]


def test_committee_named_as_a_mechanism_is_no_meeting() -> None:
    ex = _read(
        "KEMENTERIAN PERTAHANAN MALAYSIA\n\nSIARAN MEDIA\n\nTAJUK UJIAN SIARAN INI\n\n"
        "1. YB Dato' Seri Ahmad Faiz bin Rahim, Menteri Pertahanan, telah mengadakan pertemuan "
        "dua hala dengan Menteri Pertahanan Thailand, TYT Somsak Rakdee pada 5 Mei 2025. Kedua-dua "
        "menteri menghargai kerjasama melalui mekanisme Jawatankuasa Sempadan Am (GBC) "
        "Malaysia-Thailand.\n\n-TAMAT-\n\n5 Mei 2025\n"
    )
    assert [(e.kind, sorted(e.countries)) for e in ex.events] == [
        ("bilateral-meeting", ["MY", "TH"])
    ]


def test_trilateral_meeting_names_its_countries_after_the_cue() -> None:
    ex = _read(
        "KEMENTERIAN PERTAHANAN REPUBLIK INDONESIA\n\nSIARAN PERS\n\nJudul rilis uji coba\n\n"
        "Manila – Menteri Pertahanan RI Budi Hartono menghadiri Pertemuan Trilateral Menteri "
        "Pertahanan Indonesia, Malaysia, dan Filipina yang digelar di Manila, Rabu (24/4/2019)."
        "\n\nJakarta, 25 April 2019\n"
    )
    meeting = ex.events[0]
    assert (meeting.kind, meeting.countries) == ("multilateral-meeting", ["ID", "MY", "PH"])


def test_exercise_countries_in_a_later_sentence_and_latihan_is_the_exercise() -> None:
    ex = _read(
        "KEMENTERIAN PERTAHANAN MALAYSIA\n\nSIARAN MEDIA\n\nTAJUK UJIAN SIARAN INI\n\n"
        "1. Eksesais Harimau Emas 2024 telah dirasmikan di Kota Kinabalu hari ini. Latihan ini "
        "berlangsung dari 6 hingga 16 Oktober 2024.\n"
        "2. Anggota dari Malaysia, Filipina dan Perancis menyertai eksesais tersebut.\n\n"
        "-TAMAT-\n\n6 Oktober 2024\n"
    )
    exercise = ex.events[0]
    assert (exercise.kind, sorted(exercise.countries)) == ("exercise", ["FR", "MY", "PH"])
    assert (exercise.start.isoformat(), exercise.end.isoformat()) == ("2024-10-06", "2024-10-16")
    assert exercise.topics == {"military-exercise"}


def test_visited_verb_active_chair_and_greetings_sender_is_absent() -> None:
    ex = _read(
        "DEPARTMENT OF NATIONAL DEFENSE\n\nPRESS RELEASE\n\nA TEST TITLE FOR THIS RELEASE\n\n"
        "QUEZON CITY — Minister of Defence Lars Berg of Sweden visited the Philippines from "
        "October 9 to 11, 2024. Minister Berg met Secretary of National Defense Benjamin I. "
        "Salazar at Camp Aguinaldo on October 10, 2024. Minister Berg conveyed the greetings of "
        "Prime Minister Karin Holm to the Philippine leadership.\n\n10 October 2024\n"
    )
    visit = next(e for e in ex.events if e.kind == "visit")
    talks = next(e for e in ex.events if e.kind == "bilateral-meeting")
    assert (sorted(visit.countries), visit.start.isoformat(), visit.end.isoformat()) == (
        ["PH", "SE"],
        "2024-10-09",
        "2024-10-11",
    )
    assert talks.parent == visit.key
    assert "Karin Holm" not in visit.participants + talks.participants
    ex = _read(
        "MINISTRY OF DEFENCE MALAYSIA\n\nPRESS RELEASE\n\nA TEST TITLE FOR THIS RELEASE\n\n"
        "1. YB Dato' Seri Ahmad Faiz bin Rahim, Minister of Defence, attended the 18th ASEAN "
        "Defence Ministers' Meeting (ADMM) in Vientiane on 20 November 2024. Somsak Rakdee, "
        "Minister of Defence of Thailand, chaired the Meeting.\n\n-END-\n\n20 November 2024\n"
    )
    assert ex.events[0].chair == "Somsak Rakdee"


def test_declaration_after_sideline_paragraphs_is_the_main_meetings() -> None:
    ex = _read(
        "KEMENTERIAN PERTAHANAN MALAYSIA\n\nSIARAN MEDIA\n\nTAJUK UJIAN SIARAN INI\n\n"
        "1. YB Dato' Seri Ahmad Faiz bin Rahim, Menteri Pertahanan telah menghadiri Mesyuarat "
        "Menteri-Menteri Pertahanan ASEAN (ADMM) ke-18 di Vientiane pada 20 November 2024.\n"
        "2. Di sela-sela ADMM, YB Menteri telah mengadakan pertemuan dua hala dengan Menteri "
        "Pertahanan Thailand, TYT Somsak Rakdee.\n"
        "3. Mesyuarat turut menerima pakai Deklarasi Bersama Vientiane mengenai Kerjasama "
        "Pertahanan.\n\n-TAMAT-\n\n20 November 2024\n"
    )
    admm = next(e for e in ex.events if e.kind == "multilateral-meeting")
    (declaration,) = ex.agreements
    assert (declaration.kind, declaration.concluded_at) == ("joint-declaration", admm.key)
    assert declaration.parties == admm.countries


def test_relationship_as_background_is_no_topic_of_the_meeting() -> None:
    ex = _read(
        "MINISTRY OF DEFENCE\nKINGDOM OF THAILAND\n\nPRESS RELEASE\n\nA TEST TITLE HERE\n\n"
        "Bangkok, 9 May 2024 – H.E. Mr. Somchai Dee, Minister of Defence, held bilateral talks "
        "with H.E. Mr. Lars Berg, Minister for Defence of Sweden, on 8 May 2024. They discussed "
        "peacekeeping.\n\nThailand and Sweden enjoy close defence relations.\n"
    )
    assert ex.events[0].topics == {"peacekeeping"}


def test_second_post_running_into_another_name_is_that_persons() -> None:
    assert _people(
        "Upacara dipimpin oleh Jenderal TNI Bima Sakti, Kepala Staf Angkatan Darat dan Panglima "
        "Angkatan Bersenjata Korea Selatan Laksamana Kim Dae-ho."
    ) == [("Bima Sakti", None, ["other"]), ("Kim Dae-ho", "KR", ["chief-of-defence-force"])]
    assert _people("He called on Australian Minister for Defence The Hon. Tom Baker.") == [
        ("Tom Baker", "AU", ["defence-minister"])
    ]


def test_entry_into_force_in_a_past_month_is_background_and_synonym_names_share_status() -> None:
    ex = _read(
        "MINISTRY OF DEFENCE\nKINGDOM OF THAILAND\n\nPRESS RELEASE\n\nA TEST TITLE HERE\n\n"
        "Bangkok, 9 November 2024 – H.E. Mr. Somchai Dee, Minister of Defence, held bilateral "
        "talks with H.E. Mr. Lars Berg, Minister for Defence of Sweden, on 8 November 2024. The "
        "two ministers noted the entry into force of the Thailand-Sweden Defence Cooperation "
        "Agreement in August 2024.\n"
    )
    assert ex.agreements == []
    ex = _read(
        "KEMENTERIAN PERTAHANAN REPUBLIK INDONESIA\n\nSIARAN PERS\n\nJudul rilis uji coba\n\n"
        "Moskow – Menteri Pertahanan RI Budi Hartono mengadakan pertemuan bilateral dengan "
        "Menteri Pertahanan Rusia Ivan Petrov di Moskow, Rabu (4/12/2024). Dalam pertemuan itu, "
        "Pengaturan Pelaksanaan (Implementing Arrangement) tentang Kerja Sama Pertahanan "
        "diperpanjang untuk lima tahun berikutnya.\n\nJakarta, 5 Desember 2024\n"
    )
    assert [(a.kind, a.status, a.parties) for a in ex.agreements] == [
        ("agreement", "renewed", ["ID", "RU"])
    ]


_SHARED_NAME = (
    "MINISTRY OF NATIONAL DEFENCE\n\nPRESS RELEASE\n\nA TEST TITLE FOR THIS RELEASE\n\n"
    "Vientiane, 10 May 2022\n\n"
    "Deputy Minister of National Defence Somsak Vongsa led the Lao delegation to Hanoi on "
    "9 May 2022, on behalf of Minister of National Defence Lieutenant General Somsak "
    "Chanthavong.\n\nIn Hanoi, Minister Somsak held a bilateral meeting with H.E. Kenji Sato, "
    "Minister of Defense of Japan.\n"
)


def test_a_shared_short_name_resolves_the_same_way_in_every_process() -> None:
    # Two people share a given name; "Minister Somsak" must not follow a set's hash order,
    # which differs per process (ingest workers gave one release two different answers).
    import subprocess
    import sys

    code = (
        "import sys; from tests.test_extract import _read, _SHARED_NAME;"
        "ex = _read(_SHARED_NAME);"
        "m = next(e for e in ex.events if e.kind == 'bilateral-meeting');"
        "print(sorted(m.participants))"
    )
    answers = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).parent.parent,
        ).stdout.strip()
        for seed in (1, 2, 3, 6)
    }
    assert answers == {"['Kenji Sato', 'Somsak Vongsa']"}


def test_abbreviated_and_royal_name_parts_acting_posts_and_country_pairs() -> None:
    # Invented people. "Mohd." does not end the sentence; "Pg" inside a patronymic is a title;
    # the father's names after "ibni" are no part of the name; "Acting" qualifies a known post;
    # "Indonesia-Jepang" is two countries, not a person.
    found = _people(
        "Menteri itu bertemu Yang Berhormat Dato Paduka Haji Awang Rosli bin Haji Mohd. Tahir, "
        "Menteri Pertahanan Kedua, di Bolkiah Garrison."
    )
    assert found == [("Rosli Mohd Tahir", None, ["other"])]
    assert _people("Turut hadir ialah Mejar Jeneral Pg Dato Seri Amin bin Pg Haji Salleh.") == [
        ("Amin Salleh", None, [])
    ]
    royal = _people(
        "Baginda Sultan Haji Rahman Iskandar ibni Al-Marhum Sultan Haji Yusof Ali Waddien, "
        "Sultan Negara Brunei Darussalam, menerima mengadap Dr. Ali Baba."
    )
    assert royal[0] == ("Rahman Iskandar", "BN", ["head-of-state"])
    assert [name for name, _, _ in royal] == ["Rahman Iskandar", "Ali Baba"]
    assert _people(
        "Gen. Somchai met H.E. Mr. Peter J. Walsh, Acting Secretary of Defense of the United "
        "States of America."
    )[1] == ("Peter Walsh", "US", ["defence-minister"])
    assert _people("Menteri Pertahanan dan Menteri Luar Negeri Indonesia-Jepang bertemu.") == []
    from kg.ingest.document import _abbreviations, split_sentences

    text = "Dato Rosli bin Haji Mohd. Tahir tiba. Beliau pulang."
    assert split_sentences(text, _abbreviations(load_lexicon())) == [
        "Dato Rosli bin Haji Mohd. Tahir tiba.",
        "Beliau pulang.",
    ]


def test_a_later_posts_country_an_envoys_destination_and_an_observer_clause() -> None:
    # Invented people. "President of Indonesia" titles the second person only; "Ambassador
    # to Viet Nam" serves there but is Japan's; "while D attends as an observer" sets D apart.
    assert _people(
        "It was witnessed by Prime Minister Tan Boon Kiat and President of the Republic of "
        "Indonesia Budi Santoso."
    ) == [("Tan Boon Kiat", None, ["prime-minister"]), ("Budi Santoso", "ID", ["head-of-state"])]
    assert _people("Japanese Ambassador to Viet Nam Sato Kenji signed it.") == [
        ("Sato Kenji", "JP", ["other"])
    ]
    ex = _read(
        "MINISTRY OF DEFENCE MALAYSIA\n\nPRESS RELEASE\n\nA TEST TITLE FOR THIS RELEASE\n\n"
        "1. Exercise Blue Wave 2023 was opened in Kuantan on 19 September 2023. The exercise is "
        "joined by Malaysia, Indonesia and Singapore, while Timor-Leste attends as an observer."
        "\n\n-END-\n\n19 September 2023\n"
    )
    exercise = next(e for e in ex.events if e.kind == "exercise")
    assert (sorted(exercise.countries), exercise.observers) == (["ID", "MY", "SG"], ["TL"])


def test_a_meeting_during_a_one_day_visit_takes_its_day() -> None:
    ex = _read(
        "MINISTRY OF DEFENCE MALAYSIA\n\nPRESS RELEASE\n\nA TEST TITLE FOR THIS RELEASE\n\n"
        "1. H.E. Budi Santoso, Minister of Defence of Indonesia, made a one-day working visit "
        "to Malaysia on 28 October 2021.\n\n2. YB Dato' Seri Ahmad Faiz bin Rahim, Minister of "
        "Defence, and H.E. Budi Santoso then held a bilateral meeting at Wisma Pertahanan."
        "\n\n-END-\n\n30 October 2021\n"
    )
    visit = next(e for e in ex.events if e.kind == "visit")
    meeting = next(e for e in ex.events if e.kind == "bilateral-meeting")
    assert (visit.start, visit.end) == (dt.date(2021, 10, 28), dt.date(2021, 10, 28))
    assert meeting.parent == visit.key
    assert (meeting.start, meeting.end) == (visit.start, visit.end)


def test_a_sea_named_after_a_country_is_no_mention_of_it() -> None:
    ex = _read(
        "DEPARTMENT OF NATIONAL DEFENSE\n\nPRESS RELEASE\n\nA TEST TITLE FOR THIS RELEASE\n\n"
        "MANILA – Secretary of National Defense Jose Ramos and United States Secretary of "
        "Defense Paul Grant signed a security agreement at the DND headquarters on Monday, "
        "November 18, 2024.\n\nThe signing followed a bilateral meeting between the two "
        "Secretaries, during which they exchanged views on the South China Sea and on the "
        "Korean Peninsula.\n\n"
        "-END-\n\n18 November 2024\n"
    )
    assert [sorted(e.countries) for e in ex.events] == [["PH", "US"]]
    from kg.lexicon import PhraseMatcher

    m = PhraseMatcher({"China": "CN"}, blocked=["South China Sea"])
    assert [v for _, v in m.finditer("the South China Sea and China")] == ["CN"]


def test_written_ordinals_a_meeting_someone_will_chair_and_a_post_after_a_description() -> None:
    # Invented people. "The Seventh ADMM-Plus" is a meeting reported; the one "X will chair
    # tomorrow" is not yet; "Member of the Politburo, Deputy Secretary of the Commission and
    # Minister of National Defence of Viet Nam": the known post after the descriptions.
    ex = _read(
        "CHAIRMAN'S STATEMENT\n\nA TEST TITLE FOR THIS RELEASE\n\nHa Noi, 10 December 2020\n\n"
        "1. The Seventh ASEAN Defence Ministers' Meeting-Plus (ADMM-Plus) was convened via "
        "videoconference on 10 December 2020 under the chairmanship of General Tran Van Minh, "
        "Member of the Politburo, Deputy Secretary of the Central Military Commission and "
        "Minister of National Defence of the Socialist Republic of Viet Nam.\n"
    )
    (meeting,) = ex.events
    assert (meeting.forum, meeting.start, meeting.chair) == (
        "admm-plus",
        dt.date(2020, 12, 10),
        "Tran Van Minh",
    )
    assert (
        ex.persons["Tran Van Minh"].country,
        ex.persons["Tran Van Minh"].posts[0].post_type,
    ) == (
        "VN",
        "defence-minister",
    )
    later = _read(
        "MINISTRY OF DEFENCE\n\nPRESS RELEASE\n\nA TEST TITLE FOR THIS RELEASE\n\n"
        "Bangkok, 17 November 2019 – Dr. Paul Grant, Secretary of Defense of the United States, "
        "is in Bangkok to attend the 6th ADMM-Plus, which Gen. Somchai Rak will chair tomorrow, "
        "18 November. He thanked Thailand for the first ASEAN–U.S. Maritime Exercise. He left.\n"
    )
    assert later.events == []
    from kg.ingest.document import _abbreviations, split_sentences

    assert (
        len(
            split_sentences(
                "The first ASEAN–U.S. Maritime Exercise. He left.", _abbreviations(load_lexicon())
            )
        )
        == 2
    )


def test_the_secretary_is_the_one_titled_so_and_a_relative_clause_is_no_venue() -> None:
    # Invented people. "The Secretary" is the one introduced as Secretary of Defense, not the
    # last subject; "who had attended the Dialogue in Singapore" names no side and no venue.
    ex = _read(
        "MINISTRY OF NATIONAL DEFENCE\n\nPRESS RELEASE\n\nA TEST TITLE FOR THIS RELEASE\n\n"
        "Phnom Penh, 5 June 2024\n\nThe Honorable Paul Grant, Secretary of Defense of the "
        "United States of America, paid a one-day official visit to the Kingdom of Cambodia "
        "yesterday.\n\nSecretary Grant paid a courtesy call on Samdech Moha Borvor Thipadei "
        "Sok Dara, Prime Minister of the Kingdom of Cambodia. The Prime Minister welcomed the "
        "visit.\n\nThe Secretary then held bilateral talks with H.E. General Chan Vibol, "
        "Deputy Prime Minister and Minister of National Defence, who had attended the "
        "Shangri-La Dialogue in Singapore.\n"
    )
    talks = next(e for e in ex.events if e.kind == "bilateral-meeting")
    assert sorted(talks.participants) == ["Chan Vibol", "Paul Grant"]
    assert (sorted(talks.countries), talks.place) == (["KH", "US"], None)
    assert ex.persons["Sok Dara"].country == "KH"
    assert _people("Samdech Akka Moha Sena Padei Techo Sok Dara, President of the Senate.") == [
        ("Sok Dara", None, ["other"])
    ]


def test_initials_and_senators_and_a_two_plus_two_meeting_in_indonesian() -> None:
    # Invented people: "L.P." initials drop from a canonical name; "Senator" is a title; a
    # "(2+2)" meeting of foreign and defence ministers is a bilateral meeting.
    assert _people("Menteri Luar Negeri RI Sri L.P. Wahyuni tiba.") == [
        ("Sri Wahyuni", "ID", ["other"])
    ]
    assert _people("Foreign Minister Senator Jane Cole arrived.")[0][0] == "Jane Cole"
    ex = _read(
        "KEMENTERIAN PERTAHANAN REPUBLIK INDONESIA\n\nSIARAN PERS\n\nJUDUL UJI COBA\n\n"
        "Jakarta – Menteri Pertahanan RI Budi Santoso menerima Menteri Pertahanan Australia "
        "Paul Grant dalam Pertemuan Menteri Luar Negeri dan Menteri Pertahanan (2+2) "
        "Indonesia–Australia ke-7 di Jakarta, Kamis (9/9/2021).\n"
    )
    meeting = next(e for e in ex.events if e.kind == "bilateral-meeting")
    assert (sorted(meeting.countries), meeting.start) == (["AU", "ID"], dt.date(2021, 9, 9))


def test_a_post_then_the_honourable_and_the_name() -> None:
    assert _people(
        "They met the Deputy Prime Minister and Minister for Defence of Australia, the Hon. "
        "Paul Grant MP, in Canberra."
    ) == [("Paul Grant", "AU", ["deputy-prime-minister", "defence-minister"])]


def test_an_exercise_witnessed_and_an_indian_title() -> None:
    ex = _read(
        "DEPARTMENT OF NATIONAL DEFENSE\n\nPRESS RELEASE\n\nA TEST TITLE FOR THIS RELEASE\n\n"
        "SAN ANTONIO, Zambales — Secretary of National Defense Jose Ramos and Australian "
        "Minister for Defence Paul Grant on 25 August 2023 witnessed the amphibious assault of "
        "Exercise Blue Reef 2023 in San Antonio, Zambales.\n\n-END-\n\n25 August 2023\n"
    )
    exercise = next(e for e in ex.events if e.kind == "exercise")
    assert sorted(exercise.countries) == ["AU", "PH"]
    assert _people("Shri Arjun Mehta, Defence Minister of India, arrived.") == [
        ("Arjun Mehta", "IN", ["defence-minister"])
    ]


def test_a_meeting_by_video_conference_has_no_venue() -> None:
    ex = _read(
        "CHAIRMAN'S STATEMENT\n\nA TEST TITLE FOR THIS RELEASE\n\nHa Noi, 10 December 2020\n\n"
        "1. The 7th ADMM-Plus was convened via videoconference on 10 December 2020 under the "
        "chairmanship of General Tran Van Minh, Minister of National Defence of Viet Nam.\n"
    )
    (meeting,) = ex.events
    assert (meeting.place, meeting.forum, meeting.start) == (
        None,
        "admm-plus",
        dt.date(2020, 12, 10),
    )


def test_review_cases_ordinals_relative_clauses_observers_patronymics_and_role_lists() -> None:
    # Invented sentences from the review of the rules above; each broke one of them.
    def read(body: str) -> list[tuple[str, list[str], str | None, list[str]]]:
        ex = _read(
            "MINISTRY OF DEFENCE MALAYSIA\n\nPRESS RELEASE\n\nA TEST TITLE FOR THIS RELEASE\n\n"
            f"{body}\n\n-END-\n\n4 March 2025\n"
        )
        return [(e.kind, sorted(e.countries), e.place, e.observers) for e in ex.events]

    # "the first ASEAN country" names no meeting
    assert read("1. Viet Nam became the first ASEAN country to sign it on 3 March 2025.") == []
    # a future relative clause does not make the sentence's meeting a plan
    assert read(
        "1. Dato' Seri Ahmad Faiz, Minister of Defence, who will chair the ADMM in 2025, held a "
        "bilateral meeting with Minister of Defence of Indonesia H.E. Budi Santoso in Vientiane "
        "on 3 March 2025."
    ) == [("bilateral-meeting", ["ID", "MY"], "Vientiane", [])]
    # a relative clause in the present still places the meeting
    assert ("bilateral-meeting", ["ID", "MY"], "Kuala Lumpur", []) in read(
        "1. On 3 March 2025, Minister of Defence Dato' Seri Ahmad Faiz held a bilateral meeting "
        "with Minister of Defence of Indonesia H.E. Budi Santoso, who is in Kuala Lumpur for "
        "talks."
    )
    # "with Singapore attending as an observer": Singapore is not a side
    assert read(
        "1. Exercise Blue Wave 2025 was opened in Kuantan on 3 March 2025 by Malaysia and "
        "Indonesia, with Singapore attending as an observer."
    ) == [("exercise", ["ID", "MY"], "Kuantan", ["SG"])]
    # the father's names after "ibni" end at the verb; a later person is still found
    assert [
        n
        for n, _, _ in _people(
            "His Majesty Sultan Ibrahim ibni Almarhum Sultan Iskandar received Defence Minister "
            "Dato' Seri Ahmad Faiz at the palace."
        )
    ] == ["Ibrahim", "Ahmad Faiz"]
    # "Awang" as a father's name stays; others' roles after a comma are not this person's
    assert _people("Kolonel Mohd Nizam bin Awang, Defence Attache, attended.")[0][0] == (
        "Mohd Nizam Awang"
    )
    assert _people(
        "The delegation comprised Dato' Seri Ahmad Faiz, Minister of Defence, the Chief of "
        "Defence Force, and the Secretary-General."
    )[0] == ("Ahmad Faiz", None, ["defence-minister"])


@pytest.mark.parametrize(
    "text",
    [
        "KENYATAAN MEDIA\n\nLAWATAN MENTERI\n\n1. YB Dato' Ahmad Faiz bin Rahim, Menteri "
        "Pertahanan Malaysia, sedang mengadakan lawatan perkenalan ke Brunei Darussalam dari 3 "
        "hingga 5 Mac 2025.\n\nKEMENTERIAN PERTAHANAN\n5 Mac 2025\n",
        "SIARAN PERS\n\nKUNJUNGAN MENHAN\n\nMenteri Pertahanan Republik Indonesia, Budi "
        "Santoso, melakukan kunjungan perkenalan ke Brunei Darussalam pada 3 sampai 5 Maret "
        "2025.\n\nJakarta, 5 Maret 2025\n",
        "PRESS RELEASE\n\nMINISTER'S VISIT\n\nH.E. Kenji Sato, Minister of Defense of Japan, "
        "paid a maiden visit to Brunei Darussalam from 3 to 5 March 2025.\n\n5 March 2025\n",
    ],
)
def test_an_introductory_or_maiden_visit_is_a_visit(text: str) -> None:
    visit = next(e for e in _read(text).events if e.kind == "visit")
    assert (visit.start, visit.end) == (dt.date(2025, 3, 3), dt.date(2025, 3, 5))
    assert visit.host == "BN"


def test_a_meeting_of_three_countries_ministers_and_a_numbered_dialogue() -> None:
    ex = _read(
        "MINISTRY OF NATIONAL DEFENCE\n\nPRESS RELEASE\n\nA TEST TITLE FOR THIS RELEASE\n\n"
        "Phnom Penh, 12 May 2025\n\nGeneral Tea Banh, Minister of National Defence, hosted "
        "today in Siem Reap the yearly meeting of the Defence Ministers of Cambodia, Thailand "
        "and Myanmar.\n\nOn 10 May General Tea Banh met H.E. Kenji Sato, Minister of Defense of Japan, on the "
        "sidelines of the 9th Seoul Defense Dialogue, held in Seoul from 9 to 11 May 2025."
        "\n"
    )
    kinds = sorted((e.kind, tuple(sorted(e.countries)), e.start) for e in ex.events)
    assert kinds == [
        ("bilateral-meeting", ("JP", "KH"), dt.date(2025, 5, 10)),
        ("multilateral-meeting", ("JP", "KH", "KR"), dt.date(2025, 5, 9)),
        ("multilateral-meeting", ("KH", "MM", "TH"), dt.date(2025, 5, 12)),
    ]


def test_courtesy_calls_from_a_list_of_ministers_one_call_each() -> None:
    ex = _read(
        "KEMENTERIAN PERTAHANAN MALAYSIA\n\nKENYATAAN MEDIA\n\nTAJUK UJIAN KENYATAAN INI\n\n"
        "1. Mesyuarat Menteri-Menteri Pertahanan ASEAN (ADMM) telah berlangsung pada 3 Mac 2025 "
        "di Kuala Lumpur.\n\n2. Selepas mesyuarat, YB Dato' Seri Ahmad Faiz bin Rahim, Menteri "
        "Pertahanan, menerima kunjungan hormat daripada TYT Budi Santoso, Menteri Pertahanan "
        "Indonesia; TYT Tan Ah Kow, Menteri Pertahanan Singapura; dan TYT Somchai Dee, Menteri "
        "Pertahanan Thailand.\n\n-TAMAT-\n\n3 Mac 2025\n"
    )
    calls = sorted(
        (tuple(sorted(e.countries)), tuple(e.participants), e.place)
        for e in ex.events
        if e.kind == "courtesy-call"
    )
    assert calls == [
        (("ID", "MY"), ("Ahmad Faiz Rahim", "Budi Santoso"), "Kuala Lumpur"),
        (("MY", "SG"), ("Ahmad Faiz Rahim", "Tan Ah Kow"), "Kuala Lumpur"),
        (("MY", "TH"), ("Ahmad Faiz Rahim", "Somchai Dee"), "Kuala Lumpur"),
    ]
    assert all(e.evidence for e in ex.events)


def test_the_forum_at_the_head_of_a_sentence_is_the_one_in_hand() -> None:
    ex = _read(
        "SIARAN PERS\n\nJUDUL UJI SIARAN INI\n\nSingapura – Menteri Pertahanan RI Budi Santoso "
        "berpidato pada forum Shangri-La Dialogue di Singapura, Sabtu (7/6/2025).\n\nForum "
        "tahunan yang berlangsung dari 6 hingga 8 Juni 2025 itu dihadiri antara lain Menteri "
        "Pertahanan Jepang Kenji Sato dan Menteri Pertahanan Filipina Gilberto Teodoro.\n\n"
        "Jakarta, 7 Juni 2025\n"
    )
    (sld,) = ex.events
    assert (sld.forum, sld.kind) == ("shangri-la-dialogue", "multilateral-meeting")
    assert (sld.start, sld.end) == (dt.date(2025, 6, 6), dt.date(2025, 6, 8))
    assert sorted(sld.countries) == ["ID", "JP", "PH", "SG"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "H.E. Dato' Seri Faizal bin Tun Rahman, Minister of Defence of Malaysia, arrived.",
            [("Faizal Rahman", "MY", ["defence-minister"])],
        ),
        (
            "He met General Aung Tun Oo, Minister of Defence of Myanmar, on Monday.",
            [("Aung Tun Oo", "MM", ["defence-minister"])],
        ),
        (
            "Hadir sama ialah YB Dato' Sri Faizal bin Dato Paduka Haji Abdul Rahman, Menteri Pertahanan.",
            [("Faizal Abdul Rahman", None, ["defence-minister"])],
        ),
        (
            "Yang Terutama Kenji Sato, Menteri Pertahanan Jepun, turut hadir.",
            [("Kenji Sato", "JP", ["defence-minister"])],
        ),
        (
            "Commander of the United States Pacific Fleet Command, Admiral John Carter, arrived.",
            [("John Carter", "US", ["other"])],
        ),
        (
            "Present were Mr Jose Belo, Minister of Defence and Security of Timor-Leste, and "
            "Mr John Reid, Minister for Defence of Australia.",
            [("Jose Belo", "TL", ["defence-minister"]), ("John Reid", "AU", ["defence-minister"])],
        ),
        (
            "President of the Philippine Senate Defense Committee, Senator Jose Cruz, spoke.",
            [("Jose Cruz", "PH", ["other"])],
        ),
        (
            "Australia was represented by Minister for Defence Industry John Reid.",
            [("John Reid", "AU", ["other"])],
        ),
        (
            "He met Republic of Korea (ROK) Minister of National Defense Kim Min-su today.",
            [("Kim Min-su", "KR", ["defence-minister"])],
        ),
        (
            "They praised the General Border Committee, and President Smt Asha Devi spoke.",
            [("Asha Devi", None, ["head-of-state"])],
        ),
    ],
)
def test_titles_inside_names_and_bodies_after_a_rank(sentence: str, expected: list) -> None:
    assert _people(sentence) == expected


def test_undated_visit_of_several_days_background_exercise_and_a_closed_relative() -> None:
    ex = _read(
        "KEMENTERIAN PERTAHANAN MALAYSIA\n\nKENYATAAN MEDIA\n\nTAJUK UJIAN KENYATAAN INI\n\n"
        "1. YB Dato' Seri Ahmad Faiz bin Rahim, Menteri Pertahanan, sedang berada di Vietnam "
        "bagi satu lawatan kerja selama tiga hari. Lawatan ini diadakan sempena pameran "
        "pertahanan yang berlangsung di Hanoi dari 10 hingga 13 Disember 2024.\n\n"
        "2. Hari ini, Rabu (11 Disember), beliau mengadakan pertemuan dua hala dengan Jeneral "
        "Nguyen Van Binh, Menteri Pertahanan Vietnam. Kedua-dua negara juga telah menyertai "
        "Eksesais Komodo yang dihoskan oleh Indonesia dan Amerika Syarikat.\n\n3. Malaysia "
        "mencadangkan satu Memorandum Persefahaman (MoU) mengenai kerjasama pertahanan. MoU "
        "yang dicadangkan itu akan meliputi latihan bersama.\n\n-TAMAT-\n\n11 Disember 2024\n"
    )
    assert [(e.kind, sorted(e.countries), e.start) for e in ex.events] == [
        ("bilateral-meeting", ["MY", "VN"], dt.date(2024, 12, 11))
    ]
    assert [(a.kind, sorted(a.parties), a.status) for a in ex.agreements] == [
        ("mou", ["MY", "VN"], "proposed")
    ]


def test_co_chaired_talks_their_minutes_and_past_agreements_listed() -> None:
    ex = _read(
        "MINISTRY OF NATIONAL DEFENCE\n\nNEWS\n\nA TEST TITLE FOR THIS RELEASE\n\n"
        "Ha Noi, 5 April 2025\n\nThe third Viet Nam-Cambodia Defence Policy Dialogue took place "
        "in Ha Noi on 4 April. The talks were co-chaired by Lieutenant General Tran "
        "Van Nam, Deputy Minister of National Defence of Viet Nam, and General Sok Dara, "
        "Deputy Minister of National Defence of Cambodia. Both heads of delegation then signed "
        "the minutes of the meeting. Viet Nam has previously signed similar MoUs with Laos, "
        "Thailand and Indonesia.\n"
    )
    (talks,) = ex.events
    assert (talks.kind, sorted(talks.countries), talks.start) == (
        "bilateral-meeting",
        ["KH", "VN"],
        dt.date(2025, 4, 4),
    )
    assert talks.participants == ["Tran Van Nam", "Sok Dara"]
    assert [(a.kind, sorted(a.parties), a.status, a.concluded_at) for a in ex.agreements] == [
        ("agreement", ["KH", "VN"], "signed", talks.key)
    ]


def test_an_audience_at_a_palace_and_a_venue_then_its_city() -> None:
    ex = _read(
        "KEMENTERIAN PERTAHANAN\n\nSIARAN AKHBAR\n\nTAJUK UJIAN KENYATAAN INI\n\n"
        "Kebawah Duli Yang Maha Mulia Paduka Seri Baginda Sultan Haji Hassanal Bolkiah, Sultan "
        "dan Yang Di-Pertuan Negara Brunei Darussalam, berkenan menerima mengadap Yang "
        "Berhormat Dato' Seri Ahmad Faiz bin Rahim, Menteri Pertahanan Malaysia, di Istana "
        "Nurul Iman pada 3 Mac 2025.\n\n3 Mac 2025\n"
    )
    (call,) = ex.events
    assert (call.kind, sorted(call.countries), call.place) == (
        "courtesy-call",
        ["BN", "MY"],
        "Istana Nurul Iman",
    )
    reader = _reader()
    assert reader._place("di Istana Merdeka, Jakarta, pada Senin") == ("Jakarta", "ID")
    assert reader._place("at the Shangri-La Hotel, Singapore, on Friday") == (
        "Shangri-La Hotel",
        "SG",
    )
    # "Kem" (camp) is a place word only as a whole word, not the start of "Kementerian".
    assert reader._place("di Gedung Merdeka, Kementerian Luar Negeri, Jakarta") == (
        "Jakarta",
        "ID",
    )
    # A city-state's name is its country's, unless it is where a visit goes.
    assert reader._place("reaffirmed the ties between Singapore and China") == (None, None)
    assert reader._place("Singapore from 3 to 5 May", destination=True) == ("Singapore", "SG")
    assert reader._place("received him at Kuala Lumpur", strict=True) == ("Kuala Lumpur", "MY")
    assert reader._place("Menteri Pertahanan Malaysia, Kuala Lumpur", strict=True) == (None, None)


def _reader():
    from kg.extract.reader import ReleaseReader

    return ReleaseReader(load_lexicon())


def test_a_country_after_and_is_the_next_persons_and_a_call_is_not_the_talks() -> None:
    ex = _read(
        "MINISTRY OF DEFENCE SINGAPORE\n\nNEWS RELEASE\n\nA TEST TITLE FOR THIS RELEASE\n\n"
        "3 Mar 2025\n\nMinister for Defence Mr Tan Ah Kow and Japanese Bouei Daijin (Defence "
        "Minister) Mr Kenji Sato co-chaired the 4th Singapore-Japan Defence Ministers' Dialogue "
        "in Tokyo on Monday (3 Mar). Mr Tan is in Japan for an official visit from 2 to 4 March "
        "2025.\n\nThat afternoon, Mr Tan called on Prime Minister of Japan Mr Taro Yamada at "
        "the Kantei.\n"
    )
    assert (ex.persons["Tan Ah Kow"].country, ex.persons["Kenji Sato"].country) == ("SG", "JP")
    kinds = {e.kind: e for e in ex.events}
    assert sorted(kinds) == ["bilateral-meeting", "courtesy-call", "visit"]
    assert kinds["courtesy-call"].participants == ["Tan Ah Kow", "Taro Yamada"]
    assert kinds["courtesy-call"].parent == kinds["visit"].key
    assert kinds["bilateral-meeting"].parent == kinds["visit"].key


def test_a_named_meeting_held_in_an_earlier_month_is_background() -> None:
    ex = _read(
        "THAI MINISTRY OF DEFENCE\n\nPRESS RELEASE\n\nA TEST TITLE FOR THIS RELEASE\n\n"
        "Bangkok, 30 August 2024 – General Somchai Dee, Minister of Defence, held talks with H.E. "
        "Budi Santoso, Minister of Defence of Indonesia, this morning. Both sides welcomed the "
        "decisions of the 12th Thailand-Malaysia Joint Commission meeting, held in Kuala Lumpur in "
        "May.\n"
    )
    assert [(e.kind, e.start, e.place) for e in ex.events] == [
        ("bilateral-meeting", dt.date(2024, 8, 30), "Bangkok")
    ]


def test_a_head_of_government_receiving_a_visiting_minister_is_a_courtesy_call() -> None:
    ex = _read(
        "MINISTRY OF NATIONAL DEFENCE\n\nNEWS\n\nA TEST TITLE FOR THIS RELEASE\n\n"
        "Ha Noi, 4 March 2025 - General Sok Dara, Minister of National Defence of Cambodia, is "
        "paying an official visit to Viet Nam from 3 to 5 March. This morning, the two ministers "
        "held talks. Also on Tuesday, Prime Minister Tran Van Minh received General Sok Dara.\n"
    )
    kinds = sorted((e.kind, e.start, e.end) for e in ex.events)
    assert kinds == [
        ("bilateral-meeting", dt.date(2025, 3, 4), dt.date(2025, 3, 4)),
        ("courtesy-call", dt.date(2025, 3, 4), dt.date(2025, 3, 4)),
        ("visit", dt.date(2025, 3, 3), dt.date(2025, 3, 5)),
    ]


def test_a_committee_named_with_a_long_gloss_and_an_exercise_named_in_quotes() -> None:
    ex = _read(
        "KEMENTERIAN PERTAHANAN MALAYSIA\n\nKENYATAAN MEDIA\n\nTAJUK UJIAN KENYATAAN INI\n\n"
        "1. YB Dato' Seri Ahmad Faiz bin Rahim telah mempengerusikan bersama Mesyuarat "
        "Jawatankuasa Bersama Pertahanan (Joint Defence Committee, JDC) Malaysia-Jepun Ke-3 bersama "
        "TYT Kenji Sato, Menteri Pertahanan Jepun, di Kuala Lumpur pada 3 Mac 2025.\n\n"
        "-TAMAT-\n\n3 Mac 2025\n"
    )
    assert [(e.kind, sorted(e.countries), e.place) for e in ex.events] == [
        ("bilateral-meeting", ["JP", "MY"], "Kuala Lumpur")
    ]
    ex = _read(
        "MINISTRY OF NATIONAL DEFENCE\n\nPRESS RELEASE\n\nA TEST TITLE FOR THIS RELEASE\n\n"
        'Kampot, 5 April 2025 - The sixth Cambodia-Thailand joint military exercise, "Golden '
        'Lotus 2025", came to a close today with a live drill in Kampot province.\n'
    )
    assert [(e.kind, sorted(e.countries)) for e in ex.events] == [("exercise", ["KH", "TH"])]


def test_a_signing_on_the_sidelines_is_a_meeting_inside_the_larger_one() -> None:
    ex = _read(
        "DEPARTMENT OF NATIONAL DEFENSE\n\nPRESS RELEASE\n\nA TEST TITLE FOR THIS RELEASE\n\n"
        "KUALA LUMPUR, 3 March 2025 - The Philippines and Cambodia on Monday signed a Memorandum "
        "of Understanding on defense cooperation, on the sidelines of the ASEAN Defence "
        "Ministers' Meeting (ADMM) held in Kuala Lumpur.\n"
    )
    admm = next(e for e in ex.events if e.forum == "admm")
    side = next(e for e in ex.events if e.kind == "bilateral-meeting")
    assert (side.parent, sorted(side.countries)) == (admm.key, ["KH", "PH"])
    (mou,) = ex.agreements
    assert (mou.kind, mou.status, mou.concluded_at) == ("mou", "signed", side.key)


def test_meeting_a_group_is_no_bilateral_meeting_and_talks_in_indonesian() -> None:
    ex = _read(
        "SIARAN PERS\n\nJUDUL UJI SIARAN INI\n\nAnkara – Menteri Pertahanan RI Budi Santoso "
        "melaksanakan kunjungan kerja ke Turki pada 3–5 Maret 2025. Mengawali kunjungannya, "
        "Menhan Budi bertemu dengan jajaran Angkatan Laut Turki di Gölcük. Selasa (4/3), Menhan "
        "melakukan pembicaraan bilateral dengan Menteri Pertahanan Nasional Turki Yusuf Demir."
        "\n\nJakarta, 5 Maret 2025\n"
    )
    kinds = sorted((e.kind, e.start) for e in ex.events)
    assert kinds == [
        ("bilateral-meeting", dt.date(2025, 3, 4)),
        ("visit", dt.date(2025, 3, 3)),
    ]


def _kinds(text: str, language: str = "en") -> list[tuple[str, list[str]]]:
    head = {
        "en": "MINISTRY OF DEFENCE MALAYSIA\n\nPRESS RELEASE\n\nA TITLE FOR THIS RELEASE\n\n",
        "ms": "KEMENTERIAN PERTAHANAN MALAYSIA\n\nKENYATAAN MEDIA\n\nTAJUK UJIAN KENYATAAN INI\n\n",
        "id": "KEMENTERIAN PERTAHANAN REPUBLIK INDONESIA\n\nSIARAN PERS\n\nJUDUL UJI SIARAN INI\n\n",
    }[language]
    date = {"en": "3 March 2025", "ms": "3 Mac 2025", "id": "Jakarta, 3 Maret 2025"}[language]
    ex = _read(f"{head}{text}\n\n{date}\n")
    return sorted((e.kind, sorted(e.countries)) for e in ex.events) + sorted(
        (f"{a.kind}:{a.status}", sorted(a.parties)) for a in ex.agreements
    )


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # A meeting named at the head of a sentence is still a meeting.
        (
            "The Malaysia-Japan Vice-Ministerial Defence Dialogue was held in Tokyo on 3 March "
            "2025.",
            "en",
            [("bilateral-meeting", ["JP", "MY"])],
        ),
        # "pernah" qualifying another verb does not make today's signing background.
        (
            "Indonesia dan Malaysia yang pernah bekerja sama dalam misi perdamaian "
            "menandatangani Nota Kesepahaman (MoU) kerja sama pertahanan di Jakarta pada 3 "
            "Maret 2025.",
            "id",
            [("mou:signed", ["ID", "MY"])],
        ),
        # "yang ditandatangani pada hari ini" refers to no earlier agreement.
        (
            "1. Pada 28 Februari 2025, Malaysia dan Thailand telah bersetuju untuk merundingkan "
            "satu Memorandum Persefahaman (MoU) mengenai industri pertahanan.\n\n2. Kedua-dua "
            "negara turut menyaksikan MoU yang ditandatangani pada hari ini oleh Malaysia dan "
            "Vietnam bagi kerjasama latihan.",
            "ms",
            [("mou:signed", ["MY", "VN"])],
        ),
        # Countries of a patrol named in a meeting's sentence are no meeting of theirs.
        (
            "1. Defence Minister Dato' Seri Ahmad Faiz bin Rahim met General Somchai Dee, "
            "Minister of Defence of Thailand, on 3 March 2025. During the meeting, both ministers "
            "welcomed the trilateral maritime patrol by Indonesia, Malaysia and the Philippines.",
            "en",
            [("bilateral-meeting", ["MY", "TH"])],
        ),
        # A welcome at the airport is no courtesy call.
        (
            "1. General Sok Dara, Minister of National Defence of Cambodia, is on an official "
            "visit to Malaysia from 3 to 5 March 2025. On arrival on 2 March 2025, Deputy "
            "Defence Minister Adly Zahari received General Sok Dara at the Kuala Lumpur "
            "International Airport.",
            "en",
            [("visit", ["KH", "MY"])],
        ),
        # Someone accompanying a caller is no caller.
        (
            "1. Defence Minister Dato' Seri Ahmad Faiz bin Rahim received a courtesy call from "
            "H.E. Kenji Sato, Minister of Defense of Japan, accompanied by H.E. John Smith, "
            "Ambassador of the United States, at Wisma Pertahanan on 3 March 2025.",
            "en",
            [("courtesy-call", ["JP", "MY"])],
        ),
        # Companies' MoU witnessed on the sidelines: no meeting of two states.
        (
            "1. Defence Minister Dato' Seri Ahmad Faiz bin Rahim witnessed the signing of a "
            "Memorandum of Understanding between Malaysian and Turkish defence companies on the "
            "sidelines of the ASEAN Defence Ministers' Meeting (ADMM) in Kuala Lumpur on 3 "
            "March 2025.",
            "en",
            [
                (
                    "multilateral-meeting",
                    ["BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "VN"],
                ),
                ("mou:signed", ["MY", "TR"]),
            ],
        ),
        # An exercise's length is not the visit's.
        (
            "1. Defence Minister Dato' Seri Ahmad Faiz bin Rahim is on a working visit to "
            "Thailand, where he will observe the 11-day Exercise Cobra Gold. The visit runs "
            "from 2 to 4 March 2025.",
            "en",
            [("visit", ["MY", "TH"])],
        ),
        # An exercise that started, with no day said, is still reported.
        (
            "1. Exercise Bersama Shield 2025 commenced at RMAF Butterworth Air Base with the "
            "participation of the armed forces of Malaysia, Singapore, Australia, New Zealand "
            "and the United Kingdom.",
            "en",
            [("exercise", ["AU", "GB", "MY", "NZ", "SG"])],
        ),
    ],
)
def test_review_cases_of_the_new_rules(text: str, language: str, expected: list) -> None:
    assert _kinds(text, language) == expected


def test_a_forum_whose_full_name_is_a_meeting_needs_no_other_cue() -> None:
    ex = _read(
        "MINISTRY OF DEFENCE\n\nPRESS RELEASE\n\nA TEST TITLE FOR THIS RELEASE\n\n"
        "Dili, 17 November 2023 – Timor-Leste took its seat at the ASEAN Defence Ministers' "
        "Meeting-Plus, which met in Jakarta on Thursday.\n"
    )
    assert [(e.forum, e.start, e.place) for e in ex.events] == [
        ("admm-plus", dt.date(2023, 11, 16), "Jakarta")
    ]


def test_a_visit_named_by_its_length_and_a_joint_exercise_named_before_its_cue() -> None:
    ex = _read(
        "DEPARTMENT OF NATIONAL DEFENSE\n\nPRESS RELEASE\n\nA TEST TITLE FOR THIS RELEASE\n\n"
        "MANILA, 4 March 2025 - Minister Kenji Sato, Minister of Defense of Japan, came on "
        "Monday for a three-day visit, during which he toured Subic Bay.\n"
    )
    (visit,) = ex.events
    assert (visit.kind, sorted(visit.countries), visit.start, visit.end) == (
        "visit",
        ["JP", "PH"],
        dt.date(2025, 3, 3),
        dt.date(2025, 3, 5),
    )
    ex = _read(
        "MINISTRY OF NATIONAL DEFENCE\n\nPRESS RELEASE\n\nA TEST TITLE FOR THIS RELEASE\n\n"
        "Phnom Penh, 14 May 2025\n\nThe armies of Cambodia and Laos on Wednesday opened Mekong "
        "Friendship 2025, the third edition of the joint exercise between the two forces.\n"
    )
    assert [(e.kind, sorted(e.countries), e.start) for e in ex.events] == [
        ("exercise", ["KH", "LA"], dt.date(2025, 5, 14))
    ]


def test_asean_ministers_meeting_one_partner_after_the_meeting_in_hand() -> None:
    ex = _read(
        "MINISTRY OF NATIONAL DEFENCE\n\nPRESS RELEASE\n\nA TEST TITLE FOR THIS RELEASE\n\n"
        "Ha Noi, 10 December 2020\n\n1. The 7th ADMM-Plus was held by video conference today, "
        "chaired by General Tran Van Minh, Minister of National Defence of Viet Nam.\n\n"
        "2. Following the Meeting, the ASEAN Defence Ministers held an informal meeting with the "
        "Minister of Defence of New Zealand.\n"
    )
    informal = next(e for e in ex.events if e.forum is None)
    assert informal.kind == "multilateral-meeting"
    assert informal.countries == sorted(
        ["BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "VN", "NZ"]
    )
    assert informal.start == dt.date(2020, 12, 10)
