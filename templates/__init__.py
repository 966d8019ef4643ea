"""Built-in .docx templates, installed as package data (see setup.cfg)."""
