"""A "selected work" paragraph per candidate: the concrete detail a recruiter reads first."""

from __future__ import annotations

PROJECTS: dict[str, str] = {
    "test-candidate": "Rebuilt Northwind's planning board drag-and-drop in 2023. The old version re-rendered every "
    "card on each move; the new one uses split contexts and memoised cards, and it is covered by Playwright "
    "tests that run on every pull request. Also gave a talk on TypeScript migrations at Bristol JS.",
    "cand-priya-raman": "Kestrel Pay design system (2020 – present): started with six components and a token "
    "file, now 70 documented components with accessibility notes and visual tests. Adoption is tracked per "
    "team, and a quarterly survey rates it 4.5 out of 5. Speaker at React India 2023 on bundle budgets. "
    "Languages: English, Tamil, Marathi.",
    "cand-tom-becker": "Warehouse booking tool: built the slot calendar and the booking form in React with "
    "TypeScript, connected to a REST API written by the backend team. I added form validation and loading "
    "states after warehouse staff reported double bookings. Side project: a small recipe app in React that "
    "I use at home. Languages: German (native), English (fluent).",
    "cand-lucia-fernandez": "Hotel search results page: built the filters, the map view and the sorting in "
    "React with TypeScript. I worked with two designers in weekly sessions and we created twelve shared "
    "components. I also volunteer teaching HTML and CSS to teenagers in a weekend coding club. Languages: "
    "Spanish (native), Catalan, English (B2, improving).",
    "cand-kevin-obrien": "Café website: designed and built a five-page site with a menu, opening hours and a "
    "contact form for a café in Salthill. The owner updates the menu herself. Bootcamp final project: a "
    "to-do app in React with local storage, built in a team of three over two weeks. I am currently doing "
    "a free online course on JavaScript.",
    "cand-amara-nwosu": "Reconciliation engine at Paystream: matches bank feed lines to invoices with exact, "
    "fuzzy and rule-based passes. Designed the data model in PostgreSQL, the Celery pipeline and the "
    "idempotency keys that make retries safe. Match rate went from 81 to 96 percent. I also mentor two "
    "engineers through a women-in-tech programme in Lagos.",
    "cand-daniel-kowalski": "Order service at Koszyk.pl: added endpoints for returns and partial refunds in "
    "Node.js with TypeScript and PostgreSQL. Wrote integration tests with Jest and a Docker Compose setup "
    "for local development, which the team now uses. Completed the AWS Developer Associate course. "
    "Languages: Polish (native), English (B2), German (basic).",
    "cand-sofia-greco": "Savings product API: built endpoints for deposits, withdrawals and interest "
    "statements in Django REST Framework, with pytest tests for the interest rules. Took part in an on-call "
    "rotation for four months. Personal project: a budgeting script in Python that imports my bank's CSV "
    "exports and categorises spending. Languages: Italian (native), English (C1).",
    "cand-ethan-walsh": "Study room booking app: a Flask and SQLite web app built with three classmates; I "
    "wrote the booking form and the page that lists free rooms. Dissertation: compared two recommendation "
    "algorithms on a public film ratings dataset. I also completed an online SQL course and practise "
    "coding puzzles on weekends.",
    "cand-mei-tanaka": "Bookings pipeline at Cascadia Air: replaced a nightly 6-hour batch of stored "
    "procedures with Spark jobs orchestrated by Airflow and modelled with dbt. Each task writes a date "
    "partition and can be rerun safely. Data quality tests run before publishing, and finance signs off a "
    "monthly reconciliation that has matched to the cent for 18 months.",
    "cand-oliver-hughes": "Promotions analysis: built a SQL and pandas workflow that compares sales during "
    "promotions with the four weeks before, per store and category, and a Tableau dashboard on top of it. "
    "It is used in the monthly commercial meeting. Currently studying an online course on A/B testing and "
    "experiment design.",
    "cand-nadia-haddad": "Repair volumes tracker: combined the weekly repair exports into one Excel workbook "
    "with charts for the operations manager. For my analytics certificate I analysed a public bike-share "
    "dataset in a spreadsheet and wrote a short report. I am learning SQL joins and Python in the evenings "
    "with online tutorials.",
    "cand-arjun-mehta": "Clause classification at Vidhi: fine-tuned a transformer in PyTorch on 180,000 "
    "labelled clauses, then distilled it into a smaller model served on AWS with batched inference. "
    "Introduced time-based splits and per-practice-area error reports, and built a labelling review loop "
    "with the legal team. Two papers at regional NLP workshops. Languages: English, Hindi, Gujarati.",
    "cand-clara-schmidt": "Claims model at Alpen Versicherung: a gradient boosting model that ranks claims for "
    "manual review, trained on three years of data with features built in pandas. It is packaged in Docker "
    "and runs weekly. I presented the model to the claims department and wrote its documentation. "
    "Languages: German (native), English (C1), French (B1).",
    "cand-ben-carter": "Kaggle: took part in four competitions, best result in the top 40 percent of a "
    "tabular house price competition. Internship notebook: linear regression on 5,000 local listings with "
    "charts for a sales presentation. Completed online courses in machine learning and deep learning. I "
    "enjoy hiking and photography.",
    "cand-ines-moreau": "Kubernetes migration at Lumen Payments: moved 120 services from virtual machines to "
    "Kubernetes over 14 months with canary releases and automated rollback; no customer-facing downtime. "
    "Introduced SLOs with burn-rate alerts and a runbook for every page. Organiser of the Lyon SRE meetup. "
    "Languages: French (native), English (fluent), Spanish.",
    "cand-ravi-shah": "Client deployments at CloudNest: maintained Jenkins pipelines that build Docker images "
    "and deploy them to EKS for twelve client projects, and wrote Terraform for two new environments with a "
    "senior colleague. Holds the AWS Solutions Architect Associate certificate. Languages: Gujarati, Hindi, "
    "English.",
    "cand-jake-turner": "Home lab: runs a small Linux server at home with Docker containers for a media server "
    "and a password manager. Completed the AWS Cloud Practitioner certificate and followed a tutorial to "
    "deploy a static website to S3. At work I wrote a checklist for setting up new laptops that the office "
    "still uses.",
    "cand-hana-kim": "FitLoop stability programme: grouped crashes by device and OS in Crashlytics, fixed the "
    "top twenty causes and added UI tests for the workout timer. Crash-free sessions reached 99.7 percent. "
    "Built the release pipeline with Fastlane and GitHub Actions so any engineer can ship the weekly build. "
    "Languages: Korean (native), English (fluent).",
    "cand-lucas-silva": "Loja Fácil catalogue: built the product list, search and detail screens in React "
    "Native, with push notifications for order updates. I added a FlatList optimisation after reviews "
    "complained about slow scrolling on older phones. Side project: a SwiftUI app to track football "
    "matches with friends. Languages: Portuguese (native), English (B2).",
    "cand-emily-ross": "Shift Swap: an iPhone app I wrote in Swift so colleagues at the coffee shop could "
    "swap shifts; about fifteen people used it for a year. Published it on the App Store myself. At TapTap I "
    "test builds on office devices and update app text and colours. I am working through an online course "
    "on SwiftUI.",
    "cand-fatima-zahra": "MedSchedule test strategy: moved the team from a slow UI-only suite to a mix of API "
    "contract tests, component tests and 600 Cypress journeys run in parallel. Introduced flaky test "
    "quarantine with owners and deadlines. Runs an internal training on test design for developers. "
    "Languages: Arabic, French, English.",
    "cand-marco-rossi": "Checkout regression suite: maintained 150 Selenium tests in Python with the page "
    "object pattern, and added SQL checks that compare orders in the database with the confirmation page. "
    "Started a small Cypress suite for the new returns page. ISTQB Foundation certified. Languages: Italian "
    "(native), English (B2).",
    "cand-chloe-martin": "Game testing at Jeux Boréal: followed checklists for menus, saving and language "
    "settings before each release and reported around 20 bugs a week in a shared spreadsheet. I also "
    "checked the French and English text in the games. I am taking an online course in Python to start "
    "learning test automation. Languages: French (native), English.",
    "cand-grace-adeyemi": "Payroll corrections: discovered through ticket analysis and interviews that support "
    "and finance wanted opposite things, and designed an approval-based correction workflow that met both. "
    "Tickets fell 60 percent and the external audit signed it off. Earlier, led a booking funnel redesign "
    "grounded in 25 customer interviews that lifted conversion by 9 percent.",
    "cand-samuel-park": "Trip planning at TrailMate: owned the feature from discovery to launch, ran monthly "
    "interviews with hikers and wrote the user stories for two squads. Weekly active planners grew by 20 "
    "percent in six months. I write basic SQL for my own questions and I'm taking a course on product "
    "analytics.",
    "cand-zoe-wright": "Agency projects at Brightside: turned client requests into tickets for three web "
    "projects, ran sprint planning and sent weekly updates to clients. Before that I coordinated client "
    "meetings and collected their feedback after launches. I completed a two-day product management "
    "workshop and read a lot about product in my free time, and I would like to learn roadmapping and "
    "research properly in a product company.",
    "cand-yuki-sato": "Booking flow redesign at Sakura Reserve: tested three low-fidelity flows with six users "
    "each, chose the clearest and built a high-fidelity prototype for detailed testing. Drop-off fell 18 "
    "percent. Maintains the form components of the design system with accessibility notes for each. "
    "Languages: Japanese (native), English (business).",
    "cand-leo-dubois": "Car-sharing app at Mobilo: designed the booking and unlocking screens, added eight "
    "components to the Figma library and joined usability sessions run by the research team. At Atelier "
    "Pixel I designed websites for around fifteen local businesses. Languages: French (native), Dutch, "
    "English.",
    "cand-ava-thompson": "Portfolio: a redesign concept for a local bakery's website in Figma, a set of social "
    "media graphics for Swan River Media, and illustrations for a children's book about Australian birds. "
    "During my UX course I made a prototype of a plant care app and tested it with two friends. I love "
    "colour, typography and beautiful screens.",
    "cand-marcus-bell": "Bank security deals at Sentinel: closed four deals above 400,000 dollars with mutual "
    "close plans agreed with the champion at the proposal stage and security packs sent before procurement "
    "asked. Forecast accuracy within 7 percent for six quarters. Mentor for new account executives on "
    "discovery and negotiation.",
    "cand-julia-novak": "Mid-market deals at ServisPro: closed 24 deals last year with facility management "
    "companies, mostly from demos booked by the SDR team. I keep opportunities updated in Salesforce and "
    "I'm working on my negotiation skills with a course recommended by my manager. Languages: Czech "
    "(native), English (C1), German (B1).",
    "cand-ryan-cooper": "Store sales at Buckeye Mobile: sold phone contracts and accessories, and reached the "
    "monthly target in four months of the last year. I enjoy talking to customers and I was named employee "
    "of the month once. Before that I worked as a server in a busy diner, where I recommended specials and "
    "handled large groups on weekends. I want to learn software sales.",
    "cand-aisha-khan": "Support operations at Hostwise: rebuilt our Zendesk setup with macros for the top ten "
    "issues, triggers that route by product and SLA views; median first response fell from 6 hours to 50 "
    "minutes. Diagnose database slowdowns with customers using slow query logs and EXPLAIN, and hand "
    "engineering clear reproduction steps.",
    "cand-pedro-alves": "Hosting support at NuvemHost: answer about 40 tickets a day on email delivery, DNS and "
    "website errors, check logs over SSH and escalate bugs with reproduction steps. I wrote five help "
    "articles about common email problems. I am learning SQL with an online course. Languages: Portuguese "
    "(native), English (B2), Spanish.",
    "cand-megan-doyle": "Customer service desk at Shannon Supermarkets: handle returns and refunds, answer the "
    "phone and help customers find products, often on busy Saturdays with long queues. At The Treaty Café "
    "I served customers, handled the till and dealt with complaints about orders. I am good with people, "
    "calm when it is busy, and I would like to work in online customer support for a company that cares "
    "about its customers.",
}
