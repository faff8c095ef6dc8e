"""Reading documents: discover files, load each format, chunk into passages."""
