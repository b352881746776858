"""Authored frontend and backend candidates. All fictional."""

from __future__ import annotations

from material_people import Person, Role

WEB_PEOPLE: list[Person] = [
    Person(
        "test-candidate",
        "Jordan Avery",
        "jordan.avery@example.com",
        "frontend",
        "strong",
        "Bristol, UK",
        "Frontend Developer",
        6,
        "Frontend developer with six years of building React applications for SaaS products. I care about "
        "fast, accessible interfaces and about tests that let a team ship on a Friday without worry.",
        [
            Role(
                "Senior Frontend Developer",
                "Northwind Apps",
                "Apr 2021 – present",
                [
                    "Led the migration of a 90,000-line JavaScript codebase to TypeScript over nine months "
                    "without a feature freeze.",
                    "Cut the dashboard's interaction latency from 180 ms to 40 ms by profiling and memoising "
                    "context consumers.",
                    "Mentored two junior developers, both promoted within eighteen months.",
                ],
            ),
            Role(
                "Frontend Developer",
                "Pixelworks Agency",
                "Jun 2018 – Mar 2021",
                [
                    "Built twelve client sites and a shared React component library used across projects.",
                    "Introduced Jest and Playwright tests, taking escaped bugs per release from eight to two.",
                ],
            ),
        ],
        ["javascript", "typescript", "react", "node.js", "css", "testing", "graphql", "webpack"],
        "BSc Computer Science, University of the West of England, 2018",
    ),
    Person(
        "cand-priya-raman",
        "Priya Raman",
        "priya.raman@example.org",
        "frontend",
        "strong",
        "Pune, India",
        "Staff Frontend Engineer",
        9,
        "Frontend engineer with nine years across e-commerce and fintech, most recently leading a web "
        "platform team. Known for performance work and for design systems that other teams actually adopt.",
        [
            Role(
                "Staff Frontend Engineer",
                "Kestrel Pay",
                "Jan 2020 – present",
                [
                    "Designed the company's React design system, now used by 14 product teams.",
                    "Reduced checkout bundle size by 46 percent through code splitting and dependency audits.",
                    "Ran the frontend guild and its monthly architecture reviews.",
                ],
            ),
            Role(
                "Senior Software Engineer",
                "ShopSphere",
                "Jul 2015 – Dec 2019",
                [
                    "Rebuilt the product listing pages in React, lifting mobile conversion by 11 percent.",
                    "Introduced visual regression tests with Storybook and Chromatic.",
                ],
            ),
        ],
        ["javascript", "typescript", "react", "css", "testing", "node.js", "performance", "storybook"],
        "BE Information Technology, College of Engineering Pune, 2015",
    ),
    Person(
        "cand-tom-becker",
        "Tom Becker",
        "tom.becker@example.com",
        "frontend",
        "average",
        "Hamburg, Germany",
        "Frontend Developer",
        3,
        "Frontend developer with three years of experience building internal tools and marketing pages. "
        "Comfortable with React and TypeScript, and looking for a team where I can grow into larger "
        "features and learn more about testing.",
        [
            Role(
                "Frontend Developer",
                "Elbe Logistics",
                "Feb 2022 – present",
                [
                    "Built the React screens for a warehouse booking tool used by 300 staff.",
                    "Added TypeScript types to the shared API client.",
                    "Fixed layout bugs reported by the support team each sprint.",
                ],
            ),
            Role(
                "Junior Web Developer",
                "Studio Nord",
                "Sep 2020 – Jan 2022",
                [
                    "Built marketing landing pages in HTML, CSS and jQuery for retail clients.",
                    "Maintained WordPress themes for eight customers.",
                ],
            ),
        ],
        ["javascript", "react", "typescript", "html", "css", "git"],
        "Vocational training as IT specialist (Fachinformatiker), Hamburg, 2020",
    ),
    Person(
        "cand-lucia-fernandez",
        "Lucía Fernández",
        "lucia.fernandez@example.org",
        "frontend",
        "average",
        "Valencia, Spain",
        "Frontend Engineer",
        4,
        "Frontend engineer with four years in travel and media companies. I build React interfaces with "
        "TypeScript and enjoy working closely with designers. I am improving my English every day and "
        "looking for an international team.",
        [
            Role(
                "Frontend Engineer",
                "Viajes Claros",
                "Mar 2021 – present",
                [
                    "Built the React search results page for hotel bookings, used by 50,000 visitors a day.",
                    "Wrote unit tests with Jest for the booking widgets.",
                    "Worked with designers to create a small component library.",
                ],
            ),
            Role(
                "Web Developer",
                "Diario Levante Digital",
                "Jan 2020 – Feb 2021",
                [
                    "Developed interactive article pages in JavaScript and CSS.",
                    "Improved page load time by compressing images and lazy loading.",
                ],
            ),
        ],
        ["javascript", "typescript", "react", "css", "testing", "html"],
        "Grado en Ingeniería Informática, Universitat Politècnica de València, 2019",
        non_native=True,
    ),
    Person(
        "cand-kevin-obrien",
        "Kevin O'Brien",
        "kevin.obrien@example.com",
        "frontend",
        "weak",
        "Galway, Ireland",
        "Junior Web Developer",
        1,
        "Self-taught web developer who finished a twelve-week bootcamp last year. I have built a few "
        "personal projects and a website for a local business, and I am looking for my first full-time "
        "developer job.",
        [
            Role(
                "Freelance Web Developer",
                "Self-employed",
                "Jun 2023 – present",
                [
                    "Built a website for a local café with HTML, CSS and a contact form.",
                    "Made a to-do list app in React as a bootcamp project.",
                    "Helped a friend set up an online shop on a hosted platform.",
                ],
            ),
            Role(
                "Sales Assistant",
                "Galway Electronics",
                "Jan 2019 – May 2023",
                ["Advised customers on laptops and phones.", "Managed the shop's social media posts."],
            ),
        ],
        ["html", "css", "javascript", "react"],
        "Full-Stack Web Development Bootcamp, CodeHarbour, 2023; Leaving Certificate, 2018",
    ),
    Person(
        "cand-amara-nwosu",
        "Amara Nwosu",
        "amara.nwosu@example.com",
        "backend",
        "strong",
        "Lagos, Nigeria",
        "Senior Backend Engineer",
        8,
        "Backend engineer with eight years building Python services in payments and logistics. I design "
        "for correctness first, measure everything and enjoy making on-call quiet.",
        [
            Role(
                "Senior Backend Engineer",
                "Paystream",
                "May 2020 – present",
                [
                    "Designed the Django reconciliation service that matches 20 million transactions a month.",
                    "Cut p95 API latency from 900 ms to 120 ms by fixing N+1 queries and adding indexes.",
                    "Led the move from EC2 to ECS Fargate, halving infrastructure cost.",
                ],
            ),
            Role(
                "Backend Engineer",
                "Swift Couriers",
                "Aug 2016 – Apr 2020",
                [
                    "Built the dispatch API in Django REST Framework.",
                    "Introduced Celery for background jobs and structured logging.",
                ],
            ),
        ],
        ["python", "django", "sql", "aws", "postgresql", "celery", "docker", "redis"],
        "BSc Computer Engineering, University of Lagos, 2016",
    ),
    Person(
        "cand-daniel-kowalski",
        "Daniel Kowalski",
        "daniel.kowalski@example.org",
        "backend",
        "average",
        "Kraków, Poland",
        "Backend Developer",
        4,
        "Backend developer with four years of experience in Node.js and Python services for e-commerce. I "
        "like clean APIs and I want to learn more about system design and cloud infrastructure.",
        [
            Role(
                "Backend Developer",
                "Koszyk.pl",
                "Apr 2021 – present",
                [
                    "Built REST endpoints in Node.js and TypeScript for the order service.",
                    "Wrote SQL migrations and reports for the operations team.",
                    "Containerised two services with Docker.",
                ],
            ),
            Role(
                "Junior Python Developer",
                "DataSoft Kraków",
                "Sep 2019 – Mar 2021",
                [
                    "Maintained Django admin panels for client projects.",
                    "Wrote scripts to import product data from CSV files.",
                ],
            ),
        ],
        ["node.js", "typescript", "python", "django", "sql", "docker"],
        "MSc Computer Science, AGH University of Science and Technology, 2019",
        non_native=True,
    ),
    Person(
        "cand-sofia-greco",
        "Sofia Greco",
        "sofia.greco@example.com",
        "backend",
        "average",
        "Milan, Italy",
        "Software Engineer",
        3,
        "Software engineer with three years of backend work in Python for a fintech startup. I have built "
        "APIs, background jobs and reports, and I'm interested in larger systems and better testing.",
        [
            Role(
                "Software Engineer",
                "Moneta Labs",
                "Jan 2022 – present",
                [
                    "Built Django endpoints for the savings product.",
                    "Added pytest tests for interest calculations.",
                    "Wrote SQL queries for the monthly compliance report.",
                ],
            ),
            Role(
                "Software Engineering Intern",
                "Banca Nova",
                "Jun 2021 – Dec 2021",
                [
                    "Automated a data export with Python scripts.",
                    "Documented the internal API for new hires.",
                ],
            ),
        ],
        ["python", "django", "sql", "testing", "aws", "git"],
        "BSc Computer Science, Politecnico di Milano, 2021",
    ),
    Person(
        "cand-ethan-walsh",
        "Ethan Walsh",
        "ethan.walsh@example.com",
        "backend",
        "weak",
        "Cardiff, UK",
        "Graduate Developer",
        1,
        "Recent computer science graduate who enjoys programming in Python. I built a few university "
        "projects and did a summer internship, and I would like to start my career as a backend developer.",
        [
            Role(
                "IT Intern",
                "Cymru Insurance",
                "Jun 2023 – Sep 2023",
                [
                    "Updated a Python script that renamed files on a shared drive.",
                    "Helped the team test a new internal website.",
                    "Wrote notes on how to set up new laptops.",
                ],
            ),
            Role(
                "Student Projects",
                "Cardiff University",
                "Sep 2020 – Jun 2023",
                [
                    "Built a Flask app for booking study rooms as a group project.",
                    "Wrote a dissertation on recommendation algorithms for films.",
                ],
            ),
        ],
        ["python", "sql", "flask", "html", "git"],
        "BSc Computer Science (2:2), Cardiff University, 2023",
    ),
]
