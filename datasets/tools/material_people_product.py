"""Authored candidates for QA, product and design roles. All fictional."""

from __future__ import annotations

from material_people import Person, Role

PRODUCT_PEOPLE: list[Person] = [
    Person(
        "cand-fatima-zahra",
        "Fatima Zahra El Idrissi",
        "fatima.elidrissi@example.com",
        "qa",
        "strong",
        "Casablanca, Morocco",
        "Senior QA Automation Engineer",
        8,
        "QA automation engineer with eight years in healthcare and travel software. I design test "
        "strategies that balance risk and speed, and I build suites that developers trust and run.",
        [
            Role(
                "Senior QA Automation Engineer",
                "MedSchedule",
                "Jan 2020 – present",
                [
                    "Built a Cypress suite of 600 tests that runs in 14 minutes across eight machines.",
                    "Cut flaky failures from 15 percent to under 1 percent of nightly runs.",
                    "Added API contract tests to the CI/CD pipeline for four teams.",
                ],
            ),
            Role(
                "QA Engineer",
                "Atlas Voyages",
                "Sep 2015 – Dec 2019",
                [
                    "Wrote the first Selenium regression suite for the booking site.",
                    "Trained manual testers in SQL for data checks.",
                ],
            ),
        ],
        ["testing", "cypress", "javascript", "ci/cd", "selenium", "python", "sql", "api testing"],
        "Master's in Software Engineering, ENSIAS Rabat, 2015",
        non_native=True,
    ),
    Person(
        "cand-marco-rossi",
        "Marco Rossi",
        "marco.rossi@example.org",
        "qa",
        "average",
        "Turin, Italy",
        "QA Engineer",
        4,
        "QA engineer with four years of manual and automated testing for e-commerce. I write clear bug "
        "reports, maintain Selenium tests and I'm learning Cypress and CI pipelines.",
        [
            Role(
                "QA Engineer",
                "Moda Online",
                "Mar 2021 – present",
                [
                    "Maintained 150 Selenium tests for the checkout.",
                    "Wrote test plans for each release.",
                    "Checked order data in the database with SQL.",
                ],
            ),
            Role(
                "Manual Tester",
                "TestLab Torino",
                "Feb 2019 – Feb 2021",
                ["Tested mobile and web apps for agency clients.", "Logged and tracked bugs in Jira."],
            ),
        ],
        ["testing", "selenium", "python", "sql", "jira", "cypress"],
        "Laurea in Informatica, Università di Torino, 2018",
    ),
    Person(
        "cand-chloe-martin",
        "Chloé Martin",
        "chloe.martin@example.com",
        "qa",
        "weak",
        "Quebec City, Canada",
        "Junior Tester",
        1,
        "Junior tester with one year of manual testing. I am detail oriented and I want to learn test "
        "automation.",
        [
            Role(
                "Junior Tester",
                "Jeux Boréal",
                "Oct 2023 – present",
                [
                    "Played game builds and reported bugs in a spreadsheet.",
                    "Checked that menus worked in French and English.",
                    "Repeated test steps from a checklist before each release.",
                ],
            ),
            Role(
                "Retail Associate",
                "Librairie du Vieux-Port",
                "May 2020 – Sep 2023",
                ["Organised stock and served customers.", "Kept the inventory spreadsheet up to date."],
            ),
        ],
        ["testing", "excel", "jira"],
        "DEC in Computer Science Technology, Cégep Limoilou, 2023",
    ),
    Person(
        "cand-grace-adeyemi",
        "Grace Adeyemi",
        "grace.adeyemi@example.com",
        "product",
        "strong",
        "Toronto, Canada",
        "Senior Product Manager",
        8,
        "Product manager with eight years in B2B software, most recently leading payroll products. I "
        "ground decisions in research and data and I'm comfortable saying no with reasons.",
        [
            Role(
                "Senior Product Manager",
                "Northline Payroll",
                "Jun 2020 – present",
                [
                    "Led a correction workflow that cut payroll support tickets by 60 percent.",
                    "Built an outcome-based roadmap reviewed monthly with three engineering teams.",
                    "Replaced a custom report builder request with three exports, closing two key deals.",
                ],
            ),
            Role(
                "Product Manager",
                "BookIt",
                "Jan 2016 – May 2020",
                [
                    "Redesigned the booking funnel after research, lifting conversion by 9 percent.",
                    "Ran 25 interviews a quarter with customers.",
                ],
            ),
        ],
        [
            "product management",
            "stakeholder management",
            "roadmapping",
            "user research",
            "sql",
            "a/b testing",
        ],
        "MBA, Rotman School of Management, 2015; BSc Psychology, McGill University, 2012",
    ),
    Person(
        "cand-samuel-park",
        "Samuel Park",
        "samuel.park@example.org",
        "product",
        "average",
        "Los Angeles, CA",
        "Product Manager",
        3,
        "Product manager with three years in consumer apps. I work closely with design and engineering, "
        "run regular user interviews and I'm developing my skills in data and strategy.",
        [
            Role(
                "Product Manager",
                "TrailMate",
                "Aug 2021 – present",
                [
                    "Owned the trip planning feature for a hiking app.",
                    "Ran user interviews every month.",
                    "Wrote user stories and acceptance criteria for two squads.",
                ],
            ),
            Role(
                "Associate Product Manager",
                "FoodieBox",
                "Jun 2020 – Jul 2021",
                ["Managed the backlog for the subscription page.", "Ran a survey about delivery times."],
            ),
        ],
        ["product management", "user research", "sql", "stakeholder management", "jira"],
        "BA Cognitive Science, UCLA, 2020",
    ),
    Person(
        "cand-zoe-wright",
        "Zoe Wright",
        "zoe.wright@example.com",
        "product",
        "weak",
        "Brighton, UK",
        "Product Owner",
        2,
        "Product owner with two years of experience in an agency, keen to move into a product manager "
        "role at a product company.",
        [
            Role(
                "Product Owner",
                "Brightside Digital",
                "Feb 2022 – present",
                [
                    "Wrote tickets for client websites based on their requests.",
                    "Ran sprint planning meetings.",
                    "Sent weekly status updates to clients.",
                ],
            ),
            Role(
                "Account Coordinator",
                "Brightside Digital",
                "Sep 2020 – Jan 2022",
                ["Scheduled client meetings.", "Collected feedback from clients after launches."],
            ),
        ],
        ["product management", "jira", "stakeholder management"],
        "BA Marketing, University of Sussex, 2020",
    ),
    Person(
        "cand-yuki-sato",
        "Yuki Sato",
        "yuki.sato@example.com",
        "design",
        "strong",
        "Osaka, Japan",
        "Senior Product Designer",
        7,
        "Product designer with seven years in booking and finance products. I work from research to "
        "high-fidelity prototypes, and I maintain design systems with accessibility built in.",
        [
            Role(
                "Senior Product Designer",
                "Sakura Reserve",
                "Apr 2020 – present",
                [
                    "Redesigned the booking flow after testing three prototypes with users, cutting drop-off by "
                    "18 percent.",
                    "Maintained the form components of the design system, replacing five custom date pickers.",
                    "Ran quarterly tests with users of assistive technology.",
                ],
            ),
            Role(
                "UI Designer",
                "Kansai Bank Digital",
                "Jun 2016 – Mar 2020",
                [
                    "Designed the mobile banking app screens in Figma.",
                    "Created the first accessibility checklist for the design team.",
                ],
            ),
        ],
        ["figma", "user research", "prototyping", "design systems", "accessibility", "usability testing"],
        "BA Design, Kyoto Institute of Technology, 2016",
        non_native=True,
    ),
    Person(
        "cand-leo-dubois",
        "Léo Dubois",
        "leo.dubois@example.org",
        "design",
        "average",
        "Brussels, Belgium",
        "Product Designer",
        3,
        "Product designer with three years in a startup and an agency. I design web and mobile screens in "
        "Figma and I'm growing my research and design system skills.",
        [
            Role(
                "Product Designer",
                "Mobilo",
                "May 2022 – present",
                [
                    "Designed screens for a car-sharing app.",
                    "Added components to the team's Figma library.",
                    "Joined user tests run by the research team.",
                ],
            ),
            Role(
                "Junior Designer",
                "Atelier Pixel",
                "Sep 2020 – Apr 2022",
                ["Designed websites for local businesses.", "Made prototypes for client presentations."],
            ),
        ],
        ["figma", "prototyping", "user research", "design systems"],
        "Master in Graphic Design, La Cambre, 2020",
    ),
    Person(
        "cand-ava-thompson",
        "Ava Thompson",
        "ava.thompson@example.com",
        "design",
        "weak",
        "Perth, Australia",
        "Junior Designer",
        1,
        "Junior designer who recently finished a UX course. I love making beautiful screens and I'm looking "
        "for my first role in a product team.",
        [
            Role(
                "Design Intern",
                "Swan River Media",
                "Jan 2024 – Apr 2024",
                [
                    "Made social media graphics.",
                    "Designed a landing page mock-up in Figma.",
                    "Helped choose fonts and colours for a client.",
                ],
            ),
            Role(
                "Freelance Illustrator",
                "Self-employed",
                "2021 – 2023",
                ["Drew illustrations for a children's book.", "Sold prints at local markets."],
            ),
        ],
        ["figma", "illustration", "prototyping"],
        "UX Design Certificate, DesignLab Online, 2023; BA Fine Arts, Curtin University, 2021",
    ),
]
