"""Authored job openings. Companies are fictional; skills are normalised lower-case names.

The first four skills of each job are the technical competencies its interviews are scored on
(`workbench.interviewer.competencies.job_competencies`), so they are chosen and ordered on purpose.
"""

from __future__ import annotations

from typing import TypedDict


class JobSource(TypedDict):
    key: str
    family: str
    title: str
    company: str
    location: str
    salary_range: str
    experience_level: str
    description: str
    requirements: list[str]
    skills: list[str]


SEED_JOB_ID = "ff7f1e59-3014-4cc8-8f2e-4b3ca694ceb3"

JOBS: list[JobSource] = [
    {
        "key": "fe-senior-techcorp",
        "family": "frontend",
        "title": "Senior Frontend Developer",
        "company": "TechCorp Inc.",
        "location": "Remote (EU time zones)",
        "salary_range": "$120,000 - $150,000",
        "experience_level": "senior",
        "description": "TechCorp builds a collaborative planning tool used by 4,000 teams. You will lead the "
        "frontend of our web client, shape its architecture and mentor three other engineers.",
        "requirements": [
            "5+ years building production web applications with React",
            "Strong JavaScript and TypeScript, comfortable reading Node.js services",
            "Experience with performance profiling and automated testing",
            "Clear written communication in design reviews",
        ],
        "skills": ["javascript", "react", "typescript", "node.js", "css", "testing", "graphql", "webpack"],
    },
    {
        "key": "fe-junior-brightleaf",
        "family": "frontend",
        "title": "Junior Frontend Developer",
        "company": "Brightleaf Learning",
        "location": "Leeds, UK (hybrid)",
        "salary_range": "£30,000 - £36,000",
        "experience_level": "junior",
        "description": "Brightleaf makes reading games for primary schools. You will build accessible, "
        "responsive pages and small interactive components with a friendly team of six.",
        "requirements": [
            "Solid grasp of HTML, CSS and modern JavaScript",
            "Some experience with React from work, study or side projects",
            "Care for accessibility and for children using older devices",
        ],
        "skills": ["javascript", "html", "css", "react", "accessibility", "git"],
    },
    {
        "key": "fe-mid-harbor",
        "family": "frontend",
        "title": "Frontend Engineer",
        "company": "Harbor Analytics",
        "location": "Rotterdam, NL",
        "salary_range": "€58,000 - €70,000",
        "experience_level": "mid",
        "description": "Harbor Analytics visualises port logistics data for shipping companies. You will own "
        "dashboard features end to end, from component design to tests and release.",
        "requirements": [
            "3+ years with React and TypeScript",
            "Comfortable with CSS layout and design systems",
            "Writes unit and end-to-end tests as part of every change",
        ],
        "skills": ["react", "typescript", "css", "testing", "d3", "storybook"],
    },
    {
        "key": "be-senior-ledgerly",
        "family": "backend",
        "title": "Senior Backend Engineer (Python)",
        "company": "Ledgerly",
        "location": "Remote (US)",
        "salary_range": "$140,000 - $170,000",
        "experience_level": "senior",
        "description": "Ledgerly provides bookkeeping software for small businesses. You will design and "
        "scale the Django services that reconcile 30 million bank transactions a month.",
        "requirements": [
            "6+ years of backend development, mostly in Python",
            "Deep Django and PostgreSQL experience, including query tuning",
            "Has run services on AWS in production and been on call for them",
        ],
        "skills": ["python", "django", "sql", "aws", "postgresql", "celery", "redis"],
    },
    {
        "key": "be-mid-parcelpath",
        "family": "backend",
        "title": "Backend Developer (Node.js)",
        "company": "ParcelPath",
        "location": "Lisbon, PT",
        "salary_range": "€45,000 - €58,000",
        "experience_level": "mid",
        "description": "ParcelPath tracks deliveries for regional couriers. You will build the Node.js APIs "
        "behind our driver app and the webhooks our merchants depend on.",
        "requirements": [
            "3+ years building Node.js services in TypeScript",
            "Comfortable with relational databases and writing SQL by hand",
            "Has packaged and deployed services with Docker",
        ],
        "skills": ["node.js", "typescript", "sql", "docker", "rest apis", "postgresql"],
    },
    {
        "key": "be-junior-greenbyte",
        "family": "backend",
        "title": "Junior Backend Developer",
        "company": "Greenbyte Energy",
        "location": "Copenhagen, DK",
        "salary_range": "DKK 420,000 - 480,000",
        "experience_level": "junior",
        "description": "Greenbyte monitors wind and solar farms. You will extend our Django API that serves "
        "turbine readings to operators, pairing with senior engineers.",
        "requirements": [
            "Python from work, study or open source",
            "Basic SQL and relational data modelling",
            "Writes tests for the code they ship",
        ],
        "skills": ["python", "django", "sql", "testing", "git", "linux"],
    },
    {
        "key": "data-analyst-freshcart",
        "family": "data",
        "title": "Data Analyst",
        "company": "FreshCart Grocers",
        "location": "Manchester, UK",
        "salary_range": "£38,000 - £46,000",
        "experience_level": "mid",
        "description": "FreshCart runs 140 grocery stores and a delivery service. You will answer pricing and "
        "demand questions for the commercial team with SQL, Python and clear charts.",
        "requirements": [
            "2+ years of analytics work with SQL",
            "Python and pandas for analysis",
            "Working knowledge of statistics, including A/B tests",
        ],
        "skills": ["sql", "python", "pandas", "statistics", "tableau", "excel"],
    },
    {
        "key": "data-engineer-nimbus",
        "family": "data",
        "title": "Senior Data Engineer",
        "company": "Nimbus Travel",
        "location": "Berlin, DE (hybrid)",
        "salary_range": "€80,000 - €95,000",
        "experience_level": "senior",
        "description": "Nimbus Travel sells rail and ferry tickets across Europe. You will own the batch and "
        "streaming pipelines that feed pricing, finance and the data science team.",
        "requirements": [
            "5+ years building data pipelines",
            "Expert SQL and Python",
            "Production experience with Spark and Airflow",
        ],
        "skills": ["python", "sql", "spark", "airflow", "kafka", "dbt"],
    },
    {
        "key": "ml-engineer-quanta",
        "family": "ml",
        "title": "Machine Learning Engineer",
        "company": "Quanta Health Labs",
        "location": "Boston, MA",
        "salary_range": "$125,000 - $150,000",
        "experience_level": "mid",
        "description": "Quanta Health Labs predicts missed hospital appointments so clinics can follow up. You "
        "will train, ship and monitor the models behind those predictions.",
        "requirements": [
            "3+ years building machine learning systems in Python",
            "Strong pandas and feature engineering",
            "Has deployed models in containers",
        ],
        "skills": ["python", "machine learning", "pandas", "docker", "scikit-learn", "mlflow"],
    },
    {
        "key": "ml-senior-lexigo",
        "family": "ml",
        "title": "Senior Machine Learning Engineer (NLP)",
        "company": "Lexigo",
        "location": "Remote (EU)",
        "salary_range": "€95,000 - €115,000",
        "experience_level": "senior",
        "description": "Lexigo builds search and classification for legal documents. You will lead model "
        "development for our NLP features and the infrastructure that serves them.",
        "requirements": [
            "6+ years in machine learning, 2+ in NLP",
            "Deep PyTorch experience",
            "Has run training and inference on AWS",
        ],
        "skills": ["machine learning", "python", "pytorch", "aws", "nlp", "transformers"],
    },
    {
        "key": "devops-mid-stackline",
        "family": "devops",
        "title": "DevOps Engineer",
        "company": "Stackline Media",
        "location": "Dublin, IE",
        "salary_range": "€65,000 - €78,000",
        "experience_level": "mid",
        "description": "Stackline Media streams regional news video. You will run our Kubernetes platform on "
        "AWS and make deployments boring for forty developers.",
        "requirements": [
            "3+ years operating containerised services",
            "Kubernetes and AWS in production",
            "Infrastructure as code with Terraform",
        ],
        "skills": ["docker", "kubernetes", "aws", "terraform", "ci/cd", "linux"],
    },
    {
        "key": "sre-senior-payvault",
        "family": "devops",
        "title": "Senior Site Reliability Engineer",
        "company": "PayVault",
        "location": "Amsterdam, NL",
        "salary_range": "€90,000 - €110,000",
        "experience_level": "senior",
        "description": "PayVault processes card payments for online shops. You will own the reliability of "
        "our payment APIs, our SLOs and our incident response practice.",
        "requirements": [
            "6+ years in operations or SRE roles",
            "Expert Kubernetes and Linux",
            "Built monitoring and alerting that people trust",
        ],
        "skills": ["kubernetes", "linux", "terraform", "monitoring", "python", "incident response"],
    },
    {
        "key": "cloud-junior-skyforge",
        "family": "devops",
        "title": "Junior Cloud Engineer",
        "company": "Skyforge Hosting",
        "location": "Austin, TX",
        "salary_range": "$70,000 - $85,000",
        "experience_level": "junior",
        "description": "Skyforge manages cloud infrastructure for small agencies. You will handle server "
        "builds, container deployments and first-line infrastructure tickets.",
        "requirements": [
            "Comfortable on the Linux command line",
            "Has used Docker and one cloud provider",
            "Some scripting in Python or Bash",
        ],
        "skills": ["linux", "docker", "aws", "python", "bash", "networking"],
    },
    {
        "key": "ios-mid-pocketfit",
        "family": "mobile",
        "title": "iOS Developer",
        "company": "PocketFit",
        "location": "Stockholm, SE",
        "salary_range": "SEK 560,000 - 650,000",
        "experience_level": "mid",
        "description": "PocketFit is a workout tracking app with 800,000 monthly users. You will build new "
        "features in Swift and keep the app fast and crash-free.",
        "requirements": [
            "3+ years shipping iOS apps in Swift",
            "Writes unit and UI tests",
            "Has worked with a CI/CD pipeline for mobile releases",
        ],
        "skills": ["swift", "ios", "testing", "ci/cd", "swiftui", "core data"],
    },
    {
        "key": "mobile-senior-tandem",
        "family": "mobile",
        "title": "Senior Mobile Engineer (React Native)",
        "company": "Tandem Bank",
        "location": "London, UK",
        "salary_range": "£85,000 - £100,000",
        "experience_level": "senior",
        "description": "Tandem Bank is a mobile-only bank. You will lead the React Native codebase shared by "
        "our iOS and Android apps and raise its quality bar.",
        "requirements": [
            "5+ years in mobile development, 3+ with React Native",
            "Strong JavaScript and TypeScript",
            "Leads testing strategy for a mobile app",
        ],
        "skills": ["react native", "javascript", "typescript", "testing", "redux", "ios", "android"],
    },
    {
        "key": "qa-junior-tixly",
        "family": "qa",
        "title": "QA Engineer",
        "company": "Tixly Events",
        "location": "Warsaw, PL",
        "salary_range": "PLN 9,000 - 12,000 / month",
        "experience_level": "junior",
        "description": "Tixly sells tickets for concerts and festivals. You will test our checkout and "
        "venue apps and grow our Selenium regression suite.",
        "requirements": [
            "Understands test design and writes clear bug reports",
            "Some Selenium and Python",
            "Can query a database to check results",
        ],
        "skills": ["testing", "selenium", "python", "sql", "jira"],
    },
    {
        "key": "qa-senior-corelink",
        "family": "qa",
        "title": "Senior QA Automation Engineer",
        "company": "CoreLink Systems",
        "location": "Remote (US)",
        "salary_range": "$115,000 - $135,000",
        "experience_level": "senior",
        "description": "CoreLink builds scheduling software for hospitals. You will lead test automation "
        "strategy across four product teams and own our end-to-end suites.",
        "requirements": [
            "6+ years in QA, 4+ in automation",
            "Cypress and JavaScript",
            "Owns test stages in CI/CD pipelines",
        ],
        "skills": ["testing", "cypress", "javascript", "ci/cd", "api testing"],
    },
    {
        "key": "pm-mid-roamly",
        "family": "product",
        "title": "Product Manager",
        "company": "Roamly",
        "location": "Barcelona, ES",
        "salary_range": "€55,000 - €68,000",
        "experience_level": "mid",
        "description": "Roamly is a booking app for outdoor activities. You will own the booking funnel, "
        "working with design, engineering and our operations team.",
        "requirements": [
            "3+ years in product management",
            "Runs user research and uses data to decide",
            "Writes SQL for your own questions",
        ],
        "skills": ["product management", "user research", "sql", "stakeholder management", "a/b testing"],
    },
    {
        "key": "pm-senior-clearpath",
        "family": "product",
        "title": "Senior Product Manager",
        "company": "ClearPath HR",
        "location": "Toronto, CA",
        "salary_range": "CA$140,000 - 165,000",
        "experience_level": "senior",
        "description": "ClearPath HR makes payroll and HR software for mid-size companies. You will lead the "
        "product strategy for our payroll suite across three teams.",
        "requirements": [
            "6+ years in product management for B2B software",
            "Has built and defended roadmaps with executives",
            "Grounds decisions in research",
        ],
        "skills": ["product management", "stakeholder management", "roadmapping", "user research"],
    },
    {
        "key": "design-mid-mosaic",
        "family": "design",
        "title": "Product Designer",
        "company": "Mosaic Studio",
        "location": "New York, NY",
        "salary_range": "$105,000 - $125,000",
        "experience_level": "mid",
        "description": "Mosaic Studio builds scheduling tools for salons and clinics. You will design features "
        "end to end, from research to high-fidelity prototypes, and grow our design system.",
        "requirements": [
            "3+ years in product design",
            "Expert Figma and prototyping",
            "Has contributed to a design system",
        ],
        "skills": ["figma", "user research", "prototyping", "design systems", "usability testing"],
    },
    {
        "key": "design-junior-kitekit",
        "family": "design",
        "title": "Junior UX/UI Designer",
        "company": "KiteKit",
        "location": "Melbourne, AU",
        "salary_range": "A$75,000 - 85,000",
        "experience_level": "junior",
        "description": "KiteKit makes budgeting apps for students. You will design screens and flows, run "
        "quick tests with students and make sure everything is accessible.",
        "requirements": [
            "A portfolio showing Figma work",
            "Basic prototyping and testing with users",
            "Knows the WCAG basics",
        ],
        "skills": ["figma", "prototyping", "accessibility", "user research"],
    },
    {
        "key": "sales-ae-fieldnote",
        "family": "sales",
        "title": "Account Executive",
        "company": "FieldNote CRM",
        "location": "Chicago, IL",
        "salary_range": "$70,000 base + $70,000 OTE",
        "experience_level": "mid",
        "description": "FieldNote sells field-service software to plumbing and electrical firms. You will run "
        "the full sales cycle for mid-market accounts.",
        "requirements": [
            "2+ years closing B2B software deals",
            "Comfortable prospecting your own pipeline",
            "Keeps the CRM honest",
        ],
        "skills": ["negotiation", "prospecting", "crm", "presentations", "salesforce"],
    },
    {
        "key": "sales-senior-orbital",
        "family": "sales",
        "title": "Senior Enterprise Account Executive",
        "company": "Orbital Security",
        "location": "Remote (UK)",
        "salary_range": "£90,000 base + OTE",
        "experience_level": "senior",
        "description": "Orbital sells endpoint security to banks and insurers. You will close six-figure "
        "enterprise deals with long cycles and many stakeholders.",
        "requirements": [
            "5+ years of enterprise software sales",
            "Accurate forecasting",
            "Has negotiated with procurement and legal teams",
        ],
        "skills": ["negotiation", "forecasting", "crm", "prospecting", "enterprise sales"],
    },
    {
        "key": "support-junior-homely",
        "family": "support",
        "title": "Customer Support Specialist",
        "company": "Homely Rentals",
        "location": "Cork, IE",
        "salary_range": "€30,000 - €34,000",
        "experience_level": "junior",
        "description": "Homely connects holiday renters with property owners. You will answer guests and "
        "hosts by chat and email and resolve booking problems quickly and kindly.",
        "requirements": [
            "Experience in a customer-facing role",
            "Familiar with a ticketing tool like Zendesk",
            "Calm with upset customers",
        ],
        "skills": ["customer support", "zendesk", "troubleshooting", "de-escalation"],
    },
    {
        "key": "support-tech-datamesh",
        "family": "support",
        "title": "Technical Support Engineer",
        "company": "Datamesh Cloud",
        "location": "Remote (EU)",
        "salary_range": "€48,000 - €60,000",
        "experience_level": "mid",
        "description": "Datamesh Cloud hosts managed databases. You will solve customers' technical problems, "
        "reproduce bugs and work with engineering on fixes.",
        "requirements": [
            "2+ years in technical support",
            "Comfortable on Linux servers and with SQL",
            "Writes clear, patient explanations",
        ],
        "skills": ["customer support", "troubleshooting", "linux", "sql", "zendesk"],
    },
]
