"""Small articles we wrote for the throughput tests: events, anaphora across paragraphs, quiet paragraphs."""

from __future__ import annotations

ARTICLES: list[tuple[str, str, str]] = [  # (id, published, text)
    ("talks", "2020-01-08", """Turkey and Russia hold talks on Libya

Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Istanbul on Wednesday.

The weather was mild and the city was busy with tourists.

The two leaders called for a ceasefire in Libya starting at midnight on Sunday.

He also said that trade between the two countries had grown last year."""),
    ("strike", "2019-12-23", """Airstrikes hit Idlib

Syrian government forces bombed the town of Maarat al-Numan on Monday, killing at least eight civilians.

Residents said the market had been closed for days. Many families had already left.

Thousands of people fled toward the Turkish border, the United Nations said.

Turkey warned Syria that it would respond if its observation posts were attacked."""),
    ("protest", "2021-03-02", """Protesters gathered in the capital of Myanmar on Tuesday.

Police fired tear gas at the crowd in Yangon and arrested dozens of students.

The United States condemned the violence and imposed sanctions on the generals.

Shops stayed shut. The streets were quiet by evening."""),
    ("aid", "2020-06-15", """Germany pledged 50 million euros in humanitarian aid to Lebanon on Monday.

The money will pay for food and medicine, officials in Berlin said.

France sent a team of rescuers to Beirut.

It is the third such package this year."""),
    ("quiet", "2020-02-01", """A guide to the markets of Marrakech

The old town is best seen on foot, and the spice stalls open early.

Prices are lower in the afternoon, when the crowds thin out."""),
    ("visit", "2022-05-10", """Indian Prime Minister Narendra Modi will visit Japan next week, his office said.

He is expected to sign an agreement on defence cooperation with Japanese Prime Minister Fumio Kishida.

China criticised the plan and accused both countries of stoking tension in the region."""),
]
