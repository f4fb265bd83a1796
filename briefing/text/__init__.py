"""Text utilities without NLTK data: cleaning, sentence splitting, word tokenizing."""
