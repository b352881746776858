"""Authored data, ML, DevOps and mobile candidates. All fictional."""

from __future__ import annotations

from material_people import Person, Role

PLATFORM_PEOPLE: list[Person] = [
    Person(
        "cand-mei-tanaka",
        "Mei Tanaka",
        "mei.tanaka@example.com",
        "data",
        "strong",
        "Vancouver, Canada",
        "Senior Data Engineer",
        7,
        "Data engineer with seven years building pipelines for travel and retail. I make data boringly "
        "reliable: idempotent jobs, tested transformations and clear ownership.",
        [
            Role(
                "Senior Data Engineer",
                "Cascadia Air",
                "Mar 2020 – present",
                [
                    "Rebuilt the bookings pipeline on Spark and Airflow, cutting daily runtime from 6 hours to 50 "
                    "minutes.",
                    "Introduced dbt tests that catch schema breaks before they reach finance.",
                    "Ran a six-month backfill with no duplicates thanks to partitioned, idempotent tasks.",
                ],
            ),
            Role(
                "Data Analyst",
                "Maple Retail",
                "Jun 2017 – Feb 2020",
                [
                    "Built the weekly sales reporting in SQL and pandas.",
                    "Designed the company's first A/B testing guidelines.",
                ],
            ),
        ],
        ["python", "sql", "spark", "airflow", "pandas", "statistics", "dbt", "kafka"],
        "MSc Statistics, University of British Columbia, 2017",
    ),
    Person(
        "cand-oliver-hughes",
        "Oliver Hughes",
        "oliver.hughes@example.org",
        "data",
        "average",
        "Birmingham, UK",
        "Data Analyst",
        3,
        "Data analyst with three years in retail analytics. I write SQL and pandas every day and build "
        "dashboards for commercial teams; I'd like to get stronger at experimentation and data engineering.",
        [
            Role(
                "Data Analyst",
                "Midlands Home Stores",
                "Jul 2021 – present",
                [
                    "Built weekly sales dashboards in Tableau for 40 store managers.",
                    "Wrote SQL queries for promotions analysis.",
                    "Automated a stock report with Python and pandas.",
                ],
            ),
            Role(
                "Reporting Assistant",
                "Brum Council",
                "Sep 2020 – Jun 2021",
                ["Prepared monthly service reports in Excel.", "Cleaned survey data for the policy team."],
            ),
        ],
        ["sql", "python", "pandas", "tableau", "excel", "statistics"],
        "BSc Economics, University of Birmingham, 2020",
    ),
    Person(
        "cand-nadia-haddad",
        "Nadia Haddad",
        "nadia.haddad@example.com",
        "data",
        "weak",
        "Leicester, UK",
        "Junior Analyst",
        1,
        "Junior analyst who moved into data from customer service. I completed an online data analytics "
        "certificate and use Excel and some SQL in my current job.",
        [
            Role(
                "Operations Analyst",
                "QuickFix Phones",
                "Mar 2023 – present",
                [
                    "Updated Excel trackers for repair volumes.",
                    "Ran saved SQL reports and pasted results into slides.",
                    "Answered data requests from store managers.",
                ],
            ),
            Role(
                "Customer Service Advisor",
                "QuickFix Phones",
                "Jan 2021 – Feb 2023",
                ["Handled phone and chat enquiries.", "Trained two new advisors on the ticket system."],
            ),
        ],
        ["excel", "sql", "python", "powerpoint"],
        "Google Data Analytics Certificate, 2023; BA Business Studies, De Montfort University, 2020",
    ),
    Person(
        "cand-arjun-mehta",
        "Arjun Mehta",
        "arjun.mehta@example.com",
        "ml",
        "strong",
        "Bengaluru, India",
        "Senior Machine Learning Engineer",
        8,
        "Machine learning engineer with eight years in NLP and ranking. I take models from notebook to "
        "production and care most about evaluation that reflects how the model is really used.",
        [
            Role(
                "Senior ML Engineer",
                "Vidhi Legal AI",
                "Feb 2021 – present",
                [
                    "Built a transformer-based clause classifier in PyTorch with 0.91 macro F1 across 40 classes.",
                    "Cut inference cost by 60 percent with distillation and batching on AWS.",
                    "Designed time-based evaluation that exposed leakage in the previous model.",
                ],
            ),
            Role(
                "ML Engineer",
                "ShopSense",
                "Jul 2016 – Jan 2021",
                [
                    "Built search ranking models that raised click-through by 8 percent.",
                    "Set up feature pipelines with pandas and Airflow.",
                ],
            ),
        ],
        ["python", "machine learning", "pytorch", "nlp", "aws", "pandas", "docker", "transformers"],
        "MTech Computer Science, IIT Madras, 2016",
        non_native=True,
    ),
    Person(
        "cand-clara-schmidt",
        "Clara Schmidt",
        "clara.schmidt@example.org",
        "ml",
        "average",
        "Munich, Germany",
        "Machine Learning Engineer",
        3,
        "Machine learning engineer with three years of experience building classification models for "
        "insurance. I am comfortable with Python and scikit-learn and learning more about deployment.",
        [
            Role(
                "ML Engineer",
                "Alpen Versicherung",
                "Jan 2022 – present",
                [
                    "Trained a gradient boosting model to flag suspicious claims.",
                    "Wrote feature engineering code in pandas.",
                    "Packaged the model as a Docker image with the platform team.",
                ],
            ),
            Role(
                "Working Student, Data Science",
                "AutoWerk AG",
                "Apr 2020 – Dec 2021",
                ["Built dashboards for sensor data.", "Tested clustering methods for maintenance logs."],
            ),
        ],
        ["python", "machine learning", "pandas", "scikit-learn", "docker", "sql"],
        "MSc Data Science, Technical University of Munich, 2021",
    ),
    Person(
        "cand-ben-carter",
        "Ben Carter",
        "ben.carter@example.com",
        "ml",
        "weak",
        "Denver, CO",
        "Data Science Graduate",
        1,
        "Data science graduate interested in machine learning. I completed several Kaggle competitions and "
        "online courses and would love to work on real models.",
        [
            Role(
                "Data Science Intern",
                "Rocky Mountain Realty",
                "May 2023 – Aug 2023",
                [
                    "Built a house price notebook with linear regression.",
                    "Made charts of sales data for a presentation.",
                    "Cleaned listing data in Excel and pandas.",
                ],
            ),
            Role(
                "Teaching Assistant",
                "Front Range Community College",
                "Sep 2021 – May 2023",
                ["Helped students with introductory statistics homework.", "Graded weekly quizzes."],
            ),
        ],
        ["python", "pandas", "machine learning", "excel"],
        "BS Data Science, University of Colorado Denver, 2023",
    ),
    Person(
        "cand-ines-moreau",
        "Inès Moreau",
        "ines.moreau@example.com",
        "devops",
        "strong",
        "Lyon, France",
        "Senior Site Reliability Engineer",
        9,
        "Site reliability engineer with nine years running payment and media platforms. I build platforms "
        "that make deploys boring and alerts meaningful, and I like teaching teams to own their services.",
        [
            Role(
                "Senior SRE",
                "Lumen Payments",
                "Sep 2019 – present",
                [
                    "Introduced SLOs and burn-rate alerts, cutting pages from 35 to 6 per on-call week.",
                    "Migrated 120 services to Kubernetes with zero customer-facing downtime.",
                    "Led 40 incident reviews and built the runbook library.",
                ],
            ),
            Role(
                "Systems Engineer",
                "Rhône Media",
                "Feb 2015 – Aug 2019",
                [
                    "Automated server builds with Terraform and Ansible.",
                    "Ran the Linux fleet of 400 machines.",
                ],
            ),
        ],
        ["kubernetes", "linux", "terraform", "monitoring", "python", "aws", "docker", "incident response"],
        "Diplôme d'ingénieur, INSA Lyon, 2015",
    ),
    Person(
        "cand-ravi-shah",
        "Ravi Shah",
        "ravi.shah@example.org",
        "devops",
        "average",
        "Ahmedabad, India",
        "DevOps Engineer",
        4,
        "DevOps engineer with four years supporting web teams on AWS. I maintain CI pipelines and Docker "
        "images and I'm building my Kubernetes and Terraform skills.",
        [
            Role(
                "DevOps Engineer",
                "CloudNest Solutions",
                "Jun 2021 – present",
                [
                    "Maintained Jenkins pipelines for twelve client projects.",
                    "Wrote Dockerfiles and deployed services to EKS.",
                    "Managed EC2 and RDS instances for customers.",
                ],
            ),
            Role(
                "System Administrator",
                "Gujarat Textiles Ltd",
                "Jul 2019 – May 2021",
                ["Administered Linux and Windows servers.", "Set up backups and monitoring with Nagios."],
            ),
        ],
        ["docker", "aws", "linux", "kubernetes", "terraform", "jenkins"],
        "BE Computer Engineering, Gujarat Technological University, 2019",
        non_native=True,
    ),
    Person(
        "cand-jake-turner",
        "Jake Turner",
        "jake.turner@example.com",
        "devops",
        "weak",
        "San Antonio, TX",
        "IT Support Technician",
        2,
        "IT support technician moving into cloud engineering. I have an AWS Cloud Practitioner "
        "certificate and have used Docker on personal projects.",
        [
            Role(
                "IT Support Technician",
                "Alamo Dental Group",
                "Aug 2022 – present",
                [
                    "Reset passwords and set up laptops for 60 staff.",
                    "Installed updates on the office Linux file server.",
                    "Tracked tickets in a shared spreadsheet.",
                ],
            ),
            Role(
                "Help Desk Assistant",
                "San Antonio College",
                "Jan 2021 – Jul 2022",
                ["Answered student IT questions.", "Fixed printer and Wi-Fi issues."],
            ),
        ],
        ["linux", "docker", "aws", "windows"],
        "AWS Certified Cloud Practitioner, 2023; AAS Information Technology, San Antonio College, 2022",
    ),
    Person(
        "cand-hana-kim",
        "Hana Kim",
        "hana.kim@example.com",
        "mobile",
        "strong",
        "Seoul, South Korea",
        "Senior Mobile Engineer",
        7,
        "Mobile engineer with seven years shipping iOS and React Native apps in fitness and banking. I "
        "obsess over frame rates, crash-free sessions and release pipelines that let us ship weekly.",
        [
            Role(
                "Senior Mobile Engineer",
                "FitLoop",
                "Mar 2020 – present",
                [
                    "Raised crash-free sessions from 97.8 to 99.7 percent.",
                    "Moved the iOS app to Swift concurrency and fixed scroll hitches found in Instruments.",
                    "Built a Fastlane and GitHub Actions pipeline for weekly releases.",
                ],
            ),
            Role(
                "Mobile Developer",
                "Hanbit Bank",
                "Jan 2017 – Feb 2020",
                [
                    "Built the React Native transfer flow used by 2 million customers.",
                    "Added Detox end-to-end tests for the login and transfer flows.",
                ],
            ),
        ],
        ["swift", "ios", "react native", "typescript", "javascript", "testing", "ci/cd"],
        "BSc Computer Science, Yonsei University, 2016",
    ),
    Person(
        "cand-lucas-silva",
        "Lucas Silva",
        "lucas.silva@example.org",
        "mobile",
        "average",
        "São Paulo, Brazil",
        "Mobile Developer",
        3,
        "Mobile developer with three years building React Native and iOS apps for retail clients. I enjoy "
        "building features users touch every day and want to grow in testing and performance.",
        [
            Role(
                "Mobile Developer",
                "Loja Fácil",
                "Feb 2022 – present",
                [
                    "Built the product catalogue screens in React Native.",
                    "Integrated push notifications for order updates.",
                    "Fixed bugs from the app store reviews every sprint.",
                ],
            ),
            Role(
                "iOS Developer Intern",
                "AppHouse",
                "Jan 2021 – Jan 2022",
                [
                    "Built small SwiftUI screens for client prototypes.",
                    "Wrote unit tests for a networking layer.",
                ],
            ),
        ],
        ["react native", "javascript", "swift", "ios", "typescript", "testing"],
        "BSc Information Systems, University of São Paulo, 2021",
    ),
    Person(
        "cand-emily-ross",
        "Emily Ross",
        "emily.ross@example.com",
        "mobile",
        "weak",
        "Glasgow, UK",
        "Junior App Developer",
        1,
        "Junior app developer who has published one iPhone app of my own. I learned Swift from online "
        "courses and want to join a team to learn from experienced developers.",
        [
            Role(
                "Junior App Developer",
                "TapTap Studio",
                "Sep 2023 – present",
                [
                    "Changed colours and text in the studio's client apps.",
                    "Tested new builds on office phones.",
                    "Uploaded screenshots to the App Store.",
                ],
            ),
            Role(
                "Barista",
                "Merchant City Coffee",
                "Jun 2020 – Aug 2023",
                ["Trained new staff on the till.", "Built a simple shift-swap app for the team as a hobby."],
            ),
        ],
        ["swift", "ios", "javascript"],
        "HNC Computing, Glasgow Clyde College, 2023",
    ),
]
