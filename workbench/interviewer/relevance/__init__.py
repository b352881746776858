"""Whether an answer addresses its question, by meaning: an offline sentence-embedding model (`encoder`) and
the check the assessment applies with it (`check`)."""
