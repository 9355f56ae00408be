-- Full-text search over the words storectl defines (items_model::search_words), the same on
-- every backend: FTS5 no longer splits and folds page text on its own (unicode61 folded
-- diacritics, PostgreSQL's parser kept hyphenated words whole). Each live page's row holds its
-- distinct words, lower-cased, separated by single spaces; rowid = items.id. The 'ascii'
-- tokenizer splits only at ASCII separators (every non-ASCII character is part of a token), so
-- it finds exactly these words again. The rows are rebuilt from the current revisions by the
-- Rust step that follows this script in the same transaction.
DROP TABLE item_search;
CREATE VIRTUAL TABLE item_words USING fts5 (words, tokenize = 'ascii');
