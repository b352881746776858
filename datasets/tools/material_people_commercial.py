"""Authored candidates for sales and support roles. All fictional."""

from __future__ import annotations

from material_people import Person, Role

COMMERCIAL_PEOPLE: list[Person] = [
    Person(
        "cand-marcus-bell",
        "Marcus Bell",
        "marcus.bell@example.com",
        "sales",
        "strong",
        "Chicago, IL",
        "Senior Enterprise Account Executive",
        9,
        "Enterprise account executive with nine years selling software to regulated industries. I run "
        "disciplined deals with mutual close plans and I forecast accurately.",
        [
            Role(
                "Senior Enterprise AE",
                "Sentinel Cyber",
                "Feb 2020 – present",
                [
                    "Closed 3.1 million dollars of new business in 2023, 128 percent of quota.",
                    "Landed within 7 percent of my commit for six consecutive quarters.",
                    "Shortened legal review on bank deals from ten weeks to four with early close plans.",
                ],
            ),
            Role(
                "Account Executive",
                "TradeFlow Software",
                "Jun 2015 – Jan 2020",
                [
                    "Self-sourced 40 percent of my pipeline through targeted prospecting.",
                    "Won President's Club twice.",
                ],
            ),
        ],
        [
            "negotiation",
            "forecasting",
            "crm",
            "prospecting",
            "enterprise sales",
            "presentations",
            "salesforce",
        ],
        "BA Communications, University of Illinois, 2014",
    ),
    Person(
        "cand-julia-novak",
        "Julia Novak",
        "julia.novak@example.org",
        "sales",
        "average",
        "Prague, Czechia",
        "Account Executive",
        3,
        "Account executive with three years of mid-market software sales. I enjoy demos and building "
        "relationships, and I want to get better at negotiation and forecasting.",
        [
            Role(
                "Account Executive",
                "ServisPro",
                "Mar 2022 – present",
                [
                    "Closed 24 mid-market deals last year, 96 percent of quota.",
                    "Ran product demos for facility management companies.",
                    "Kept opportunities updated in Salesforce.",
                ],
            ),
            Role(
                "Sales Development Representative",
                "ServisPro",
                "Jan 2021 – Feb 2022",
                ["Booked meetings through calls and emails.", "Qualified inbound leads from the website."],
            ),
        ],
        ["prospecting", "crm", "presentations", "negotiation", "salesforce"],
        "Bc. Business Administration, Prague University of Economics and Business, 2020",
    ),
    Person(
        "cand-ryan-cooper",
        "Ryan Cooper",
        "ryan.cooper@example.com",
        "sales",
        "weak",
        "Columbus, OH",
        "Sales Representative",
        2,
        "Sales representative from retail who wants to move into software sales. I'm outgoing and I like "
        "meeting people.",
        [
            Role(
                "Sales Representative",
                "Buckeye Mobile",
                "May 2022 – present",
                [
                    "Sold phone contracts in store.",
                    "Hit the monthly target in some months.",
                    "Greeted customers and booked repair appointments.",
                ],
            ),
            Role(
                "Server",
                "Short North Diner",
                "2019 – 2022",
                ["Served tables during busy weekend shifts.", "Recommended specials to guests."],
            ),
        ],
        ["sales", "customer service", "crm"],
        "Some college, Columbus State Community College, 2019",
    ),
    Person(
        "cand-aisha-khan",
        "Aisha Khan",
        "aisha.khan@example.com",
        "support",
        "strong",
        "Manchester, UK",
        "Senior Technical Support Engineer",
        6,
        "Technical support engineer with six years in hosting and SaaS. I solve problems on the first "
        "reply when I can, and turn repeated tickets into fixes with engineering.",
        [
            Role(
                "Senior Technical Support Engineer",
                "Hostwise",
                "Jul 2020 – present",
                [
                    "Cut median first response from 6 hours to 50 minutes with macros, triggers and SLA views.",
                    "Diagnosed database performance issues for customers using slow query logs and EXPLAIN.",
                    "Wrote 80 knowledge base articles that deflect about 400 tickets a month.",
                ],
            ),
            Role(
                "Customer Support Advisor",
                "StayAway Holidays",
                "Mar 2018 – Jun 2020",
                [
                    "Handled booking problems by phone, chat and email.",
                    "Trained new advisors on de-escalation.",
                ],
            ),
        ],
        ["customer support", "troubleshooting", "linux", "sql", "zendesk", "de-escalation"],
        "BSc Computing, Manchester Metropolitan University, 2017",
    ),
    Person(
        "cand-pedro-alves",
        "Pedro Alves",
        "pedro.alves@example.org",
        "support",
        "average",
        "Porto, Portugal",
        "Technical Support Specialist",
        3,
        "Technical support specialist with three years of experience helping customers with software and "
        "hosting problems. I like solving puzzles and I'm learning more Linux and SQL.",
        [
            Role(
                "Technical Support Specialist",
                "NuvemHost",
                "Jan 2022 – present",
                [
                    "Answered 40 tickets a day about email and website hosting.",
                    "Used SSH to check logs on customer servers.",
                    "Escalated bugs to engineering with reproduction steps.",
                ],
            ),
            Role(
                "Call Centre Agent",
                "TelePorto",
                "Jun 2020 – Dec 2021",
                ["Helped customers with internet connection issues.", "Logged calls in Zendesk."],
            ),
        ],
        ["customer support", "troubleshooting", "zendesk", "linux", "sql"],
        "Licenciatura em Informática, Instituto Politécnico do Porto, 2020",
        non_native=True,
    ),
    Person(
        "cand-megan-doyle",
        "Megan Doyle",
        "megan.doyle@example.com",
        "support",
        "weak",
        "Limerick, Ireland",
        "Customer Service Assistant",
        1,
        "Friendly customer service assistant looking for a role in an online company.",
        [
            Role(
                "Customer Service Assistant",
                "Shannon Supermarkets",
                "Feb 2023 – present",
                [
                    "Handled returns at the customer service desk.",
                    "Answered the phone and took messages.",
                    "Helped customers find products.",
                ],
            ),
            Role(
                "Waitress",
                "The Treaty Café",
                "2020 – 2023",
                ["Served customers and handled the till.", "Dealt with complaints about orders."],
            ),
        ],
        ["customer support", "cash handling"],
        "Leaving Certificate, 2020",
    ),
]
