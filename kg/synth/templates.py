"""Sentence templates of synthetic releases, in Malay (ms), Indonesian (id) and English (en).

Each key is one beat of a story (a lead, a discussion, a signing …) and holds, per
language, several phrasings as ``str.format`` templates. The stories of
:mod:`kg.synth.stories` pick one at random and fill it with names, places, dates and
topic phrases. The wording is this project's own.

Placeholders: ``who``/``who_s`` (the ministry's principal in full with post / short),
``other`` (a counterpart in full), ``meeting``/``meeting_s``/``meeting_l`` (a meeting's
name / "The Meeting" / "the Meeting"), ``place``, ``when`` (a date phrase with its
preposition), ``topics`` (joined topic phrases), ``ag`` (an agreement's name), and a few
beat-specific ones named in the beat.

>>> sorted(T["multi.lead"])
['en', 'id', 'ms']
"""

from __future__ import annotations

__all__ = ["T"]

T: dict[str, dict[str, tuple[str, ...]]] = {
    # -- multilateral meetings, as a participating ministry reports them -------------------
    "multi.lead": {
        "en": (
            "{who} attended {meeting} in {place} {when}.",
            "{who} led the {demonym} delegation to {meeting}, held in {place} {when}.",
            "{who} took part in {meeting}, which was held in {place} {when}.",
        ),
        "ms": (
            "{who} telah menghadiri {meeting} di {place} {when}.",
            "{who} telah mengetuai delegasi {own} ke {meeting} yang berlangsung di {place} {when}.",
            "{who} telah menyertai {meeting} yang diadakan di {place} {when}.",
        ),
        "id": (
            "{who} menghadiri {meeting} di {place}, {when}.",
            "{who} memimpin delegasi {own} pada {meeting} yang digelar di {place}, {when}.",
            "{who} mengikuti {meeting} yang berlangsung di {place}, {when}.",
        ),
    },
    "multi.represented": {
        "en": (
            "{who} led the {demonym} delegation to {meeting} in {place} {when}, on behalf of {minister}.",
        ),
        "ms": ("{who} telah mewakili {minister} ke {meeting} di {place} {when}.",),
        "id": (
            "{who} mewakili {minister} memimpin delegasi {own} pada {meeting} di {place}, {when}.",
        ),
    },
    "multi.chair": {
        "en": (
            "{meeting_s} was chaired by {chair} and attended by {attendance}.",
            "Chaired by {chair}, {meeting_l} brought together {attendance}.",
            "{chair} chaired {meeting_l}, which was attended by {attendance}.",
        ),
        "ms": (
            "{meeting_s} telah dipengerusikan oleh {chair} dan disertai oleh {attendance}.",
            "{meeting_s} yang dipengerusikan oleh {chair} turut dihadiri oleh {attendance}.",
        ),
        "id": (
            "{meeting_s} dipimpin oleh {chair} dan dihadiri oleh {attendance}.",
            "Pertemuan yang dipimpin oleh {chair} tersebut mempertemukan {attendance}.",
        ),
    },
    "multi.attended": {
        "en": (
            "{meeting_s} was attended by {attendance}.",
            "{meeting_s} brought together {attendance}.",
        ),
        "ms": (
            "{meeting_s} telah disertai oleh {attendance}.",
            "{meeting_s} menghimpunkan {attendance}.",
        ),
        "id": (
            "{meeting_s} dihadiri oleh {attendance}.",
            "{meeting_s} mempertemukan {attendance}.",
        ),
    },
    "multi.observer": {
        "en": ("Timor-Leste attended as an observer.", "Timor-Leste took part as an observer."),
        "ms": ("Timor-Leste turut hadir sebagai pemerhati.",),
        "id": (
            "Timor-Leste hadir sebagai pengamat.",
            "Timor-Leste turut hadir sebagai negara pengamat.",
        ),
    },
    "multi.observer_named": {
        "en": ("Timor-Leste, represented by {obs}, attended as an observer.",),
        "ms": ("Timor-Leste yang diwakili oleh {obs} turut hadir sebagai pemerhati.",),
        "id": ("Timor-Leste, yang diwakili oleh {obs}, hadir sebagai pengamat.",),
    },
    "multi.discuss": {
        "en": (
            "The Ministers exchanged views on {topics}.",
            "Discussions at {meeting_l} centred on {topics}.",
            "The Ministers discussed {topics}.",
        ),
        "ms": (
            "{meeting_s} telah membincangkan {topics}.",
            "Menteri-Menteri Pertahanan telah bertukar-tukar pandangan mengenai {topics}.",
            "Pelbagai perkara telah dibincangkan termasuk {topics}.",
        ),
        "id": (
            "Dalam pertemuan tersebut, para menteri membahas {topics}.",
            "Para menteri bertukar pandangan mengenai {topics}.",
            "Sejumlah isu dibahas dalam pertemuan ini, antara lain {topics}.",
        ),
    },
    "multi.stress": {
        "en": (
            "In {poss} intervention, {who_s} highlighted {topics}.",
            "{who_s} also shared {own}'s perspective on {topics}.",
        ),
        "ms": (
            "Dalam ucapannya, {who_s} turut menyentuh mengenai {topics}.",
            "{who_s} turut berkongsi pandangan {own} mengenai {topics}.",
        ),
        "id": (
            "Dalam kesempatan tersebut, {who_s} menyoroti {topics}.",
            "{who_s} juga menyampaikan pandangan {own} mengenai {topics}.",
        ),
    },
    "multi.adopt": {
        "en": (
            "At the close of {meeting_l}, the Ministers adopted {doc}.",
            "The Ministers also adopted {doc}.",
            "{meeting_s} concluded with the adoption of {doc}.",
        ),
        "ms": (
            "Pada penghujung {meeting_l}, {doc} telah dikeluarkan oleh Menteri-Menteri Pertahanan.",
            "{meeting_s} turut menerima pakai {doc}.",
        ),
        "id": (
            "Di akhir pertemuan, para menteri mengadopsi {doc}.",
            "Pertemuan tersebut juga mengesahkan {doc}.",
        ),
    },
    "multi.doc_scope": {
        "en": (
            "In it, the Ministers reaffirmed the importance of {topics}.",
            "The document sets out the Ministers' shared commitment to {topics}.",
        ),
        "ms": (
            "Melalui dokumen tersebut, Menteri-Menteri Pertahanan menegaskan semula kepentingan {topics}.",
        ),
        "id": ("Melalui dokumen tersebut, para menteri menegaskan kembali pentingnya {topics}.",),
    },
    "multi.others": {
        "en": ("The meeting was also attended by {others}.", "{others} also took part."),
        "ms": ("{meeting_s} turut dihadiri oleh {others}.",),
        "id": ("Pertemuan tersebut turut dihadiri {others}.",),
    },
    "multi.hosted": {
        "en": ("The meeting was hosted by {host}.", "{host} hosted the meeting."),
        "ms": ("{host} bertindak selaku tuan rumah.",),
        "id": ("{host} bertindak selaku tuan rumah.",),
    },
    "future.admm": {
        "en": (
            "The next ADMM will be held in {next} in {year}.",
            "{next} will host the ADMM in {year}.",
        ),
        "ms": (
            "ADMM seterusnya akan diadakan di {next} pada tahun {year}.",
            "{next} akan menjadi tuan rumah ADMM pada tahun {year}.",
        ),
        "id": (
            "ADMM berikutnya akan digelar di {next} pada tahun {year}.",
            "{next} akan menjadi tuan rumah ADMM pada tahun {year}.",
        ),
    },
    "future.meeting": {
        "en": (
            "The next meeting is scheduled to be held in {place} in {year}.",
            "The Ministers agreed to meet again in {place} next year.",
        ),
        "ms": (
            "Mesyuarat seterusnya dijadualkan diadakan di {place} pada tahun {year}.",
            "Pertemuan seterusnya akan diadakan di {place} pada tahun hadapan.",
        ),
        "id": (
            "Pertemuan berikutnya akan diselenggarakan di {place} pada tahun {year}.",
            "Pertemuan berikutnya akan digelar di {place} tahun depan.",
        ),
    },
    # -- meetings on the sidelines ---------------------------------------------------------
    "side.bilateral": {
        "en": (
            "On the sidelines of {meeting_short}, {who_s} held a bilateral meeting with {other}{when}.",
            "{who_s} also met {other} on the margins of {meeting_short}{when}.",
            "On the sidelines of {meeting_short}, {who_s} held talks with {other}{when}.",
        ),
        "ms": (
            "Di sela-sela {meeting_short}, {who_s} turut mengadakan pertemuan dua hala dengan {other}{when}.",
            "{who_s} juga berkesempatan mengadakan pertemuan dua hala dengan {other} di sela-sela {meeting_short}{when}.",
        ),
        "id": (
            "Di sela-sela {meeting_short}, {who_s} melakukan pertemuan bilateral dengan {other}{when}.",
            "{who_s} juga bertemu dengan {other} di sela-sela {meeting_short}{when}.",
        ),
    },
    "side.call": {
        "en": (
            "On the sidelines of {meeting_short}, {who_s} paid a courtesy call on {other}{when}.",
        ),
        "ms": (
            "Di sela-sela {meeting_short}, {who_s} telah mengadakan kunjungan hormat ke atas {other}{when}.",
        ),
        "id": (
            "Di sela-sela {meeting_short}, {who_s} melakukan kunjungan kehormatan kepada {other}{when}.",
        ),
    },
    "side.discuss": {
        "en": (
            "{Grp} discussed {topics}.",
            "They exchanged views on {topics}.",
            "Both sides discussed {topics}.",
        ),
        "ms": (
            "{Grp} telah membincangkan {topics}.",
            "Pertemuan tersebut menyentuh {topics}.",
            "Kedua-dua pihak turut bertukar pandangan mengenai {topics}.",
        ),
        "id": (
            "{Grp} membahas {topics}.",
            "Dalam pertemuan itu, keduanya membicarakan {topics}.",
            "Kedua pihak bertukar pandangan mengenai {topics}.",
        ),
    },
    # -- Shangri-La Dialogue ------------------------------------------------------------------
    "sld.lead": {
        "en": (
            "{who} led the {demonym} delegation to the {ord} IISS Shangri-La Dialogue, held at the Shangri-La Hotel, Singapore {when}.",
            "{who} attended the {ord} Shangri-La Dialogue at the Shangri-La Hotel in Singapore {when}.",
        ),
        "ms": (
            "{who} telah mengetuai delegasi {own} ke Dialog Shangri-La IISS {ord} yang berlangsung di Hotel Shangri-La, Singapura {when}.",
            "{who} telah menghadiri Dialog Shangri-La {ord} di Hotel Shangri-La, Singapura {when}.",
        ),
        "id": (
            "{who} menghadiri Shangri-La Dialogue {ord} yang digelar di Hotel Shangri-La, Singapura, {when}.",
            "{who} memimpin delegasi {own} pada Shangri-La Dialogue {ord} di Hotel Shangri-La, Singapura, {when}.",
        ),
    },
    "sld.keynote": {
        "en": (
            "The Dialogue opened with a keynote address by {kn}.",
            "{kn} delivered the keynote address at the opening of the Dialogue.",
        ),
        "ms": ("Dialog tersebut dibuka dengan ucaptama oleh {kn}.",),
        "id": ("Dialog dibuka dengan pidato utama oleh {kn}.",),
    },
    "sld.plenary": {
        "en": (
            "During the plenary sessions, {who_s} spoke on {topics}.",
            "{who_s} took part in plenary discussions on {topics}.",
        ),
        "ms": ("Sepanjang dialog, {who_s} menyertai sesi pleno yang membincangkan {topics}.",),
        "id": ("Dalam sesi pleno, {who_s} menyampaikan pandangan mengenai {topics}.",),
    },
    # -- chair's statements (English only) ---------------------------------------------------
    "chair.convened": {
        "en": (
            "The {meeting} was convened {when} in {place}. The Meeting was chaired by {chair}, and attended by {attendance}.",
            "The {meeting} was held {when} in {place} under the chairmanship of {chair}. It was attended by {attendance}.",
        ),
    },
    "chair.observer": {"en": ("Timor-Leste participated in the Meeting as an observer.",)},
    "chair.secgen": {
        "en": (
            "The Secretary-General of ASEAN was also present.",
            "The Secretary-General of ASEAN also attended the Meeting.",
        )
    },
    "chair.discuss": {
        "en": (
            "The Ministers exchanged views on {topics}.",
            "The Ministers discussed {topics} and reaffirmed their shared resolve to work together.",
        )
    },
    "chair.noted": {
        "en": (
            "The Meeting noted the report of the ASEAN Defence Senior Officials' Meeting (ADSOM) and the progress of ADMM practical cooperation.",
            "The Meeting adopted the Concept Paper on {paper} and took note of the work plans of the Experts' Working Groups.",
            "The Ministers welcomed the progress made by the Experts' Working Groups since their last meeting.",
        )
    },
    "chair.adopt": {
        "en": (
            "The Ministers adopted {doc}.",
            "At the conclusion of the Meeting, the Ministers adopted {doc}.",
        )
    },
    "chair.plus": {
        "en": (
            "The Ministers looked forward to the {ord} ADMM-Plus, which will be convened in {place} {when}.",
        )
    },
    "chair.next": {"en": ("The Meeting welcomed {next} as the Chair of the ADMM in {year}.",)},
    "chair.thanks": {
        "en": (
            "The Ministers expressed their appreciation to the Government of {country} for the excellent arrangements made for the Meeting.",
            "The Ministers thanked the Government and people of {country} for their warm hospitality.",
        )
    },
    # -- visits ---------------------------------------------------------------------------
    "visit.out": {
        "en": (
            "{who} made an official visit to {dest} {when}.",
            "{who} was in {dest} for a working visit {when}.",
            "{who} concluded an official visit to {dest}, which took place {when}.",
        ),
        "ms": (
            "{who} telah mengadakan lawatan rasmi ke {dest} {when}.",
            "{who} telah mengadakan lawatan kerja ke {dest} {when}.",
        ),
        "id": (
            "{who} melakukan kunjungan kerja ke {dest} {when}.",
            "{who} melaksanakan kunjungan resmi ke {dest} {when}.",
        ),
    },
    "visit.in": {
        "en": (
            "{who} is in {dest} on an official visit {when}.",
            "{who} made an introductory visit to {dest} {when}.",
            "{who} visited {dest} {when}.",
        ),
        "ms": (
            "{who} telah mengadakan lawatan rasmi ke {dest} {when}.",
            "{who} berada di {dest} bagi lawatan pengenalan {when}.",
        ),
        "id": (
            "{who} melakukan kunjungan resmi ke {dest} {when}.",
            "{who} berada di {dest} dalam rangka kunjungan kerja {when}.",
        ),
    },
    "visit.first": {
        "en": ("This is {poss} first visit to {dest} since taking office.",),
        "ms": ("Ini merupakan lawatan pertama beliau ke {dest} sejak dilantik.",),
        "id": ("Kunjungan ini merupakan kunjungan pertamanya ke {dest} sejak menjabat.",),
    },
    "visit.talks": {
        "en": (
            "During the visit, {a_s} held a bilateral meeting with {b} {venue} {when}.",
            "{a_s} and {b} held talks {venue} {when}.",
            "{a_s} met {b} {venue} {when}.",
        ),
        "ms": (
            "Semasa lawatan tersebut, {a_s} telah mengadakan pertemuan dua hala dengan {b} {venue} {when}.",
            "{a_s} telah bertemu dengan {b} {venue} {when}.",
        ),
        "id": (
            "Dalam kunjungan tersebut, {a_s} melakukan pertemuan bilateral dengan {b} {venue}, {when}.",
            "{a_s} mengadakan pertemuan dengan {b} {venue}, {when}.",
        ),
    },
    "visit.call": {
        "en": (
            "{a_s} also called on {c}{when}.",
            "{a_s} also paid a courtesy call on {c}{when}.",
            "Earlier, {a_s} called on {c}{when}.",
        ),
        "ms": (
            "{a_s} turut mengadakan kunjungan hormat ke atas {c}{when}.",
            "Terdahulu, {a_s} telah mengadakan kunjungan hormat ke atas {c}{when}.",
        ),
        "id": (
            "{a_s} juga melakukan kunjungan kehormatan kepada {c}{when}.",
            "Sebelumnya, {a_s} melakukan kunjungan kehormatan kepada {c}{when}.",
        ),
    },
    # -- courtesy calls -------------------------------------------------------------------
    "call.lead": {
        "en": (
            "{v} called on {h} {venue} {when}.",
            "{h} received a courtesy call from {v} {venue} {when}.",
            "{v} paid a courtesy call on {h} {venue} {when}.",
        ),
        "ms": (
            "{h} telah menerima kunjungan hormat daripada {v} {venue} {when}.",
            "{v} telah mengadakan kunjungan hormat ke atas {h} {venue} {when}.",
        ),
        "id": (
            "{h} menerima kunjungan kehormatan {v} {venue}, {when}.",
            "{v} melakukan kunjungan kehormatan kepada {h} {venue}, {when}.",
        ),
    },
    "call.visit": {
        "en": (
            "{v_s} is in {dest} on an introductory visit {when}.",
            "{v_s} is on an official visit to {dest} {when}.",
        ),
        "ms": (
            "Kunjungan hormat ini diadakan sempena lawatan rasmi {v_s} ke {dest} {when}.",
            "{v_s} berada di {dest} bagi lawatan pengenalan {when}.",
        ),
        "id": ("Kunjungan tersebut merupakan bagian dari kunjungan kerja {v_s} ke {dest} {when}.",),
    },
    "call.present": {
        "en": ("Also present was {x}.", "{x} was also present."),
        "ms": ("Turut hadir ialah {x}.",),
        "id": ("Turut hadir dalam pertemuan tersebut {x}.",),
    },
    "call.discuss": {
        "en": (
            "During the call, the two sides discussed {topics}.",
            "They exchanged views on {topics}.",
            "The meeting covered {topics}.",
        ),
        "ms": (
            "Semasa kunjungan tersebut, kedua-dua pihak telah membincangkan {topics}.",
            "Perbincangan tersebut menyentuh {topics}.",
        ),
        "id": (
            "Dalam pertemuan tersebut, kedua pihak membahas {topics}.",
            "Pertemuan itu membahas {topics}.",
        ),
    },
    # -- agreements -----------------------------------------------------------------------
    "agree.proposed": {
        "en": (
            "{x_s} proposed that the two countries conclude {ag}.",
            "{X} proposed the establishment of {ag} between the two defence ministries.",
        ),
        "ms": (
            "{x_s} turut mencadangkan supaya {ag} dimeterai antara kedua-dua negara.",
            "{X} telah mengemukakan cadangan untuk memeterai {ag} dengan {Y}.",
        ),
        "id": (
            "{X} mengusulkan penyusunan {ag} antara kementerian pertahanan kedua negara.",
            "{x_s} mengusulkan agar kedua negara menyusun {ag}.",
        ),
    },
    "agree.negotiating": {
        "en": (
            "The two sides are negotiating {ag} and agreed to finalise it at an early date.",
            "Both sides welcomed progress in the negotiations on {ag}.",
        ),
        "ms": (
            "Kedua-dua pihak kini sedang berunding bagi memuktamadkan {ag}.",
            "{Grp} mengalu-alukan kemajuan rundingan {ag}.",
        ),
        "id": (
            "Kedua pihak tengah merundingkan {ag} dan sepakat merampungkan naskahnya secepatnya.",
            "{Grp} menyambut baik kemajuan perundingan {ag}.",
        ),
    },
    "agree.signed": {
        "en": (
            "At the end of the meeting, {grp} signed {ag}.",
            "{a_s} and {b_s} also signed {ag}.",
            "The two sides signed {ag} after the talks.",
        ),
        "ms": (
            "Pada akhir pertemuan, {grp} telah memeterai {ag}.",
            "{a_s} dan {b_s} turut menandatangani {ag}.",
        ),
        "id": (
            "Usai pertemuan, {grp} menandatangani {ag}.",
            "{a_s} dan {b_s} juga menandatangani {ag}.",
        ),
    },
    "agree.renewed": {
        "en": (
            "{Grp} also signed the renewal of {ag}, which extends it for a further five years.",
            "Both sides renewed {ag} for another five years.",
        ),
        "ms": ("{Grp} turut menandatangani pembaharuan {ag} bagi tempoh lima tahun lagi.",),
        "id": (
            "{Grp} juga menandatangani pembaruan {ag} untuk lima tahun ke depan.",
            "Dalam pertemuan itu, {ag} diperpanjang untuk lima tahun berikutnya.",
        ),
    },
    "agree.inforce": {
        "en": (
            "{Grp} welcomed the entry into force of {ag} {when}.",
            "{ag_cap}, signed in {year}, entered into force {when}.",
        ),
        "ms": ("{Grp} mengalu-alukan {ag} yang telah berkuat kuasa {when}.",),
        "id": ("{Grp} menyambut baik {ag} yang resmi berlaku {when}.",),
    },
    "agree.scope": {
        "en": (
            "The document covers cooperation in {topics}.",
            "The document provides for cooperation in {topics}.",
        ),
        "ms": ("Dokumen tersebut merangkumi kerjasama dalam bidang {topics}.",),
        "id": ("Dokumen tersebut mencakup kerja sama di bidang {topics}.",),
    },
    "signing.lead": {
        "en": (
            "{a} and {b} signed {ag} {venue} {when}.",
            "{ag_cap} was signed by {a} and {b} {venue} {when}.",
        ),
        "ms": ("{a} dan {b} telah memeterai {ag} {venue} {when}.",),
        "id": ("{a} dan {b} menandatangani {ag} {venue}, {when}.",),
    },
    "signing.meeting": {
        "en": (
            "The signing took place during a bilateral meeting between the two Ministers.",
            "The ceremony followed a bilateral meeting between the two Ministers.",
        ),
        "ms": (
            "Majlis pemeteraian tersebut diadakan semasa pertemuan dua hala antara kedua-dua Menteri.",
        ),
        "id": ("Penandatanganan dilakukan dalam pertemuan bilateral kedua menteri.",),
    },
    "meet.lead": {
        "en": (
            "{a} held a bilateral meeting with {b} {venue} {when}.",
            "{a} met {b} {venue} {when}.",
        ),
        "ms": (
            "{a} telah mengadakan pertemuan dua hala dengan {b} {venue} {when}.",
            "{a} telah bertemu dengan {b} {venue} {when}.",
        ),
        "id": (
            "{a} melakukan pertemuan bilateral dengan {b} {venue}, {when}.",
            "{a} bertemu dengan {b} {venue}, {when}.",
        ),
    },
    "committee.lead": {
        "en": ("The {ord} meeting of the {pair} {committee} was held in {place} {when}.",),
        "ms": ("Mesyuarat {committee} {pair} kali {ord} telah diadakan di {place} {when}.",),
        "id": ("Pertemuan {committee} {pair} {ord} digelar di {place}, {when}.",),
    },
    "committee.led": {
        "en": ("{x} and {y} led their respective delegations.",),
        "ms": ("Delegasi kedua-dua negara masing-masing diketuai oleh {x} dan {y}.",),
        "id": ("Delegasi kedua negara masing-masing dipimpin oleh {x} dan {y}.",),
    },
    # -- exercises ------------------------------------------------------------------------
    "ex.open": {
        "en": (
            "Exercise {name}, a bilateral exercise between {sa} and {sb}, was officially opened {venue} {when}.",
            "The opening ceremony of Exercise {name} between {sa} and {sb} was held {venue} {when}.",
        ),
        "ms": (
            "Eksesais {name} antara {sa} dan {sb} telah dirasmikan {venue} {when}.",
            "Majlis pembukaan Eksesais {name} antara {sa} dan {sb} telah diadakan {venue} {when}.",
        ),
        "id": (
            "Latihan Bersama {name} antara {sa} dan {sb} resmi dibuka {venue}, {when}.",
            "Upacara pembukaan Latihan Bersama {name} antara {sa} dan {sb} digelar {venue}, {when}.",
        ),
    },
    "ex.open_multi": {
        "en": ("Exercise {name}, hosted by {host}, was officially opened {venue} {when}.",),
        "ms": ("Eksesais {name} anjuran {host} telah dirasmikan {venue} {when}.",),
        "id": ("Latihan Bersama {name} yang diselenggarakan {host} resmi dibuka {venue}, {when}.",),
    },
    "ex.close": {
        "en": (
            "Exercise {name} between {sa} and {sb} concluded with a closing ceremony {venue} {when}.",
        ),
        "ms": ("Eksesais {name} antara {sa} dan {sb} telah ditutup secara rasmi {venue} {when}.",),
        "id": ("Latihan Bersama {name} antara {sa} dan {sb} resmi ditutup {venue}, {when}.",),
    },
    "ex.runs": {
        "en": ("The exercise runs {span}.", "The exercise is being held {span}."),
        "ms": ("Eksesais ini berlangsung {span}.",),
        "id": ("Latihan berlangsung {span}.",),
    },
    "ex.ran": {
        "en": ("The exercise was held {span}.",),
        "ms": ("Eksesais tersebut telah berlangsung {span}.",),
        "id": ("Latihan tersebut berlangsung {span}.",),
    },
    "ex.officials": {
        "en": (
            "The ceremony was officiated by {p1} and {p2}.",
            "{p1} and {p2} jointly officiated the ceremony.",
        ),
        "ms": ("Majlis tersebut telah disempurnakan oleh {p1} dan {p2}.",),
        "id": (
            "Upacara tersebut dihadiri oleh {p1} dan {p2}.",
            "{p1} dan {p2} bertindak sebagai inspektur upacara.",
        ),
    },
    "ex.witness": {
        "en": ("The ceremony was witnessed by {p3}.",),
        "ms": ("Majlis tersebut turut disaksikan oleh {p3}.",),
        "id": ("Upacara turut disaksikan oleh {p3}.",),
    },
    "ex.activities": {
        "en": ("The exercise includes {acts}.", "Planned activities include {acts}."),
        "ms": ("Antara aktiviti yang dirancang termasuklah {acts}.",),
        "id": ("Rangkaian latihan meliputi {acts}.",),
    },
    "ex.size": {
        "en": ("Some {n} personnel are taking part.",),
        "ms": ("Seramai kira-kira {n} anggota menyertai eksesais ini.",),
        "id": ("Latihan diikuti sekitar {n} personel.",),
    },
    "ex.participants": {
        "en": ("Personnel from {clist} are taking part in the exercise.",),
        "ms": ("Anggota dari {clist} menyertai eksesais tersebut.",),
        "id": ("Personel dari {clist} ambil bagian dalam latihan ini.",),
    },
    "ex.observers": {
        "en": ("{olist} are attending as observers.",),
        "ms": ("{olist} turut hadir sebagai pemerhati.",),
        "id": ("{olist} hadir sebagai negara peninjau.",),
    },
    "ex.history": {
        "en": (
            "First held in {year}, the exercise takes place every year, alternating between the two countries.",
        ),
        "ms": (
            "Eksesais ini pertama kali diadakan pada tahun {year} dan diadakan setiap tahun secara bergilir antara kedua-dua negara.",
        ),
        "id": (
            "Latihan ini pertama kali digelar pada tahun {year} dan dilaksanakan setiap tahun secara bergantian di kedua negara.",
        ),
    },
    "ex.next": {
        "en": ("Next year's exercise will be held in {country}.",),
        "ms": ("Siri eksesais seterusnya dijangka diadakan di {country} pada tahun hadapan.",),
        "id": ("Latihan berikutnya akan digelar di {country} tahun depan.",),
    },
    # -- background that asserts no event or agreement of the release ----------------------
    "fill.ties": {
        "en": (
            "{A} and {B} enjoy close and long-standing defence relations.",
            "{A} and {B} maintain warm ties across their defence establishments.",
            "Defence relations between {A} and {B} continue to grow steadily.",
        ),
        "ms": (
            "Hubungan pertahanan antara {A} dan {B} kekal erat dan terus berkembang.",
            "{A} dan {B} mempunyai hubungan pertahanan yang erat dan berpanjangan.",
        ),
        "id": (
            "Hubungan pertahanan {A} dan {B} terus terjalin dengan baik.",
            "{A} dan {B} memiliki hubungan pertahanan yang erat dan telah terjalin lama.",
        ),
    },
    "colour.visit": {
        "en": (
            "{v_s} was accorded a guard of honour on arrival.",
            "The visit is at the invitation of {poss} counterpart.",
            "{v_s} is accompanied by senior officials of the Ministry of Defence.",
        ),
        "ms": (
            "Beliau telah disambut dengan kawalan kehormatan utama setibanya di sana.",
            "Lawatan tersebut diadakan atas undangan rakan sejawat beliau.",
            "{v_s} diiringi oleh pegawai-pegawai kanan Kementerian Pertahanan.",
        ),
        "id": (
            "Setibanya di lokasi, {v_s} disambut dengan upacara jajar kehormatan.",
            "Kunjungan tersebut dilakukan atas undangan mitranya.",
            "{v_s} didampingi sejumlah pejabat Kementerian Pertahanan.",
        ),
    },
    "visit.purpose": {
        "en": ("The visit aims to strengthen {topics}.",),
        "ms": ("Lawatan ini bertujuan memperkukuh {topics}.",),
        "id": ("Kunjungan ini bertujuan mempererat {topics}.",),
    },
    "colour.talks": {
        "en": (
            "Both sides expressed satisfaction with the state of relations between the two defence establishments.",
            "{Grp} noted the steady growth of bilateral engagements in recent years.",
        ),
        "ms": (
            "Kedua-dua pihak menyatakan rasa puas hati terhadap perkembangan hubungan antara kedua-dua institusi pertahanan.",
            "{Grp} turut mengambil maklum peningkatan interaksi dua hala sejak beberapa tahun kebelakangan ini.",
        ),
        "id": (
            "Kedua pihak menyatakan kepuasan atas perkembangan hubungan kedua institusi pertahanan.",
            "{Grp} juga mencatat meningkatnya interaksi bilateral dalam beberapa tahun terakhir.",
        ),
    },
    "colour.multi": {
        "en": (
            "The Ministers reaffirmed their commitment to practical cooperation among ASEAN defence establishments.",
            "The Meeting also noted the report of the ASEAN Defence Senior Officials' Meeting (ADSOM).",
        ),
        "ms": (
            "Menteri-Menteri Pertahanan turut menegaskan komitmen terhadap kerjasama praktikal dalam kalangan institusi pertahanan ASEAN.",
            "Mesyuarat tersebut turut mengambil maklum laporan Mesyuarat Pegawai Kanan Pertahanan ASEAN (ADSOM).",
        ),
        "id": (
            "Para menteri menegaskan kembali komitmen terhadap kerja sama praktis di antara lembaga pertahanan ASEAN.",
            "Pertemuan juga mencatat laporan Pertemuan Pejabat Senior Pertahanan ASEAN (ADSOM).",
        ),
    },
    "colour.small": {
        "en": (
            "The Ministers welcomed the close rapport among their defence establishments.",
            "The meeting was held in a cordial and constructive atmosphere.",
        ),
        "ms": (
            "Menteri-Menteri Pertahanan mengalu-alukan hubungan rapat antara institusi pertahanan masing-masing.",
            "Mesyuarat tersebut berlangsung dalam suasana mesra dan membina.",
        ),
        "id": (
            "Para menteri menyambut baik hubungan yang erat di antara lembaga pertahanan masing-masing.",
            "Pertemuan berlangsung dalam suasana hangat dan konstruktif.",
        ),
    },
    "colour.exercise": {
        "en": (
            "The exercise aims to enhance interoperability and mutual understanding between the participating forces.",
            "The exercise is part of a regular series conducted by the participating forces.",
        ),
        "ms": (
            "Eksesais ini bertujuan meningkatkan kesalingoperasian dan persefahaman antara pasukan yang terlibat.",
            "Eksesais ini merupakan sebahagian daripada siri latihan berkala pasukan-pasukan yang terlibat.",
        ),
        "id": (
            "Latihan ini bertujuan meningkatkan interoperabilitas dan saling pengertian antarpasukan.",
            "Latihan ini merupakan bagian dari rangkaian latihan rutin pasukan yang terlibat.",
        ),
    },
    "colour.review": {
        "en": (
            "The two sides also reviewed the progress of bilateral engagements since their last meeting.",
            "Both sides reaffirmed their commitment to maintain regular dialogue at all levels.",
            "{h_s} expressed appreciation for {country}'s support on regional and international platforms.",
        ),
        "ms": (
            "Kedua-dua pihak turut menyemak kemajuan interaksi dua hala sejak pertemuan terakhir.",
            "Kedua-dua pihak menegaskan komitmen untuk mengekalkan dialog secara berkala di semua peringkat.",
            "{h_s} turut merakamkan penghargaan atas sokongan {country} dalam platform serantau dan antarabangsa.",
        ),
        "id": (
            "Kedua pihak juga meninjau kemajuan interaksi bilateral sejak pertemuan terakhir.",
            "Kedua pihak menegaskan komitmen untuk menjaga dialog rutin di semua tingkatan.",
            "{h_s} menyampaikan apresiasi atas dukungan {country} di berbagai forum regional dan internasional.",
        ),
    },
    "pad": {
        "en": (
            "Further information on the Ministry's international engagements is available on its website.",
            "Media queries may be directed to the Ministry's public affairs office.",
            "The Ministry of Defence regularly hosts and receives delegations from partner countries.",
            "These engagements are part of the Ministry's wider programme of defence diplomacy.",
            "Photographs of the engagement are available on the Ministry's social media channels.",
        ),
        "ms": (
            "Maklumat lanjut mengenai penglibatan antarabangsa Kementerian boleh didapati di laman sesawang rasmi Kementerian.",
            "Sebarang pertanyaan media boleh diajukan kepada Bahagian Komunikasi Strategik Kementerian.",
            "Kementerian Pertahanan sentiasa menerima dan menghantar delegasi ke negara-negara rakan.",
            "Penglibatan ini merupakan sebahagian daripada program diplomasi pertahanan Kementerian.",
            "Gambar-gambar berkaitan boleh diperoleh melalui saluran media sosial rasmi Kementerian.",
        ),
        "id": (
            "Informasi lebih lanjut mengenai kegiatan kerja sama internasional Kementerian Pertahanan dapat diakses melalui laman resmi Kemhan.",
            "Pertanyaan media dapat disampaikan kepada biro hubungan masyarakat Kementerian Pertahanan.",
            "Kementerian Pertahanan secara rutin menerima dan mengirim delegasi ke negara-negara mitra.",
            "Kegiatan ini merupakan bagian dari program diplomasi pertahanan Kementerian Pertahanan.",
            "Dokumentasi kegiatan dapat dilihat melalui kanal media sosial resmi Kementerian Pertahanan.",
        ),
    },
    "chair.more": {
        "en": (
            "The Ministers tasked the ASEAN Defence Senior Officials to follow up on the outcomes of the Meeting.",
            "The Ministers welcomed the contribution of the network of ASEAN defence institutions to the work of the ADMM.",
            "The Ministers agreed to keep the ADMM's work programme under regular review.",
            "The Meeting was held in a cordial and friendly atmosphere, in the spirit of ASEAN solidarity.",
            "The Ministers noted the importance of sustaining the momentum of ADMM cooperation.",
            "The Ministers welcomed the progress of the initiatives under the current work programme.",
            "The Ministers agreed that the outcomes of the Meeting would be reported to the ASEAN Leaders.",
            "The Meeting expressed appreciation for the contributions of all ASEAN Member States to its success.",
        )
    },
    "colour.call": {
        "en": (
            "This is {poss} first call on {h_s} since assuming {poss} appointment.",
            "{h_s} welcomed {v_s} and thanked {obj} for the visit.",
        ),
        "ms": (
            "Ini merupakan kunjungan hormat pertama beliau sejak memegang jawatan tersebut.",
            "{h_s} mengalu-alukan kunjungan {v_s} dan merakamkan penghargaan atas kunjungan tersebut.",
        ),
        "id": (
            "Ini merupakan kunjungan kehormatan pertamanya sejak menjabat.",
            "{h_s} menyambut baik kedatangan {v_s} dan menyampaikan terima kasih atas kunjungan tersebut.",
        ),
    },
    "fill.commit": {
        "en": ("The Ministry remains committed to working closely with its partners.",),
        "ms": (
            "Kementerian Pertahanan akan terus bekerjasama rapat dengan negara-negara sahabat.",
        ),
        "id": (
            "Kementerian Pertahanan akan terus menjalin komunikasi yang erat dengan negara sahabat.",
        ),
    },
    "fill.platforms": {
        "en": (
            "The two countries also work closely together at multilateral platforms such as the ADMM and the ADMM-Plus.",
            "Both countries cooperate closely in regional fora, including the ASEAN Regional Forum.",
        ),
        "ms": (
            "Kedua-dua negara turut bekerjasama rapat dalam platform pelbagai hala seperti ADMM dan ADMM-Plus.",
        ),
        "id": (
            "Kedua negara juga bekerja sama erat dalam forum multilateral seperti ADMM dan ADMM-Plus.",
        ),
    },
    "fill.engagements": {
        "en": (
            "Engagements between the two defence establishments include regular high-level visits and staff talks.",
            "The armed forces of the two countries have worked together for more than {decades} decades.",
        ),
        "ms": (
            "Interaksi antara kedua-dua institusi pertahanan merangkumi lawatan peringkat tinggi dan perbincangan staf secara berkala.",
            "Angkatan tentera kedua-dua negara telah menjalin hubungan kerja sejak lebih {decades} dekad yang lalu.",
        ),
        "id": (
            "Interaksi kedua institusi pertahanan meliputi kunjungan tingkat tinggi dan pembicaraan staf secara berkala.",
            "Angkatan bersenjata kedua negara telah bekerja sama selama lebih dari {decades} dekade.",
        ),
    },
    "fill.admm": {
        "en": (
            "The ADMM, which first met in 2006, brings the defence ministers of ASEAN together every year under the ASEAN Chair.",
        ),
        "ms": (
            "ADMM yang pertama kali bersidang pada tahun 2006 menghimpunkan Menteri-Menteri Pertahanan ASEAN setiap tahun di bawah Pengerusi ASEAN.",
        ),
        "id": (
            "ADMM yang pertama kali digelar pada tahun 2006 mempertemukan para menteri pertahanan ASEAN setiap tahun di bawah Keketuaan ASEAN.",
        ),
    },
    "fill.sld": {
        "en": (
            "Organised by the International Institute for Strategic Studies, the Dialogue draws ministers, military chiefs and scholars from across the Asia-Pacific and beyond.",
        ),
        "ms": (
            "Dialog tahunan anjuran Institut Antarabangsa bagi Kajian Strategik (IISS) ini menghimpunkan menteri, ketua angkatan tentera dan cendekiawan dari rantau Asia Pasifik dan seluruh dunia.",
        ),
        "id": (
            "Dialog tahunan yang diselenggarakan International Institute for Strategic Studies (IISS) ini mempertemukan para menteri, panglima, dan akademisi dari kawasan Asia Pasifik dan dunia.",
        ),
    },
    "fill.regional": {
        "en": (
            "Defence ministers of the region meet regularly to build trust and to coordinate their work on shared challenges.",
        ),
        "ms": (
            "Menteri-Menteri Pertahanan di rantau ini bertemu secara berkala bagi membina kepercayaan dan menyelaraskan usaha menghadapi cabaran bersama.",
        ),
        "id": (
            "Para menteri pertahanan di kawasan ini bertemu secara berkala untuk membangun rasa saling percaya dan mengoordinasikan upaya menghadapi tantangan bersama.",
        ),
    },
    "fill.delegation": {
        "en": (
            "{who_s} was accompanied by senior officials of the Ministry of Defence and the armed forces.",
        ),
        "ms": (
            "{who_s} diiringi oleh pegawai-pegawai kanan Kementerian Pertahanan dan Angkatan Tentera.",
        ),
        "id": ("{who_s} didampingi pejabat Kementerian Pertahanan dan perwira tinggi TNI.",),
    },
    "fill.multinational": {
        "en": (
            "Multinational exercises of this kind build trust and confidence among the armed forces of the region.",
            "The host country thanked all participating nations for their commitment to the exercise.",
        ),
        "ms": (
            "Eksesais pelbagai negara seperti ini membina kepercayaan dan keyakinan dalam kalangan angkatan tentera di rantau ini.",
        ),
        "id": (
            "Latihan multinasional semacam ini membangun rasa saling percaya di antara angkatan bersenjata di kawasan.",
        ),
    },
    "fill.diplomatic": {
        "en": ("{A} and {B} established diplomatic relations in {year}.",),
        "ms": ("{A} dan {B} menjalin hubungan diplomatik sejak tahun {year}.",),
        "id": ("{A} dan {B} menjalin hubungan diplomatik sejak tahun {year}.",),
    },
    "fill.quote": {
        "en": (
            '"The friendship between our armed forces has never been stronger," {x_s} said.',
            '"We value this partnership and will keep building on it," said {x_s}.',
        ),
        "ms": (
            '"Persahabatan antara angkatan tentera kedua-dua negara berada pada tahap yang amat baik," kata {x_s}.',
        ),
        "id": (
            '"Persahabatan kedua angkatan bersenjata terus tumbuh dan harus kita jaga bersama," ujar {x_s}.',
        ),
    },
    "recall.agreement": {
        "en": (
            "Defence cooperation between the two countries is guided by {ag} signed in {year}.",
            "Under {ag} of {year}, the two armed forces hold regular staff talks.",
        ),
        "ms": (
            "Kerjasama pertahanan kedua-dua negara berlandaskan {ag} yang dimeterai pada tahun {year}.",
        ),
        "id": (
            "Kerja sama pertahanan kedua negara berlandaskan {ag} yang ditandatangani pada tahun {year}.",
        ),
    },
    "recall.meeting": {
        "en": ("The two Ministers last met in {place} in {year}.",),
        "ms": ("Kedua-dua Menteri kali terakhir bertemu di {place} pada tahun {year}.",),
        "id": ("Kedua menteri terakhir bertemu di {place} pada tahun {year}.",),
    },
    "greet": {
        "en": ("{a_s} conveyed the greetings of {pm}.",),
        "ms": ("{a_s} turut menyampaikan salam daripada {pm}.",),
        "id": ("{a_s} menyampaikan salam dari {pm}.",),
    },
}
